import { Verification, type VerificationJSON } from './Verification';

/**
 * Wire shape of the enterprise connection summary embedded in an enterprise account.
 * @public
 */
export interface EnterpriseAccountConnectionJSON {
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
}

/**
 * The enterprise (SAML or OIDC) connection an enterprise account signs in through, as embedded in the account.
 * @public
 */
export class EnterpriseAccountConnection {
  /** Unique id of the connection. */
  readonly id: string;
  /** Protocol of the connection, such as `saml` or `oauth`. */
  readonly protocol: string;
  /** Identity provider kind. */
  readonly provider: string;
  /** Display name of the connection. */
  readonly name: string;
  /** Public URL of the connection's logo, when it has one. */
  readonly logoPublicUrl: string | null;
  /**
   * Single email domain of the connection, when still sent.
   * @deprecated Use {@link EnterpriseAccountConnection.domains}.
   */
  readonly domain: string | null;
  /** Email domains routed to the connection. */
  readonly domains: string[];
  /** Whether the connection accepts sign-ins. */
  readonly active: boolean;
  /** Whether user attributes are refreshed from the identity provider on every sign-in. */
  readonly syncUserAttributes: boolean;
  /** Whether subdomains of the domains are also routed to the connection. */
  readonly allowSubdomains: boolean;
  /** Whether sign-ins started at the identity provider are accepted. */
  readonly allowIdpInitiated: boolean;
  /** Whether users of the connection are kept from adding other identifiers. */
  readonly disableAdditionalIdentifications: boolean;
  /** Creation time, Unix milliseconds. */
  readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  readonly updatedAt: number;
  readonly #raw: EnterpriseAccountConnectionJSON;

  /** Maps the wire JSON; prefer {@link EnterpriseAccountConnection.fromJSON}. */
  constructor(data: EnterpriseAccountConnectionJSON) {
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
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): EnterpriseAccountConnectionJSON {
    return this.#raw;
  }

  /** Builds an EnterpriseAccountConnection from the API's JSON. */
  static fromJSON(data: EnterpriseAccountConnectionJSON): EnterpriseAccountConnection {
    return new EnterpriseAccountConnection(data);
  }
}

/**
 * Wire shape of an enterprise account.
 * @public
 */
export interface EnterpriseAccountJSON {
  object: 'enterprise_account';
  id: string;
  protocol?: 'oauth' | 'saml';
  provider: string;
  active: boolean;
  email_address: string;
  first_name?: string | null;
  last_name?: string | null;
  provider_user_id?: string | null;
  enterprise_connection_id?: string | null;
  public_metadata?: Record<string, unknown>;
  verification: VerificationJSON | null;
  enterprise_connection?: EnterpriseAccountConnectionJSON | null;
  last_authenticated_at?: number | null;
}

/**
 * A user's identity at an enterprise identity provider, over SAML or OIDC.
 * @public
 */
export class EnterpriseAccount {
  /** Unique id of the enterprise account. */
  readonly id: string;
  /** Protocol the account signs in with, when reported. */
  readonly protocol: 'oauth' | 'saml' | null;
  /** Identity provider kind. */
  readonly provider: string;
  /** Whether the account can be used to sign in. */
  readonly active: boolean;
  /** Email address the identity provider asserted. */
  readonly emailAddress: string;
  /** First name from the identity provider, when sent. */
  readonly firstName: string | null;
  /** Last name from the identity provider, when sent. */
  readonly lastName: string | null;
  /** The user's id at the identity provider, when known. */
  readonly providerUserId: string | null;
  /** Id of the enterprise connection, when known. */
  readonly enterpriseConnectionId: string | null;
  /** Public metadata of the account, exactly as stored (keys are never re-cased); an empty object when the API sent none (as in v4). */
  readonly publicMetadata: Record<string, unknown>;
  /** State of the account's verification. */
  readonly verification: Verification | null;
  /** The connection the account belongs to, when embedded. */
  readonly enterpriseConnection: EnterpriseAccountConnection | null;
  /** Last time the account was used to sign in, Unix milliseconds. */
  readonly lastAuthenticatedAt: number | null;
  readonly #raw: EnterpriseAccountJSON;

  /** Maps the wire JSON; prefer {@link EnterpriseAccount.fromJSON}. */
  constructor(data: EnterpriseAccountJSON) {
    this.id = data.id;
    this.protocol = data.protocol ?? null;
    this.provider = data.provider;
    this.active = data.active;
    this.emailAddress = data.email_address;
    this.firstName = data.first_name ?? null;
    this.lastName = data.last_name ?? null;
    this.providerUserId = data.provider_user_id ?? null;
    this.enterpriseConnectionId = data.enterprise_connection_id ?? null;
    this.publicMetadata = data.public_metadata ?? {};
    this.verification = data.verification ? Verification.fromJSON(data.verification) : null;
    this.enterpriseConnection = data.enterprise_connection
      ? EnterpriseAccountConnection.fromJSON(data.enterprise_connection)
      : null;
    this.lastAuthenticatedAt = data.last_authenticated_at ?? null;
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): EnterpriseAccountJSON {
    return this.#raw;
  }

  /** Builds an EnterpriseAccount from the API's JSON. */
  static fromJSON(data: EnterpriseAccountJSON): EnterpriseAccount {
    return new EnterpriseAccount(data);
  }
}
