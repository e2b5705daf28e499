import { SamlConnectionLoginHint, type SamlConnectionLoginHintJSON } from './SamlConnectionLoginHint';
import { ClerkModel } from './ClerkModel';

/**
 * Wire shape of the SAML settings embedded in an enterprise connection.
 * @public
 */
export interface EnterpriseConnectionSamlJSON {
  // <generated:EnterpriseConnectionSamlJSON>
  id?: string;
  name?: string;
  idp_entity_id?: string | null;
  idp_sso_url?: string | null;
  idp_metadata_url?: string | null;
  acs_url?: string | null;
  sp_entity_id?: string | null;
  sp_metadata_url?: string | null;
  active?: boolean;
  allow_idp_initiated?: boolean;
  allow_subdomains?: boolean;
  force_authn?: boolean;
  login_hint?: SamlConnectionLoginHintJSON;
  // </generated:EnterpriseConnectionSamlJSON>
}

/**
 * The SAML side of an enterprise connection that signs users in with SAML.
 * @public
 */
export class EnterpriseConnectionSaml extends ClerkModel<EnterpriseConnectionSamlJSON> {
  // @model EnterpriseConnectionSaml from #/components/schemas/EnterpriseConnection/properties/saml_connection
  // @override login_hint json: ?: SamlConnectionLoginHintJSON
  // @override login_hint type: SamlConnectionLoginHint | null
  // @override login_hint value: data.login_hint ? SamlConnectionLoginHint.fromJSON(data.login_hint) : null
  // <generated:EnterpriseConnectionSaml>
  /** Id of the underlying SAML connection. */
  declare readonly id: string | null;
  /** Display name of the SAML connection. */
  declare readonly name: string | null;
  /** Entity id of the identity provider, when loaded. */
  declare readonly idpEntityId: string | null;
  /** Identity provider URL that sign-in requests are sent to, when loaded. */
  declare readonly idpSsoUrl: string | null;
  /** URL the identity provider's metadata is read from, when loaded. */
  declare readonly idpMetadataUrl: string | null;
  /** Clerk's assertion consumer service URL, to register at the identity provider. */
  declare readonly acsUrl: string | null;
  /** Clerk's service provider entity id, to register at the identity provider. */
  declare readonly spEntityId: string | null;
  /** URL of Clerk's service provider metadata. */
  declare readonly spMetadataUrl: string | null;
  /** Whether the SAML connection accepts sign-ins, when reported. */
  declare readonly active: boolean | null;
  /** Whether sign-ins started at the identity provider are accepted, when reported. */
  declare readonly allowIdpInitiated: boolean | null;
  /** Whether subdomains of the connection's domains match too, when reported. */
  declare readonly allowSubdomains: boolean | null;
  /** Whether the identity provider is asked to re-authenticate the user every time, when reported. */
  declare readonly forceAuthn: boolean | null;
  /** What is passed to the identity provider as `login_hint`, when reported. */
  declare readonly loginHint: SamlConnectionLoginHint | null;
  /** Builds an EnterpriseConnectionSaml from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: EnterpriseConnectionSamlJSON) => EnterpriseConnectionSaml;

  /** Maps the wire JSON; prefer {@link EnterpriseConnectionSaml.fromJSON}. */
  constructor(data: EnterpriseConnectionSamlJSON) {
    super(data);
    this.id = data.id ?? null;
    this.name = data.name ?? null;
    this.idpEntityId = data.idp_entity_id ?? null;
    this.idpSsoUrl = data.idp_sso_url ?? null;
    this.idpMetadataUrl = data.idp_metadata_url ?? null;
    this.acsUrl = data.acs_url ?? null;
    this.spEntityId = data.sp_entity_id ?? null;
    this.spMetadataUrl = data.sp_metadata_url ?? null;
    this.active = data.active ?? null;
    this.allowIdpInitiated = data.allow_idp_initiated ?? null;
    this.allowSubdomains = data.allow_subdomains ?? null;
    this.forceAuthn = data.force_authn ?? null;
    this.loginHint = data.login_hint ? SamlConnectionLoginHint.fromJSON(data.login_hint) : null;
  }
  // </generated:EnterpriseConnectionSaml>
}
