/**
 * Wire shape of one OAuth access token (an item of the spec's `OAuthAccessToken` array).
 * @public
 */
export interface OauthAccessTokenJSON {
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
}

/**
 * An OAuth access token Clerk holds for one of a user's external accounts.
 * @public
 */
export class OauthAccessToken {
  /** Id of the external account the token belongs to. */
  readonly externalAccountId: string;
  /** The user's id at the provider. */
  readonly providerUserId: string;
  /** The access token to call the provider with. */
  readonly token: string;
  /** When the token expires, Unix timestamp as sent by the API; null when it does not say. */
  readonly expiresAt: number | null;
  /** Provider key, such as `oauth_google`. */
  readonly provider: string;
  /** Public metadata of the external account, exactly as stored (keys are never re-cased). */
  readonly publicMetadata: Record<string, unknown>;
  /** Label of the external account, when set. */
  readonly label: string | null;
  /** Scopes the token carries (OAuth 2.0 providers only). */
  readonly scopes: string[] | null;
  /** OpenID Connect id token, when the provider issued one. */
  readonly idToken: string | null;
  /** Token secret (OAuth 1.0 providers only). */
  readonly tokenSecret: string | null;
  readonly #raw: OauthAccessTokenJSON;

  /** Maps the wire JSON; prefer {@link OauthAccessToken.fromJSON}. */
  constructor(data: OauthAccessTokenJSON) {
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
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): OauthAccessTokenJSON {
    return this.#raw;
  }

  /** Builds an OauthAccessToken from the API's JSON. */
  static fromJSON(data: OauthAccessTokenJSON): OauthAccessToken {
    return new OauthAccessToken(data);
  }
}
