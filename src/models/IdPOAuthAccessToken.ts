import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of an access token that Clerk issued as an OAuth identity provider.
 * @public
 */
export interface IdPOAuthAccessTokenJSON {
  object: 'clerk_idp_oauth_access_token';
  id: string;
  client_id: string;
  subject: string;
  scopes: string[];
  revoked: boolean;
  revocation_reason: string | null;
  expired: boolean;
  expiration: number | null;
  created_at: number;
  updated_at: number;
}

/**
 * An active access token that Clerk, acting as an OAuth provider, issued to one of your OAuth applications.
 * Its counterpart for tokens the API reports as no longer active is {@link InactiveIdPOAuthAccessToken}.
 * @public
 */
export class IdPOAuthAccessToken extends ClerkModel<IdPOAuthAccessTokenJSON> {
  /** Always `true`: the API recognised the token. Check it to tell this apart from an inactive result. */
  readonly active = true as const;
  /** Unique id of the token (`oat_…`). */
  declare readonly id: string;
  /** Client id of the OAuth application the token was issued to. */
  declare readonly clientId: string;
  /** Id of the user the token acts for. */
  declare readonly subject: string;
  /** OAuth scopes granted to the token. */
  declare readonly scopes: string[];
  /** Whether the token has been revoked. */
  declare readonly revoked: boolean;
  /** Reason recorded when the token was revoked. */
  declare readonly revocationReason: string | null;
  /** Whether the token is past its expiration time. */
  declare readonly expired: boolean;
  /** When the token expires, Unix milliseconds. */
  declare readonly expiration: number | null;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number;
  /** Builds an IdPOAuthAccessToken from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: IdPOAuthAccessTokenJSON) => IdPOAuthAccessToken;

  /** Maps the wire JSON; prefer {@link IdPOAuthAccessToken.fromJSON}. */
  constructor(data: IdPOAuthAccessTokenJSON) {
    super(data);
    this.id = data.id;
    this.clientId = data.client_id;
    this.subject = data.subject;
    this.scopes = data.scopes ?? [];
    this.revoked = data.revoked;
    this.revocationReason = data.revocation_reason ?? null;
    this.expired = data.expired;
    this.expiration = data.expiration ?? null;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
  }
}
