import { EnterpriseAccountConnection, type EnterpriseAccountConnectionJSON } from './EnterpriseAccountConnection';
import { Verification, type VerificationJSON } from './Verification';
import { ClerkModel } from './ClerkModel';

// Re-exported so imports of the connection from this module, where it used to live, keep working.
export { EnterpriseAccountConnection, type EnterpriseAccountConnectionJSON } from './EnterpriseAccountConnection';

/**
 * Wire shape of an enterprise account.
 * @public
 */
export interface EnterpriseAccountJSON {
  // <generated:EnterpriseAccountJSON>
  id: string;
  object: 'enterprise_account';
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
  // </generated:EnterpriseAccountJSON>
}

/**
 * A user's identity at an enterprise identity provider, over SAML or OIDC.
 * @public
 */
export class EnterpriseAccount extends ClerkModel<EnterpriseAccountJSON> {
  // @model EnterpriseAccount from EnterpriseAccount
  // <generated:EnterpriseAccount>
  /** Unique id of the enterprise account. */
  declare readonly id: string;
  /** Protocol the account signs in with, when reported. */
  declare readonly protocol: 'oauth' | 'saml' | null;
  /** Identity provider kind. */
  declare readonly provider: string;
  /** Whether the account can be used to sign in. */
  declare readonly active: boolean;
  /** Email address the identity provider asserted. */
  declare readonly emailAddress: string;
  /** First name from the identity provider, when sent. */
  declare readonly firstName: string | null;
  /** Last name from the identity provider, when sent. */
  declare readonly lastName: string | null;
  /** The user's id at the identity provider, when known. */
  declare readonly providerUserId: string | null;
  /** Id of the enterprise connection, when known. */
  declare readonly enterpriseConnectionId: string | null;
  /** Public metadata of the account, exactly as stored (keys are never re-cased); an empty object when the API sent none (as in v4). */
  declare readonly publicMetadata: Record<string, unknown>;
  /** State of the account's verification. */
  declare readonly verification: Verification | null;
  /** The connection the account belongs to, when embedded. */
  declare readonly enterpriseConnection: EnterpriseAccountConnection | null;
  /** Last time the account was used to sign in, Unix milliseconds. */
  declare readonly lastAuthenticatedAt: number | null;
  /** Builds an EnterpriseAccount from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: EnterpriseAccountJSON) => EnterpriseAccount;

  /** Maps the wire JSON; prefer {@link EnterpriseAccount.fromJSON}. */
  constructor(data: EnterpriseAccountJSON) {
    super(data);
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
    this.enterpriseConnection = data.enterprise_connection ? EnterpriseAccountConnection.fromJSON(data.enterprise_connection) : null;
    this.lastAuthenticatedAt = data.last_authenticated_at ?? null;
  }
  // </generated:EnterpriseAccount>
}
