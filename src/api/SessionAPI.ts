import type { ListPromise, PaginationParams } from '../core/pagination';
import type { Cookies } from '../models/Cookies';
import { Session } from '../models/Session';
import { sessionRefreshFromJSON, type SessionRefresh } from '../models/SessionRefresh';
import { Token, type TokenJSON } from '../models/Token';
import type { Requester } from '../core/http';
import { TokenVerificationError } from '../tokens/errors';
import { verifyToken } from '../tokens';
import type { TokenVerifier, VerifyTokenOptions } from '../tokens/types';
import { AbstractAPI } from './AbstractAPI';
import type { RequestOptions } from '../core/types';

/**
 * Options of {@link SessionAPI.verifySession}: the token checks of `verifyToken`, plus the per-call request options
 * of the one `GET /v1/sessions/{id}` it sends.
 * @public
 */
export interface VerifySessionOptions extends VerifyTokenOptions, RequestOptions {}

/**
 * Session states the session list can be filtered by.
 * @public
 */
export type SessionListStatus = 'abandoned' | 'active' | 'ended' | 'expired' | 'removed' | 'replaced' | 'revoked';

/**
 * Parameters of {@link SessionAPI.getSessionList}.
 * @public
 */
export interface GetSessionListParams extends PaginationParams {
  // @params type status?: SessionListStatus
  // <generated:GetSessionListParams> from GetSessionList
  /** Only sessions held by this client. Give this or `userId`: the API expects at least one of the two. */
  clientId?: string;
  /** Only sessions of this user. Give this or `clientId`: the API expects at least one of the two. */
  userId?: string;
  /** Only sessions in this state. */
  status?: SessionListStatus;
  // </generated:GetSessionListParams>
}

/**
 * Parameters of {@link SessionAPI.createSession}.
 * @public
 */
export interface CreateSessionParams {
  // <generated:CreateSessionParams> from createSession
  /** The user the session is created for. */
  userId: string;
  /** Organization to make active in the new session; the user must be a member. */
  activeOrganizationId?: string;
  // </generated:CreateSessionParams>
}

/**
 * Answer formats of {@link SessionAPI.(refreshSession:1)}: a session token, or cookies to set on the browser.
 * @public
 */
export type RefreshSessionFormat = 'token' | 'cookie';

/**
 * Parameters of {@link SessionAPI.(refreshSession:1)}. The API reads the keys in snake_case; they are converted for
 * you, so snake_case keys written for `@clerk/backend` reach it unchanged as well.
 * @public
 */
export interface RefreshSessionParams {
  // @params type requestHeaders?: Record<string, string[]> | null
  // @params type format?: RefreshSessionFormat | null
  // <generated:RefreshSessionParams> from RefreshSession
  /** The expired session token (the `__session` cookie) of the session being refreshed. */
  expiredToken: string;
  /** The refresh token (the `__refresh` cookie) set by the Frontend API's handshake. */
  refreshToken: string;
  /** Origin of the browser request that triggered the refresh. */
  requestOrigin: string;
  /** Headers of the browser request, each name with its list of values; sent as given, names untouched. */
  requestHeaders?: Record<string, string[]> | null;
  /** `token` (the API's default) answers a {@link Token}; `cookie` answers {@link Cookies}. */
  format?: RefreshSessionFormat | null;
  /** IP address the browser request came from. */
  requestOriginatingIp?: string | null;
  // </generated:RefreshSessionParams>
  /**
   * Ask for cookie names with the instance suffix. Not in the published spec; sent as the `suffixed_cookies` query
   * parameter, as `@clerk/backend` does, and only when given.
   */
  suffixedCookies?: boolean;
}

/**
 * Reads, creates and revokes user sessions and mints session tokens.
 * @public
 */
export class SessionAPI extends AbstractAPI {
  readonly #verifyToken: TokenVerifier | undefined;

  /**
   * Mounts the API on a request layer; clients do this for you and pass their own token verifier.
   * @param requester - The request layer.
   * @param verifyToken - Verifies session tokens for {@link SessionAPI.verifySession}; without it the exported
   * `verifyToken` is used, which reads `CLERK_JWT_KEY` / `CLERK_SECRET_KEY` from the environment.
   */
  constructor(requester: Requester, verifyToken?: TokenVerifier) {
    super(requester);
    this.#verifyToken = verifyToken;
  }

  /**
   * Lists sessions, newest first. Await it for one page, or iterate it with `for await` for all.
   * @param params - Filters (a client or a user) and page parameters.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers), applied to every page fetched.
   * @returns A list promise of {@link Session}; the awaited array also has `totalCount`.
   */
  getSessionList(params: GetSessionListParams = {}, options?: RequestOptions): ListPromise<Session> {
    const rejected = this.checkParams('sessions.getSessionList', params, 'optional');
    if (rejected) return this.failedList(rejected);
    // Without `paginated` the endpoint answers a bare array and no total.
    return this.sendList('sessions.getSessionList GET /sessions', [], { ...params, paginated: true }, Session.fromJSON, options);
  }

  /**
   * Fetches one session.
   * @param sessionId - Id of the session.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link Session}.
   * @throws {@link ClerkAPIResponseError} 404 when no such session exists.
   */
  getSession(sessionId: string, options?: RequestOptions): Promise<Session> {
    return this.send('sessions.getSession GET /sessions/{}', [sessionId], undefined, Session.fromJSON, options);
  }

  /**
   * Creates an active session for a user without a sign-in. Meant for tests: production instances refuse it
   * (use a sign-in token there).
   * @param params - The user, and optionally the organization to make active.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The new {@link Session}.
   * @throws {@link ClerkAPIResponseError} 404 when the user does not exist, 422 when a parameter is invalid or
   * the instance does not allow this.
   */
  createSession(params: CreateSessionParams, options?: RequestOptions): Promise<Session> {
    return this.send('sessions.createSession POST /sessions j', [], params, Session.fromJSON, options, 'required');
  }

  /**
   * Revokes a session, signing the user out of it on its client.
   * @param sessionId - Id of the session to revoke.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link Session}, now with status `revoked`.
   * @throws {@link ClerkAPIResponseError} 404 when no such session exists.
   */
  revokeSession(sessionId: string, options?: RequestOptions): Promise<Session> {
    return this.send('sessions.revokeSession POST /sessions/{}/revoke', [sessionId], undefined, Session.fromJSON, options);
  }

  /**
   * Checks that `token` is a valid session token of the session `sessionId`, then fetches that session.
   *
   * The Backend API retired its verify endpoint, so this is done here: the token is verified locally like
   * {@link ClerkClient.verifyToken} (signature, expiry, and by default a Clerk issuer), its `sid` must equal
   * `sessionId`, and then one request, `GET /v1/sessions/{sessionId}`, fetches the session, which must be `active`.
   * That request is the extra cost compared with verifying the token alone.
   * @param sessionId - Id of the session the token should belong to.
   * @param token - The session token.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers) for the session request, plus the
   * token checks of `verifyToken` (for example `authorizedParties` or `issuer`).
   * @returns The {@link Session}.
   * @throws {@link TokenVerificationError} when the token does not verify (its `reason` says why), with reason
   * `token-invalid-session-id` when it belongs to another session, or `session-not-active` when the session has
   * ended; {@link ClerkAPIResponseError} when the session cannot be fetched.
   */
  async verifySession(sessionId: string, token: string, options?: VerifySessionOptions): Promise<Session> {
    if (typeof sessionId !== 'string' || sessionId === '') return this.invalid('sessions.verifySession() needs a session id.');
    const verify = this.#verifyToken ?? verifyToken;
    const claims = await verify(token, options);
    if (claims.sid !== sessionId) {
      throw new TokenVerificationError({
        reason: 'token-invalid-session-id',
        message: `The session token belongs to session ${JSON.stringify(claims.sid)}, not ${JSON.stringify(sessionId)}.`,
      });
    }
    const session = await this.getSession(
      sessionId,
      options && { signal: options.signal, timeout: options.timeout, maxRetries: options.maxRetries, headers: options.headers },
    );
    if (session.status !== 'active') {
      throw new TokenVerificationError({
        reason: 'session-not-active',
        message: `Session ${sessionId} is ${session.status}, not active.`,
      });
    }
    return session;
  }

  /**
   * Mints a fresh session token (JWT) for a session, from a JWT template when one is named.
   *
   * As in v4, this resolves to the token string itself rather than to a {@link Token} object.
   * @param sessionId - Id of an active session.
   * @param template - Name of the JWT template to use; empty or omitted gives the default session token.
   * @param expiresInSeconds - Lifetime of the token in seconds (30 or more); the API's default applies when omitted.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The encoded JWT.
   * @throws {@link ClerkAPIResponseError} 404 when the session or the template does not exist.
   */
  getToken(sessionId: string, template?: string, expiresInSeconds?: number, options?: RequestOptions): Promise<string> {
    const body = { expiresInSeconds };
    const deserialize = (json: TokenJSON): string => Token.fromJSON(json).jwt;
    if (template === undefined || template === '') {
      return this.send('sessions.getToken#CreateSessionToken POST /sessions/{}/tokens j', [sessionId], body, deserialize, options);
    }
    return this.send('sessions.getToken#CreateSessionTokenFromTemplate POST /sessions/{}/tokens/{} j', [sessionId, template], body, deserialize, options);
  }

  /**
   * Refreshes a session whose token has expired, using the refresh token from the browser, and mints a new token.
   * @param sessionId - Id of the session.
   * @param params - The expired token, the refresh token, the request's origin and, optionally, the answer format.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns A {@link Token} by default, or {@link Cookies} when `format` is `cookie` (tell them apart with `instanceof`).
   * @throws {@link ClerkAPIResponseError} 401 when the tokens do not check out (fall back to the handshake flow),
   * 400 when a parameter is malformed.
   */
  refreshSession(sessionId: string, params: RefreshSessionParams & { format: 'cookie' }, options?: RequestOptions): Promise<Cookies>;
  /**
   * Refreshes a session and answers a fresh session {@link Token} (the default format).
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   */
  refreshSession(sessionId: string, params: RefreshSessionParams & { format?: 'token' }, options?: RequestOptions): Promise<Token>;
  /**
   * Refreshes a session; the answer's type follows `format` (a {@link Token} or {@link Cookies}).
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   */
  refreshSession(sessionId: string, params: RefreshSessionParams, options?: RequestOptions): Promise<SessionRefresh>;
  refreshSession(sessionId: string, params: RefreshSessionParams, options?: RequestOptions): Promise<SessionRefresh> {
    const rejected = this.checkParams('sessions.refreshSession', params);
    if (rejected) return rejected;
    // @clerk/backend takes this flag in snake_case beside the body fields; either spelling goes to the query.
    const { suffixedCookies, suffixed_cookies, ...body } = params as RefreshSessionParams & { suffixed_cookies?: boolean };
    const query = { suffixedCookies: suffixedCookies ?? suffixed_cookies };
    return this.send('sessions.refreshSession POST /sessions/{}/refresh j request_headers', [sessionId], body, sessionRefreshFromJSON, options, undefined, {
      query,
    });
  }
}
