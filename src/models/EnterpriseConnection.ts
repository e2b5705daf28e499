import { CustomAttribute, type CustomAttributeJSON } from './CustomAttribute';
import { EnterpriseConnectionOAuthConfig, type EnterpriseConnectionOAuthConfigJSON } from './EnterpriseConnectionOAuthConfig';
import { EnterpriseConnectionSaml, type EnterpriseConnectionSamlJSON } from './EnterpriseConnectionSaml';
import { ClerkModel } from './ClerkModel';

/**
 * Wire shape of an enterprise connection (spec schema `EnterpriseConnection`).
 * @public
 */
export interface EnterpriseConnectionJSON {
  // <generated:EnterpriseConnectionJSON>
  object: 'enterprise_connection';
  id: string;
  name: string;
  provider: string;
  logo_public_url?: string | null;
  active: boolean;
  domains: string[];
  organization_id?: string | null;
  sync_user_attributes?: boolean;
  disable_additional_identifications?: boolean;
  allow_organization_account_linking?: boolean;
  custom_attributes?: CustomAttributeJSON[];
  saml_connection?: EnterpriseConnectionSamlJSON | null;
  oauth_config?: EnterpriseConnectionOAuthConfigJSON | null;
  created_at: number;
  updated_at: number;
  /** Listed as required by the spec, which gives it no type; treated as an optional flag. */
  authenticatable?: boolean;
  /** Listed as required by the spec, which gives it no type; treated as an optional flag. */
  disable_jit_provisioning?: boolean;
  // </generated:EnterpriseConnectionJSON>
}

/**
 * A single sign-on connection to a company's identity provider, over SAML or OpenID Connect.
 * @public
 */
export class EnterpriseConnection extends ClerkModel<EnterpriseConnectionJSON> {
  // @model EnterpriseConnection from EnterpriseConnection
  // @override authenticatable json: ?: boolean
  // @override authenticatable type: boolean | null
  // @override authenticatable value: data.authenticatable ?? null
  // @override disable_jit_provisioning json: ?: boolean
  // @override disable_jit_provisioning type: boolean | null
  // @override disable_jit_provisioning value: data.disable_jit_provisioning ?? null
  // <generated:EnterpriseConnection>
  /** Unique id of the connection. */
  declare readonly id: string;
  /** Display name of the connection. */
  declare readonly name: string;
  /** Identity provider kind, such as `saml_okta` or `oidc_custom`. */
  declare readonly provider: string;
  /** Logo shown for the connection, if any. */
  declare readonly logoPublicUrl: string | null;
  /** Whether the connection accepts sign-ins. */
  declare readonly active: boolean;
  /** Email domains whose users sign in through the connection. */
  declare readonly domains: string[];
  /** Organization the connection is linked to, if any. */
  declare readonly organizationId: string | null;
  /** Whether user attributes are refreshed from the identity provider on every sign-in, when reported. */
  declare readonly syncUserAttributes: boolean | null;
  /** Whether users of the connection are kept from adding other identifiers, when reported. */
  declare readonly disableAdditionalIdentifications: boolean | null;
  /** Whether existing organization members may link their account to the connection, when reported. */
  declare readonly allowOrganizationAccountLinking: boolean | null;
  /** Extra identity provider attributes copied into user metadata (empty when none). */
  declare readonly customAttributes: CustomAttribute[];
  /** SAML settings, present when the connection uses SAML. */
  declare readonly samlConnection: EnterpriseConnectionSaml | null;
  /** OIDC settings, present when the connection uses OpenID Connect or EASIE. */
  declare readonly oauthConfig: EnterpriseConnectionOAuthConfig | null;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number;
  /** Whether users can currently authenticate through the connection, when reported. */
  declare readonly authenticatable: boolean | null;
  /** Whether just-in-time creation of users on first sign-in is turned off, when reported. */
  declare readonly disableJitProvisioning: boolean | null;
  /** Builds an EnterpriseConnection from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: EnterpriseConnectionJSON) => EnterpriseConnection;

  /** Maps the wire JSON; prefer {@link EnterpriseConnection.fromJSON}. */
  constructor(data: EnterpriseConnectionJSON) {
    super(data);
    this.id = data.id;
    this.name = data.name;
    this.provider = data.provider;
    this.logoPublicUrl = data.logo_public_url ?? null;
    this.active = data.active;
    this.domains = data.domains ?? [];
    this.organizationId = data.organization_id ?? null;
    this.syncUserAttributes = data.sync_user_attributes ?? null;
    this.disableAdditionalIdentifications = data.disable_additional_identifications ?? null;
    this.allowOrganizationAccountLinking = data.allow_organization_account_linking ?? null;
    this.customAttributes = (data.custom_attributes ?? []).map(CustomAttribute.fromJSON);
    this.samlConnection = data.saml_connection ? EnterpriseConnectionSaml.fromJSON(data.saml_connection) : null;
    this.oauthConfig = data.oauth_config ? EnterpriseConnectionOAuthConfig.fromJSON(data.oauth_config) : null;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
    this.authenticatable = data.authenticatable ?? null;
    this.disableJitProvisioning = data.disable_jit_provisioning ?? null;
  }
  // </generated:EnterpriseConnection>
}
