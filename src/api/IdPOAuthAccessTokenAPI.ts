import { IdPOAuthAccessToken, type IdPOAuthAccessTokenJSON } from '../models/IdPOAuthAccessToken';
import { InactiveIdPOAuthAccessToken, type InactiveIdPOAuthAccessTokenJSON } from '../models/InactiveIdPOAuthAccessToken';
import { AbstractAPI } from './AbstractAPI';
import type { RequestOptions } from '../core/types';

/**
 * Verifies access tokens that Clerk, acting as an OAuth identity provider, issued to your OAuth applications.
 *
 * This is a "bapi-proxy" endpoint: it is served at the API root without the `/v1` segment
 * (`https://api.clerk.com/oauth_applications/access_tokens/verify`), the way `@clerk/backend` calls it. The spec
 * lists it under its only server, `https://api.clerk.com/v1`, and the API answers there too, but this SDK follows
 * the official JavaScript SDK. It is versioned by the `Clerk-API-Version` header alone, so a configured
 * `apiVersion` does not apply.
 * @public
 */
export class IdPOAuthAccessTokenAPI extends AbstractAPI {
  /**
   * Checks an OAuth access token with the API. For a JWT access token that is no longer active (for example
   * expired) the API answers 200 with `{ active: false }`, which resolves to an {@link InactiveIdPOAuthAccessToken}:
   * always check `active` before trusting the result. Unlike `@clerk/backend`, JWT-format tokens are checked by
   * the API too, and no `audience` check is made here.
   * @param accessToken - The access token a caller presented.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The matching {@link IdPOAuthAccessToken} (`active: true`), or an {@link InactiveIdPOAuthAccessToken}
   * (`active: false`).
   * @throws {@link ClerkAPIResponseError} when the token is unknown, revoked or malformed.
   * @throws {@link ClerkSDKError} `invalid_argument` (as a rejection, nothing sent) when the token is empty.
   */
  verify(accessToken: string, options?: RequestOptions): Promise<IdPOAuthAccessToken | InactiveIdPOAuthAccessToken> {
    if (typeof accessToken !== 'string' || accessToken === '') {
      return this.invalid('idPOAuthAccessToken.verify() needs the access token to check.');
    }
    // The spec's deprecated `secret` field is an older name for the same value; only `access_token` is sent.
    return this.send(
      'idPOAuthAccessToken.verify POST /oauth_applications/access_tokens/verify jrx',
      [],
      { accessToken },
      (json: IdPOAuthAccessTokenJSON | InactiveIdPOAuthAccessTokenJSON) =>
        'active' in json && json.active === false && !('object' in json)
          ? InactiveIdPOAuthAccessToken.fromJSON(json)
          : IdPOAuthAccessToken.fromJSON(json as IdPOAuthAccessTokenJSON),
      options,
    );
  }
}
