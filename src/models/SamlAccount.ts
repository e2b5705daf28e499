import { SamlAccountConnection, type SamlAccountConnectionJSON } from './SamlAccountConnection';
import { Verification, type VerificationJSON } from './Verification';
import { ClerkModel } from './ClerkModel';

// Re-exported so imports of the connection from this module, where it used to live, keep working.
export { SamlAccountConnection, type SamlAccountConnectionJSON } from './SamlAccountConnection';

/**
 * Wire shape of a SAML account (spec schema `SAMLAccount`).
 * @public
 */
export interface SamlAccountJSON {
  // <generated:SamlAccountJSON>
  id: string;
  object: 'saml_account';
  provider: string;
  active: boolean;
  email_address: string;
  first_name?: string | null;
  last_name?: string | null;
  provider_user_id?: string | null;
  last_authenticated_at?: number | null;
  public_metadata?: Record<string, unknown>;
  verification: VerificationJSON | null;
  saml_connection?: SamlAccountConnectionJSON | null;
  // </generated:SamlAccountJSON>
}

/**
 * A user's identity at a SAML identity provider.
 * @public
 */
export class SamlAccount extends ClerkModel<SamlAccountJSON> {
  // @model SamlAccount from SAMLAccount
  // <generated:SamlAccount>
  /** Unique id of the SAML account. */
  declare readonly id: string;
  /** Identity provider kind, such as `saml_okta`. */
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
  /** Last time the account was used to sign in, Unix milliseconds. */
  declare readonly lastAuthenticatedAt: number | null;
  /** Public metadata of the account, exactly as stored (keys are never re-cased); an empty object when the API sent none (as in v4). */
  declare readonly publicMetadata: Record<string, unknown>;
  /** State of the SAML verification. */
  declare readonly verification: Verification | null;
  /** The connection the account belongs to, when embedded. */
  declare readonly samlConnection: SamlAccountConnection | null;
  /** Builds a SamlAccount from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: SamlAccountJSON) => SamlAccount;

  /** Maps the wire JSON; prefer {@link SamlAccount.fromJSON}. */
  constructor(data: SamlAccountJSON) {
    super(data);
    this.id = data.id;
    this.provider = data.provider;
    this.active = data.active;
    this.emailAddress = data.email_address;
    this.firstName = data.first_name ?? null;
    this.lastName = data.last_name ?? null;
    this.providerUserId = data.provider_user_id ?? null;
    this.lastAuthenticatedAt = data.last_authenticated_at ?? null;
    this.publicMetadata = data.public_metadata ?? {};
    this.verification = data.verification ? Verification.fromJSON(data.verification) : null;
    this.samlConnection = data.saml_connection ? SamlAccountConnection.fromJSON(data.saml_connection) : null;
  }
  // </generated:SamlAccount>
}
