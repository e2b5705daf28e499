import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of the SAML connection summary embedded in a SAML account.
 * @public
 */
export interface SamlAccountConnectionJSON {
  // <generated:SamlAccountConnectionJSON>
  id: string;
  name: string;
  /** @deprecated The API replaced it with `domains`. */
  domain?: string;
  domains?: string[];
  active: boolean;
  provider: string;
  sync_user_attributes: boolean;
  allow_subdomains?: boolean;
  allow_idp_initiated?: boolean;
  disable_additional_identifications?: boolean;
  created_at: number;
  updated_at: number;
  // </generated:SamlAccountConnectionJSON>
}

/**
 * The SAML connection a SAML account signs in through, as embedded in the account.
 * @public
 */
export class SamlAccountConnection extends ClerkModel<SamlAccountConnectionJSON> {
  // @model SamlAccountConnection from SAMLAccountConnection
  // <generated:SamlAccountConnection>
  /** Unique id of the connection. */
  declare readonly id: string;
  /** Display name of the connection. */
  declare readonly name: string;
  /**
   * Single email domain of the connection, when still sent.
   * @deprecated Use {@link SamlAccountConnection.domains}.
   */
  declare readonly domain: string | null;
  /** Email domains routed to the connection. */
  declare readonly domains: string[];
  /** Whether the connection accepts sign-ins. */
  declare readonly active: boolean;
  /** Identity provider kind, such as `saml_okta`. */
  declare readonly provider: string;
  /** Whether user attributes are refreshed from the identity provider on every sign-in. */
  declare readonly syncUserAttributes: boolean;
  /** Whether subdomains of the domains are also routed to the connection, when reported. */
  declare readonly allowSubdomains: boolean | null;
  /** Whether sign-ins started at the identity provider are accepted, when reported. */
  declare readonly allowIdpInitiated: boolean | null;
  /** Whether users of the connection are kept from adding other identifiers, when reported. */
  declare readonly disableAdditionalIdentifications: boolean | null;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number;
  /** Builds a SamlAccountConnection from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: SamlAccountConnectionJSON) => SamlAccountConnection;

  /** Maps the wire JSON; prefer {@link SamlAccountConnection.fromJSON}. */
  constructor(data: SamlAccountConnectionJSON) {
    super(data);
    this.id = data.id;
    this.name = data.name;
    this.domain = data.domain ?? null;
    this.domains = data.domains ?? [];
    this.active = data.active;
    this.provider = data.provider;
    this.syncUserAttributes = data.sync_user_attributes;
    this.allowSubdomains = data.allow_subdomains ?? null;
    this.allowIdpInitiated = data.allow_idp_initiated ?? null;
    this.disableAdditionalIdentifications = data.disable_additional_identifications ?? null;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
  }
  // </generated:SamlAccountConnection>
}
