import { SamlConnectionAttributeMapping, type SamlConnectionAttributeMappingJSON } from './SamlConnectionAttributeMapping';
import { SamlConnectionLoginHint, type SamlConnectionLoginHintJSON } from './SamlConnectionLoginHint';
import { ClerkModel } from './ClerkModel';

/**
 * Wire shape of a SAML connection (spec schema `SAMLConnection`).
 * @public
 */
export interface SamlConnectionJSON {
  // <generated:SamlConnectionJSON>
  object: 'saml_connection';
  id: string;
  name: string;
  /** @deprecated The API replaced it with `domains`. */
  domain?: string;
  domains?: string[];
  idp_entity_id: string | null;
  idp_sso_url: string | null;
  idp_certificate: string | null;
  idp_certificate_issued_at: number | null;
  idp_certificate_expires_at: number | null;
  idp_metadata_url?: string | null;
  idp_metadata?: string | null;
  acs_url: string;
  sp_entity_id: string;
  sp_metadata_url: string;
  organization_id?: string | null;
  attribute_mapping?: SamlConnectionAttributeMappingJSON;
  active: boolean;
  provider: string;
  user_count: number;
  sync_user_attributes: boolean;
  allow_subdomains: boolean;
  allow_idp_initiated: boolean;
  disable_additional_identifications: boolean;
  allow_organization_account_linking: boolean;
  force_authn: boolean;
  login_hint: SamlConnectionLoginHintJSON;
  enterprise_connection_id?: string | null;
  created_at: number;
  updated_at: number;
  /** Listed as required by the spec, which gives it no type; treated as an optional flag. */
  authenticatable?: boolean;
  /** Listed as required by the spec, which gives it no type; treated as an optional flag. */
  disable_jit_provisioning?: boolean;
  // </generated:SamlConnectionJSON>
}

/**
 * A SAML single sign-on connection to an identity provider. The API now manages these as enterprise connections;
 * see `EnterpriseConnection`.
 * @public
 */
export class SamlConnection extends ClerkModel<SamlConnectionJSON> {
  // @model SamlConnection from SAMLConnection
  // @override idp_entity_id value: data.idp_entity_id
  // @override idp_sso_url value: data.idp_sso_url
  // @override idp_certificate value: data.idp_certificate
  // @override idp_certificate_issued_at value: data.idp_certificate_issued_at
  // @override idp_certificate_expires_at value: data.idp_certificate_expires_at
  // @override authenticatable json: ?: boolean
  // @override authenticatable type: boolean | null
  // @override authenticatable value: data.authenticatable ?? null
  // @override disable_jit_provisioning json: ?: boolean
  // @override disable_jit_provisioning type: boolean | null
  // @override disable_jit_provisioning value: data.disable_jit_provisioning ?? null
  // <generated:SamlConnection>
  /** Unique id of the connection. */
  declare readonly id: string;
  /** Label shown for the connection. */
  declare readonly name: string;
  /**
   * Single email domain of the connection, when still sent.
   * @deprecated Use {@link SamlConnection.domains}.
   */
  declare readonly domain: string | null;
  /** Email domains whose users sign in through this connection. */
  declare readonly domains: string[];
  /** Entity id of the identity provider, once configured. */
  declare readonly idpEntityId: string | null;
  /** Identity provider URL that sign-in requests are sent to, once configured. */
  declare readonly idpSsoUrl: string | null;
  /** PEM certificate the identity provider signs its responses with, once configured. */
  declare readonly idpCertificate: string | null;
  /** Start of the certificate's validity (Unix milliseconds), or null without a certificate. */
  declare readonly idpCertificateIssuedAt: number | null;
  /** End of the certificate's validity (Unix milliseconds), or null without a certificate. */
  declare readonly idpCertificateExpiresAt: number | null;
  /** URL the identity provider's metadata is read from, if one was given. */
  declare readonly idpMetadataUrl: string | null;
  /** Identity provider metadata XML, if it was uploaded. */
  declare readonly idpMetadata: string | null;
  /** Clerk's assertion consumer service URL, to register at the identity provider. */
  declare readonly acsUrl: string;
  /** Clerk's service provider entity id, to register at the identity provider. */
  declare readonly spEntityId: string;
  /** URL of Clerk's service provider metadata for this connection. */
  declare readonly spMetadataUrl: string;
  /** Organization that users of the connection join, if any. */
  declare readonly organizationId: string | null;
  /** Assertion attributes read into the user's fields, when reported. */
  declare readonly attributeMapping: SamlConnectionAttributeMapping | null;
  /** Whether the connection accepts sign-ins. */
  declare readonly active: boolean;
  /** Identity provider kind, such as `saml_okta` or `saml_custom`. */
  declare readonly provider: string;
  /** Number of users who have signed in through the connection. */
  declare readonly userCount: number;
  /** Whether user attributes are refreshed from the identity provider on every sign-in. */
  declare readonly syncUserAttributes: boolean;
  /** Whether subdomains of the domains are routed to the connection too. */
  declare readonly allowSubdomains: boolean;
  /** Whether sign-ins started at the identity provider are accepted. */
  declare readonly allowIdpInitiated: boolean;
  /** Whether users of the connection are kept from adding other identifiers. */
  declare readonly disableAdditionalIdentifications: boolean;
  /** Whether existing organization members may link their account to the connection. */
  declare readonly allowOrganizationAccountLinking: boolean;
  /** Whether the identity provider is asked to re-authenticate the user every time (ForceAuthn). */
  declare readonly forceAuthn: boolean;
  /** What is passed to the identity provider as `login_hint`. */
  declare readonly loginHint: SamlConnectionLoginHint;
  /** Enterprise connection this SAML connection belongs to, if any. */
  declare readonly enterpriseConnectionId: string | null;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number;
  /** Whether users can currently authenticate through the connection, when reported. */
  declare readonly authenticatable: boolean | null;
  /** Whether just-in-time creation of users on first sign-in is turned off, when reported. */
  declare readonly disableJitProvisioning: boolean | null;
  /** Builds a SamlConnection from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: SamlConnectionJSON) => SamlConnection;

  /** Maps the wire JSON; prefer {@link SamlConnection.fromJSON}. */
  constructor(data: SamlConnectionJSON) {
    super(data);
    this.id = data.id;
    this.name = data.name;
    this.domain = data.domain ?? null;
    this.domains = data.domains ?? [];
    this.idpEntityId = data.idp_entity_id;
    this.idpSsoUrl = data.idp_sso_url;
    this.idpCertificate = data.idp_certificate;
    this.idpCertificateIssuedAt = data.idp_certificate_issued_at;
    this.idpCertificateExpiresAt = data.idp_certificate_expires_at;
    this.idpMetadataUrl = data.idp_metadata_url ?? null;
    this.idpMetadata = data.idp_metadata ?? null;
    this.acsUrl = data.acs_url;
    this.spEntityId = data.sp_entity_id;
    this.spMetadataUrl = data.sp_metadata_url;
    this.organizationId = data.organization_id ?? null;
    this.attributeMapping = data.attribute_mapping ? SamlConnectionAttributeMapping.fromJSON(data.attribute_mapping) : null;
    this.active = data.active;
    this.provider = data.provider;
    this.userCount = data.user_count;
    this.syncUserAttributes = data.sync_user_attributes;
    this.allowSubdomains = data.allow_subdomains;
    this.allowIdpInitiated = data.allow_idp_initiated;
    this.disableAdditionalIdentifications = data.disable_additional_identifications;
    this.allowOrganizationAccountLinking = data.allow_organization_account_linking;
    this.forceAuthn = data.force_authn;
    this.loginHint = SamlConnectionLoginHint.fromJSON(data.login_hint);
    this.enterpriseConnectionId = data.enterprise_connection_id ?? null;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
    this.authenticatable = data.authenticatable ?? null;
    this.disableJitProvisioning = data.disable_jit_provisioning ?? null;
  }
  // </generated:SamlConnection>
}
