import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of the enterprise connection summary embedded in an enterprise account.
 * @public
 */
export interface EnterpriseAccountConnectionJSON {
  // <generated:EnterpriseAccountConnectionJSON>
  id: string;
  protocol: string;
  provider: string;
  name: string;
  logo_public_url: string | null;
  /** @deprecated The API replaced it with `domains`. */
  domain?: string;
  domains?: string[];
  active: boolean;
  sync_user_attributes: boolean;
  allow_subdomains: boolean;
  allow_idp_initiated: boolean;
  disable_additional_identifications: boolean;
  created_at: number;
  updated_at: number;
  // </generated:EnterpriseAccountConnectionJSON>
}

/**
 * The enterprise (SAML or OIDC) connection an enterprise account signs in through, as embedded in the account.
 * @public
 */
export class EnterpriseAccountConnection extends ClerkModel<EnterpriseAccountConnectionJSON> {
  // @model EnterpriseAccountConnection from EnterpriseAccountConnection
  // <generated:EnterpriseAccountConnection>
  /** Unique id of the connection. */
  declare readonly id: string;
  /** Protocol of the connection, such as `saml` or `oauth`. */
  declare readonly protocol: string;
  /** Identity provider kind. */
  declare readonly provider: string;
  /** Display name of the connection. */
  declare readonly name: string;
  /** Public URL of the connection's logo, when it has one. */
  declare readonly logoPublicUrl: string | null;
  /**
   * Single email domain of the connection, when still sent.
   * @deprecated Use {@link EnterpriseAccountConnection.domains}.
   */
  declare readonly domain: string | null;
  /** Email domains routed to the connection. */
  declare readonly domains: string[];
  /** Whether the connection accepts sign-ins. */
  declare readonly active: boolean;
  /** Whether user attributes are refreshed from the identity provider on every sign-in. */
  declare readonly syncUserAttributes: boolean;
  /** Whether subdomains of the domains are also routed to the connection. */
  declare readonly allowSubdomains: boolean;
  /** Whether sign-ins started at the identity provider are accepted. */
  declare readonly allowIdpInitiated: boolean;
  /** Whether users of the connection are kept from adding other identifiers. */
  declare readonly disableAdditionalIdentifications: boolean;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number;
  /** Builds an EnterpriseAccountConnection from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: EnterpriseAccountConnectionJSON) => EnterpriseAccountConnection;

  /** Maps the wire JSON; prefer {@link EnterpriseAccountConnection.fromJSON}. */
  constructor(data: EnterpriseAccountConnectionJSON) {
    super(data);
    this.id = data.id;
    this.protocol = data.protocol;
    this.provider = data.provider;
    this.name = data.name;
    this.logoPublicUrl = data.logo_public_url ?? null;
    this.domain = data.domain ?? null;
    this.domains = data.domains ?? [];
    this.active = data.active;
    this.syncUserAttributes = data.sync_user_attributes;
    this.allowSubdomains = data.allow_subdomains;
    this.allowIdpInitiated = data.allow_idp_initiated;
    this.disableAdditionalIdentifications = data.disable_additional_identifications;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
  }
  // </generated:EnterpriseAccountConnection>
}
