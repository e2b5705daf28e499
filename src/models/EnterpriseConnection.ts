import { CustomAttribute, type CustomAttributeJSON } from './CustomAttribute';
import { EnterpriseConnectionOAuthConfig, type EnterpriseConnectionOAuthConfigJSON } from './EnterpriseConnectionOAuthConfig';
import { EnterpriseConnectionSaml, type EnterpriseConnectionSamlJSON } from './EnterpriseConnectionSaml';

/**
 * Wire shape of an enterprise connection (spec schema `EnterpriseConnection`).
 * @public
 */
export interface EnterpriseConnectionJSON {
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
  /** Listed as required by the spec, which gives it no type; treated as an optional flag. */
  authenticatable?: boolean;
  /** Listed as required by the spec, which gives it no type; treated as an optional flag. */
  disable_jit_provisioning?: boolean;
  created_at: number;
  updated_at: number;
}

/**
 * A single sign-on connection to a company's identity provider, over SAML or OpenID Connect.
 * @public
 */
export class EnterpriseConnection {
  /** Unique id of the connection. */
  readonly id: string;
  /** Display name of the connection. */
  readonly name: string;
  /** Identity provider kind, such as `saml_okta` or `oidc_custom`. */
  readonly provider: string;
  /** Logo shown for the connection, if any. */
  readonly logoPublicUrl: string | null;
  /** Whether the connection accepts sign-ins. */
  readonly active: boolean;
  /** Email domains whose users sign in through the connection. */
  readonly domains: string[];
  /** Organization the connection is linked to, if any. */
  readonly organizationId: string | null;
  /** Whether user attributes are refreshed from the identity provider on every sign-in, when reported. */
  readonly syncUserAttributes: boolean | null;
  /** Whether users of the connection are kept from adding other identifiers, when reported. */
  readonly disableAdditionalIdentifications: boolean | null;
  /** Whether existing organization members may link their account to the connection, when reported. */
  readonly allowOrganizationAccountLinking: boolean | null;
  /** Extra identity provider attributes copied into user metadata (empty when none). */
  readonly customAttributes: CustomAttribute[];
  /** SAML settings, present when the connection uses SAML. */
  readonly samlConnection: EnterpriseConnectionSaml | null;
  /** OIDC settings, present when the connection uses OpenID Connect or EASIE. */
  readonly oauthConfig: EnterpriseConnectionOAuthConfig | null;
  /** Whether users can currently authenticate through the connection, when reported. */
  readonly authenticatable: boolean | null;
  /** Whether just-in-time creation of users on first sign-in is turned off, when reported. */
  readonly disableJitProvisioning: boolean | null;
  /** Creation time, Unix milliseconds. */
  readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  readonly updatedAt: number;
  readonly #raw: EnterpriseConnectionJSON;

  /** Maps the wire JSON; prefer {@link EnterpriseConnection.fromJSON}. */
  constructor(data: EnterpriseConnectionJSON) {
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
    this.authenticatable = data.authenticatable ?? null;
    this.disableJitProvisioning = data.disable_jit_provisioning ?? null;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): EnterpriseConnectionJSON {
    return this.#raw;
  }

  /** Builds an EnterpriseConnection from the API's JSON. */
  static fromJSON(data: EnterpriseConnectionJSON): EnterpriseConnection {
    return new EnterpriseConnection(data);
  }
}
