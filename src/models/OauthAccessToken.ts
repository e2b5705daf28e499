import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of one OAuth access token (an item of the spec's `OAuthAccessToken` array).
 * @public
 */
export interface OauthAccessTokenJSON {
  // <generated:OauthAccessTokenJSON>
  object: 'oauth_access_token';
  external_account_id: string;
  provider_user_id: string;
  token: string;
  expires_at: number | null;
  provider: string;
  public_metadata: Record<string, unknown>;
  label: string | null;
  scopes?: string[];
  id_token?: string;
  token_secret?: string;
  // </generated:OauthAccessTokenJSON>
}

/**
 * An OAuth access token Clerk holds for one of a user's external accounts.
 * @public
 */
export class OauthAccessToken extends ClerkModel<OauthAccessTokenJSON> {
  // @model OauthAccessToken from OAuthAccessToken
  // @override object json: : 'oauth_access_token'
  // @override object omit
  // @override external_account_id json: : string
  // @override external_account_id type: string
  // @override external_account_id value: data.external_account_id
  // @override provider_user_id json: : string
  // @override provider_user_id type: string
  // @override provider_user_id value: data.provider_user_id
  // @override token json: : string
  // @override token type: string
  // @override token value: data.token
  // @override expires_at json: : number | null
  // @override expires_at type: number | null
  // @override expires_at value: data.expires_at ?? null
  // @override provider json: : string
  // @override provider type: string
  // @override provider value: data.provider
  // @override public_metadata json: : Record<string, unknown>
  // @override public_metadata type: Record<string, unknown>
  // @override public_metadata value: data.public_metadata ?? {}
  // @override label json: : string | null
  // @override label type: string | null
  // @override label value: data.label ?? null
  // @override scopes json: ?: string[]
  // @override scopes type: string[] | null
  // @override scopes value: data.scopes ?? null
  // @override id_token json: ?: string
  // @override id_token type: string | null
  // @override id_token value: data.id_token ?? null
  // @override token_secret json: ?: string
  // @override token_secret type: string | null
  // @override token_secret value: data.token_secret ?? null
  // <generated:OauthAccessToken>
  /** Id of the external account the token belongs to. */
  declare readonly externalAccountId: string;
  /** The user's id at the provider. */
  declare readonly providerUserId: string;
  /** The access token to call the provider with. */
  declare readonly token: string;
  /** When the token expires, Unix timestamp as sent by the API; null when it does not say. */
  declare readonly expiresAt: number | null;
  /** Provider key, such as `oauth_google`. */
  declare readonly provider: string;
  /** Public metadata of the external account, exactly as stored (keys are never re-cased). */
  declare readonly publicMetadata: Record<string, unknown>;
  /** Label of the external account, when set. */
  declare readonly label: string | null;
  /** Scopes the token carries (OAuth 2.0 providers only). */
  declare readonly scopes: string[] | null;
  /** OpenID Connect id token, when the provider issued one. */
  declare readonly idToken: string | null;
  /** Token secret (OAuth 1.0 providers only). */
  declare readonly tokenSecret: string | null;
  /** Builds an OauthAccessToken from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: OauthAccessTokenJSON) => OauthAccessToken;

  /** Maps the wire JSON; prefer {@link OauthAccessToken.fromJSON}. */
  constructor(data: OauthAccessTokenJSON) {
    super(data);
    this.externalAccountId = data.external_account_id;
    this.providerUserId = data.provider_user_id;
    this.token = data.token;
    this.expiresAt = data.expires_at ?? null;
    this.provider = data.provider;
    this.publicMetadata = data.public_metadata ?? {};
    this.label = data.label ?? null;
    this.scopes = data.scopes ?? null;
    this.idToken = data.id_token ?? null;
    this.tokenSecret = data.token_secret ?? null;
  }
  // </generated:OauthAccessToken>
}
