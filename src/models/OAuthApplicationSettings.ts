import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of the OAuth application settings of an instance (spec schema `OAuthApplicationSettings`).
 * @public
 */
export interface OAuthApplicationSettingsJSON {
  // <generated:OAuthApplicationSettingsJSON>
  object: 'oauth_application_settings';
  dynamic_oauth_client_registration: boolean;
  default_scopes: string[] | null;
  oauth_jwt_access_tokens: boolean;
  client_id_metadata_documents_advertised: boolean;
  client_id_metadata_documents_only_allow_pre_registered_clients: boolean;
  client_id_metadata_documents_block_implicitly_allowed_clients: boolean;
  // </generated:OAuthApplicationSettingsJSON>
}

/**
 * How the instance acts as an OAuth authorization server.
 * @public
 */
export class OAuthApplicationSettings extends ClerkModel<OAuthApplicationSettingsJSON> {
  // @model OAuthApplicationSettings from OAuthApplicationSettings
  // @override default_scopes type: string[] | null
  // @override default_scopes value: data.default_scopes ?? null
  // <generated:OAuthApplicationSettings>
  /** Whether clients may register themselves (RFC 7591). */
  declare readonly dynamicOauthClientRegistration: boolean;
  /** Scopes granted when a client asks for none; null means Clerk's defaults. */
  declare readonly defaultScopes: string[] | null;
  /** Whether access tokens are JWTs (otherwise they are opaque). */
  declare readonly oauthJwtAccessTokens: boolean;
  /** Whether support for client ID metadata documents is advertised in the server metadata. */
  declare readonly clientIdMetadataDocumentsAdvertised: boolean;
  /** Whether clients known only through a metadata document are refused unless already registered. */
  declare readonly clientIdMetadataDocumentsOnlyAllowPreRegisteredClients: boolean;
  /** Whether clients that were let in implicitly are refused from now on. */
  declare readonly clientIdMetadataDocumentsBlockImplicitlyAllowedClients: boolean;
  /** Builds an OAuthApplicationSettings from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: OAuthApplicationSettingsJSON) => OAuthApplicationSettings;

  /** Maps the wire JSON; prefer {@link OAuthApplicationSettings.fromJSON}. */
  constructor(data: OAuthApplicationSettingsJSON) {
    super(data);
    this.dynamicOauthClientRegistration = data.dynamic_oauth_client_registration;
    this.defaultScopes = data.default_scopes ?? null;
    this.oauthJwtAccessTokens = data.oauth_jwt_access_tokens;
    this.clientIdMetadataDocumentsAdvertised = data.client_id_metadata_documents_advertised;
    this.clientIdMetadataDocumentsOnlyAllowPreRegisteredClients = data.client_id_metadata_documents_only_allow_pre_registered_clients;
    this.clientIdMetadataDocumentsBlockImplicitlyAllowedClients = data.client_id_metadata_documents_block_implicitly_allowed_clients;
  }
  // </generated:OAuthApplicationSettings>
}
