import type { RequestSpec } from '../core/http';
import { listPromise, type ListPromise, type PaginationParams } from '../core/pagination';
import { M2MToken } from '../models/M2MToken';
import { AbstractAPI } from './AbstractAPI';
import type { RequestOptions } from '../core/types';

/** The M2M token list caps a page at 100 items. */
const MAX_M2M_PAGE = 100;

/**
 * Option shared by every {@link M2MTokenAPI} method: authenticate as a machine instead of with the instance key.
 * @public
 */
export interface M2MMachineAuthParams {
  // @params hand-written: an SDK option (the machine secret key goes in the Authorization header), not an API parameter
  /**
   * A machine's secret key. When given, it replaces the client's secret key in the `Authorization` header, so the
   * call acts as that machine (creating a token requires this). The client's own secret key is then not needed.
   */
  machineSecretKey?: string;
}

/**
 * Parameters of {@link M2MTokenAPI.list}. `limit` is at most 100 here (the API's default is 10); larger values are
 * refused before sending.
 * @public
 */
export interface GetM2MTokenListParams extends M2MMachineAuthParams, PaginationParams {
  // <generated:GetM2MTokenListParams> from getM2MTokens
  /** The machine (`mch_…`) whose tokens are listed (required by the API). */
  subject: string;
  /** Also list revoked tokens (default `false`). */
  revoked?: boolean | null;
  /** Also list expired tokens (default `false`). */
  expired?: boolean | null;
  // </generated:GetM2MTokenListParams>
}

/**
 * Parameters of {@link M2MTokenAPI.createToken}.
 * @public
 */
export interface CreateM2MTokenParams extends M2MMachineAuthParams {
  // <generated:CreateM2MTokenParams> from createM2MToken
  /** `opaque` (an `mt_…` string, the default) or `jwt` (a signed JWT). */
  tokenFormat?: 'opaque' | 'jwt';
  /** Lifetime in seconds. Left out, `null` is sent, as `@clerk/backend` does. */
  secondsUntilExpiration?: number | null;
  /** Custom claims to store with the token; sent exactly as given (keys are not converted). */
  claims?: Record<string, unknown> | null;
  /**
   * Reuse an existing opaque token with the same claims and scopes if it still has at least this many seconds
   * to live, instead of minting a new one. Must be below the token's lifetime.
   */
  minRemainingTtlSeconds?: number;
  // </generated:CreateM2MTokenParams>
}

/**
 * Parameters of {@link M2MTokenAPI.revokeToken}.
 * @public
 */
export interface RevokeM2MTokenParams extends M2MMachineAuthParams {
  // @params path m2m_token_id
  // <generated:RevokeM2MTokenParams> from revokeM2MToken
  /** Id of the token to revoke (`mt_…`). */
  m2mTokenId: string;
  /** Why the token is revoked; kept on the token for auditing. */
  revocationReason?: string | null;
  // </generated:RevokeM2MTokenParams>
}

/**
 * Parameters of {@link M2MTokenAPI.verify}.
 * @public
 */
export interface VerifyM2MTokenParams extends M2MMachineAuthParams {
  // <generated:VerifyM2MTokenParams> from verifyM2MToken
  /** The token a caller presented. */
  token: string;
  // </generated:VerifyM2MTokenParams>
}

/**
 * Creates, lists, revokes and verifies machine-to-machine tokens.
 *
 * These are "bapi-proxy" endpoints: they are served at the API root without the `/v1` segment
 * (`https://api.clerk.com/m2m_tokens`), the way `@clerk/backend` calls them. The spec lists them under its only
 * server, `https://api.clerk.com/v1`, and the API answers there too, but this SDK follows the official JavaScript
 * SDK. They are versioned by the `Clerk-API-Version` header alone, so a configured `apiVersion` does not apply.
 *
 * Every method takes an optional `machineSecretKey`, sent as `Authorization: Bearer <machineSecretKey>` in place
 * of the client's secret key. A client-wide machine key option does not exist yet; pass it per call.
 * @public
 */
export class M2MTokenAPI extends AbstractAPI {
  /**
   * Lists the tokens of one machine, newest first. Await it for one page, or iterate it with `for await` for all.
   * With a machine secret key only that machine's own tokens can be listed.
   * @param params - The machine, filters, page options (`limit` at most 100) and an optional machine secret key.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers), applied to every page fetched.
   * @returns A list promise of {@link M2MToken}, with the total count.
   * @throws {@link ClerkSDKError} `invalid_argument` (as a rejection, nothing sent) when `subject` is missing or
   * `limit` is above 100.
   */
  list(params: GetM2MTokenListParams, options?: RequestOptions): ListPromise<M2MToken> {
    const rejected = this.checkParams('m2m.list', params);
    if (rejected) return this.failedList(rejected);
    const { machineSecretKey, ...query } = params ?? ({} as GetM2MTokenListParams);
    if (typeof query.subject !== 'string' || query.subject === '') {
      return listPromise(() => this.invalid('m2m.list() needs `subject`: the id of the machine whose tokens to list.'));
    }
    if (typeof query.limit === 'number' && query.limit > MAX_M2M_PAGE) {
      return listPromise(() => this.invalid(`m2m.list() accepts a limit of at most ${MAX_M2M_PAGE}, got ${query.limit}.`));
    }
    // The response keeps its items under `m2m_tokens`, not `data`.
    return this.sendList('m2m.list GET /m2m_tokens x', [], query, M2MToken.fromJSON, options, undefined, {
      ...machineAuth(machineSecretKey),
      itemsKey: 'm2m_tokens',
    });
  }

  /**
   * Creates a token for the machine whose secret key authenticates the call (the API answers 201).
   * @param params - Lifetime, claims, reuse threshold, format and the machine secret key.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The new {@link M2MToken}, with `token` set; for `tokenFormat: 'jwt'` it is a signed JWT.
   * @throws {@link ClerkAPIResponseError} 400 when `minRemainingTtlSeconds` is not below the lifetime, 401/403
   * when the call is not authenticated as a machine.
   */
  createToken(params: CreateM2MTokenParams = {}, options?: RequestOptions): Promise<M2MToken> {
    const rejected = this.checkParams('m2m.createToken', params, 'optional');
    if (rejected) return rejected;
    const { machineSecretKey, secondsUntilExpiration = null, claims = null, minRemainingTtlSeconds, tokenFormat = 'opaque' } = params;
    return this.send(
      'm2m.createToken POST /m2m_tokens jrx claims',
      [],
      { secondsUntilExpiration, claims, minRemainingTtlSeconds, tokenFormat },
      M2MToken.fromJSON,
      options,
      undefined,
      {
        ...machineAuth(machineSecretKey),
      },
    );
  }

  /**
   * Revokes a token at once; it can no longer be verified.
   * @param params - The token id, an optional reason (sent as `null` when left out, as the endpoint wants a body)
   * and an optional machine secret key.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The revoked {@link M2MToken}.
   * @throws {@link ClerkAPIResponseError} 404 when no such token exists.
   */
  revokeToken(params: RevokeM2MTokenParams, options?: RequestOptions): Promise<M2MToken> {
    const rejected = this.checkParams('m2m.revokeToken', params);
    if (rejected) return rejected;
    const { m2mTokenId, revocationReason = null, machineSecretKey } = params ?? ({} as RevokeM2MTokenParams);
    return this.send('m2m.revokeToken POST /m2m_tokens/{}/revoke jrx', [m2mTokenId], { revocationReason }, M2MToken.fromJSON, options, undefined, {
      ...machineAuth(machineSecretKey),
    });
  }

  /**
   * Checks a token with the API and returns it. Unlike `@clerk/backend`, JWT-format tokens are checked by the API
   * too, not locally against the instance's public key.
   * @param params - The token (or `{ token, machineSecretKey }`).
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The matching {@link M2MToken}.
   * @throws {@link ClerkAPIResponseError} when the token is unknown, revoked or expired.
   * @throws {@link ClerkSDKError} `invalid_argument` (as a rejection, nothing sent) when the token is empty.
   */
  verify(params: VerifyM2MTokenParams | string, options?: RequestOptions): Promise<M2MToken> {
    const rejected = typeof params === 'string' ? undefined : this.checkParams('m2m.verify', params);
    if (rejected) return rejected;
    const { token, machineSecretKey } = typeof params === 'string' ? { token: params, machineSecretKey: undefined } : (params ?? ({} as VerifyM2MTokenParams));
    if (typeof token !== 'string' || token === '') return this.invalid('m2m.verify() needs the token to check.');
    return this.send('m2m.verify POST /m2m_tokens/verify jrx', [], { token }, M2MToken.fromJSON, options, undefined, { ...machineAuth(machineSecretKey) });
  }
}

/** The request options shared by the M2M endpoints: no `/v1`, and a machine key as bearer when one is given. */
function machineAuth(machineSecretKey: string | undefined): Pick<RequestSpec<unknown>, 'versionPrefix' | 'auth' | 'headers'> {
  if (!machineSecretKey) return { versionPrefix: false };
  return { versionPrefix: false, auth: false, headers: { authorization: `Bearer ${machineSecretKey}` } };
}
