import type { ListPromise } from '../core/pagination';
import { path } from '../core/path';
import { Session } from '../models/Session';
import { Token, type TokenJSON } from '../models/Token';
import { AbstractAPI } from './AbstractAPI';

/**
 * Session states the session list can be filtered by.
 * @public
 */
export type SessionListStatus = 'abandoned' | 'active' | 'ended' | 'expired' | 'removed' | 'replaced' | 'revoked';

/**
 * Parameters of {@link SessionAPI.getSessionList}.
 * @public
 */
export interface GetSessionListParams {
  /** Only sessions held by this client. Give this or `userId`: the API expects at least one of the two. */
  clientId?: string;
  /** Only sessions of this user. Give this or `clientId`: the API expects at least one of the two. */
  userId?: string;
  /** Only sessions in this state. */
  status?: SessionListStatus;
  /** Items per page (API default 10, at most 500). */
  limit?: number;
  /** Items to skip. */
  offset?: number;
}

/**
 * Reads and revokes user sessions and mints session tokens.
 * @public
 */
export class SessionAPI extends AbstractAPI {
  /**
   * Lists sessions, newest first. Await it for one page, or iterate it with `for await` for all.
   * @param params - Filters (a client or a user) and page parameters.
   * @returns A list promise of {@link Session}; the awaited array also has `totalCount`.
   */
  getSessionList(params: GetSessionListParams = {}): ListPromise<Session> {
    // Without `paginated` the endpoint answers a bare array and no total.
    return this.list({ path: '/sessions' }, { ...params, paginated: true }, Session.fromJSON);
  }

  /**
   * Fetches one session.
   * @param sessionId - Id of the session.
   * @returns The {@link Session}.
   * @throws {@link ClerkAPIResponseError} 404 when no such session exists.
   */
  getSession(sessionId: string): Promise<Session> {
    return this.request({ method: 'GET', path: path`/sessions/${sessionId}`, deserialize: Session.fromJSON });
  }

  /**
   * Revokes a session, signing the user out of it on its client.
   * @param sessionId - Id of the session to revoke.
   * @returns The {@link Session}, now with status `revoked`.
   * @throws {@link ClerkAPIResponseError} 404 when no such session exists.
   */
  revokeSession(sessionId: string): Promise<Session> {
    return this.request({ method: 'POST', path: path`/sessions/${sessionId}/revoke`, deserialize: Session.fromJSON });
  }

  /**
   * Retired: the Backend API no longer verifies a session against a token. Always rejects, and sends nothing.
   * @param sessionId - Id of the session (unused).
   * @param token - The session token (unused).
   * @returns A promise that rejects with a {@link ClerkSDKError} whose code is `endpoint_removed`.
   * @deprecated Verify the session token locally against the instance's JWKS (networkless JWT verification),
   * or fetch the session with {@link SessionAPI.getSession} and check its status.
   */
  verifySession(sessionId: string, token: string): Promise<Session> {
    void sessionId;
    void token;
    return this.removed(
      'sessions.verifySession',
      'Verify the session token locally with the public keys from your instance JWKS, or call sessions.getSession(sessionId) and check its status.',
    );
  }

  /**
   * Mints a fresh session token (JWT) for a session, from a JWT template when one is named.
   *
   * As in v4, this resolves to the token string itself rather than to a {@link Token} object.
   * @param sessionId - Id of an active session.
   * @param template - Name of the JWT template to use; empty or omitted gives the default session token.
   * @param expiresInSeconds - Lifetime of the token in seconds (30 or more); the API's default applies when omitted.
   * @returns The encoded JWT.
   * @throws {@link ClerkAPIResponseError} 404 when the session or the template does not exist.
   */
  getToken(sessionId: string, template?: string, expiresInSeconds?: number): Promise<string> {
    const body = { expiresInSeconds };
    const deserialize = (json: TokenJSON): string => Token.fromJSON(json).jwt;
    if (template === undefined || template === '') {
      return this.request({ method: 'POST', path: path`/sessions/${sessionId}/tokens`, body, deserialize });
    }
    return this.request({ method: 'POST', path: path`/sessions/${sessionId}/tokens/${template}`, body, deserialize });
  }
}
