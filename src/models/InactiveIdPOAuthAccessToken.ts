import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of the verify answer for a JWT access token that is no longer active.
 * @public
 */
export interface InactiveIdPOAuthAccessTokenJSON {
  active: false;
}

/**
 * What verifying an OAuth access token gives when the API answers that the (JWT) token is no longer active, for
 * example because it expired. It carries no token details; treat the token as invalid.
 * @public
 */
export class InactiveIdPOAuthAccessToken extends ClerkModel<InactiveIdPOAuthAccessTokenJSON> {
  /** Always `false`: the token must not be accepted. */
  readonly active = false as const;
  /** Builds an InactiveIdPOAuthAccessToken from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: InactiveIdPOAuthAccessTokenJSON) => InactiveIdPOAuthAccessToken;

  /** Maps the wire JSON; prefer {@link InactiveIdPOAuthAccessToken.fromJSON}. */
  constructor(data: InactiveIdPOAuthAccessTokenJSON) {
    super(data);
  }
}
