import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of the OAuth/OIDC settings embedded in an enterprise connection.
 * @public
 */
export interface EnterpriseConnectionOAuthConfigJSON {
  // <generated:EnterpriseConnectionOAuthConfigJSON>
  id?: string;
  name?: string;
  provider_key?: string;
  client_id?: string | null;
  discovery_url?: string | null;
  auth_url?: string | null;
  token_url?: string | null;
  user_info_url?: string | null;
  requires_pkce?: boolean;
  logo_public_url?: string | null;
  created_at?: number;
  updated_at?: number;
  // </generated:EnterpriseConnectionOAuthConfigJSON>
}

/**
 * The OIDC side of an enterprise connection that signs users in with OpenID Connect (or EASIE).
 * @public
 */
export class EnterpriseConnectionOAuthConfig extends ClerkModel<EnterpriseConnectionOAuthConfigJSON> {
  // @model EnterpriseConnectionOAuthConfig from #/components/schemas/EnterpriseConnection/properties/oauth_config
  // <generated:EnterpriseConnectionOAuthConfig>
  /** Id of the OAuth configuration. */
  declare readonly id: string | null;
  /** Display name of the custom OIDC provider. */
  declare readonly name: string | null;
  /** Provider key, such as `oidc_custom`. */
  declare readonly providerKey: string | null;
  /** OAuth client id registered at the provider. */
  declare readonly clientId: string | null;
  /** OIDC discovery document URL, if set. */
  declare readonly discoveryUrl: string | null;
  /** Authorization endpoint, as configured or discovered. */
  declare readonly authUrl: string | null;
  /** Token endpoint, as configured or discovered. */
  declare readonly tokenUrl: string | null;
  /** Userinfo endpoint, as configured or discovered. */
  declare readonly userInfoUrl: string | null;
  /** Whether sign-ins use PKCE, when reported. */
  declare readonly requiresPkce: boolean | null;
  /** Logo of the provider, if any. */
  declare readonly logoPublicUrl: string | null;
  /** Creation time, Unix milliseconds, when reported. */
  declare readonly createdAt: number | null;
  /** Last update time, Unix milliseconds, when reported. */
  declare readonly updatedAt: number | null;
  /** Builds an EnterpriseConnectionOAuthConfig from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: EnterpriseConnectionOAuthConfigJSON) => EnterpriseConnectionOAuthConfig;

  /** Maps the wire JSON; prefer {@link EnterpriseConnectionOAuthConfig.fromJSON}. */
  constructor(data: EnterpriseConnectionOAuthConfigJSON) {
    super(data);
    this.id = data.id ?? null;
    this.name = data.name ?? null;
    this.providerKey = data.provider_key ?? null;
    this.clientId = data.client_id ?? null;
    this.discoveryUrl = data.discovery_url ?? null;
    this.authUrl = data.auth_url ?? null;
    this.tokenUrl = data.token_url ?? null;
    this.userInfoUrl = data.user_info_url ?? null;
    this.requiresPkce = data.requires_pkce ?? null;
    this.logoPublicUrl = data.logo_public_url ?? null;
    this.createdAt = data.created_at ?? null;
    this.updatedAt = data.updated_at ?? null;
  }
  // </generated:EnterpriseConnectionOAuthConfig>
}
