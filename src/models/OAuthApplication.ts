import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of an OAuth application.
 * @public
 */
export interface OAuthApplicationJSON {
  // <generated:OAuthApplicationJSON>
  object: 'oauth_application';
  id: string;
  instance_id: string;
  name: string;
  client_id: string;
  client_uri: string | null;
  client_image_url: string | null;
  dynamically_registered: boolean;
  consent_screen_enabled: boolean;
  pkce_required: boolean;
  public: boolean;
  scopes: string;
  redirect_uris: string[];
  /** @deprecated The API keeps it for old clients; read `redirect_uris`. */
  callback_url: string;
  authorize_url: string;
  token_fetch_url: string;
  user_info_url: string;
  discovery_url: string;
  token_introspection_url: string;
  created_at: number;
  updated_at: number;
  // </generated:OAuthApplicationJSON>
}

/**
 * A third-party application that signs users in with Clerk acting as its OAuth 2.0 / OpenID Connect provider.
 * @public
 */
export class OAuthApplication extends ClerkModel<OAuthApplicationJSON> {
  // @model OAuthApplication from OAuthApplication
  // <generated:OAuthApplication>
  /** Unique id of the application. */
  declare readonly id: string;
  /** Instance the application belongs to. */
  declare readonly instanceId: string;
  /** Display name of the application. */
  declare readonly name: string;
  /** OAuth client id the application presents. */
  declare readonly clientId: string;
  /** Home page of the application, if set. */
  declare readonly clientUri: string | null;
  /** Logo of the application, if one was uploaded. */
  declare readonly clientImageUrl: string | null;
  /** Whether the application registered itself through dynamic client registration. */
  declare readonly dynamicallyRegistered: boolean;
  /** Whether users are shown a consent screen before access is granted. */
  declare readonly consentScreenEnabled: boolean;
  /** Whether the authorization-code flow must use PKCE. */
  declare readonly pkceRequired: boolean;
  /** Whether the application is a public client (no client secret; PKCE instead). */
  declare readonly public: boolean;
  /** Allowed scopes, space-separated (for example `profile email`). */
  declare readonly scopes: string;
  /** Redirect URIs the authorization flow may return to. */
  declare readonly redirectUris: string[];
  /**
   * Single redirect URL of older applications.
   * @deprecated Use {@link OAuthApplication.redirectUris}.
   */
  declare readonly callbackUrl: string;
  /** The provider's authorization endpoint. */
  declare readonly authorizeUrl: string;
  /** The provider's token endpoint. */
  declare readonly tokenFetchUrl: string;
  /** The provider's user-info endpoint. */
  declare readonly userInfoUrl: string;
  /** The provider's OpenID Connect discovery document. */
  declare readonly discoveryUrl: string;
  /** The provider's token introspection endpoint. */
  declare readonly tokenIntrospectionUrl: string;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number;

  /** Maps the wire JSON; prefer {@link OAuthApplication.fromJSON}. */
  constructor(data: OAuthApplicationJSON) {
    super(data);
    this.id = data.id;
    this.instanceId = data.instance_id;
    this.name = data.name;
    this.clientId = data.client_id;
    this.clientUri = data.client_uri ?? null;
    this.clientImageUrl = data.client_image_url ?? null;
    this.dynamicallyRegistered = data.dynamically_registered;
    this.consentScreenEnabled = data.consent_screen_enabled;
    this.pkceRequired = data.pkce_required;
    this.public = data.public;
    this.scopes = data.scopes;
    this.redirectUris = data.redirect_uris ?? [];
    this.callbackUrl = data.callback_url;
    this.authorizeUrl = data.authorize_url;
    this.tokenFetchUrl = data.token_fetch_url;
    this.userInfoUrl = data.user_info_url;
    this.discoveryUrl = data.discovery_url;
    this.tokenIntrospectionUrl = data.token_introspection_url;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
  }

  /** Builds an OAuthApplication from the API's JSON. */
  static fromJSON(data: OAuthApplicationJSON): OAuthApplication {
    return make(data);
  }
  // </generated:OAuthApplication>
}

// <generated:make-OAuthApplication>
function make(data: OAuthApplicationJSON): OAuthApplication {
  return new OAuthApplication(data);
}
// </generated:make-OAuthApplication>
