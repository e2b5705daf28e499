import { Verification, type VerificationJSON } from './Verification';
import { ClerkModel } from './ClerkModel';

/**
 * Wire shape of an external (OAuth) account with its verification (spec schema `ExternalAccountWithVerification`).
 * @public
 */
export interface ExternalAccountJSON {
  // <generated:ExternalAccountJSON>
  object: 'external_account' | 'facebook_account' | 'google_account';
  id: string;
  provider: string;
  identification_id: string;
  provider_user_id: string;
  approved_scopes: string;
  email_address: string;
  email_address_verified?: boolean | null;
  first_name: string;
  last_name: string;
  /** @deprecated The API replaced it with `image_url`. */
  avatar_url?: string;
  image_url?: string | null;
  username?: string | null;
  phone_number?: string | null;
  public_metadata: Record<string, unknown>;
  label?: string | null;
  created_at: number;
  updated_at: number;
  verification: VerificationJSON | null;
  // </generated:ExternalAccountJSON>
}

/**
 * An account at an OAuth provider (Google, GitHub...) that a user connected.
 * @public
 */
export class ExternalAccount extends ClerkModel<ExternalAccountJSON> {
  // @model ExternalAccount from ExternalAccountWithVerification
  // <generated:ExternalAccount>
  /** Unique id of the external account. */
  declare readonly id: string;
  /** Provider key, such as `oauth_google`. */
  declare readonly provider: string;
  /** Id of the identification (email address or phone number) this account produced. */
  declare readonly identificationId: string;
  /** The user's id at the provider. */
  declare readonly providerUserId: string;
  /** Scopes the user granted, space separated. */
  declare readonly approvedScopes: string;
  /** Email address the provider reported. */
  declare readonly emailAddress: string;
  /** Whether the provider vouched for the email address, when known. */
  declare readonly emailAddressVerified: boolean | null;
  /** First name from the provider. */
  declare readonly firstName: string;
  /** Last name from the provider. */
  declare readonly lastName: string;
  /**
   * Avatar URL from the provider, when still sent.
   * @deprecated Use {@link ExternalAccount.imageUrl}.
   */
  declare readonly avatarUrl: string | null;
  /** Profile image URL from the provider, when there is one. */
  declare readonly imageUrl: string | null;
  /** Username at the provider, when there is one. */
  declare readonly username: string | null;
  /** Phone number from the provider, when there is one. */
  declare readonly phoneNumber: string | null;
  /** Public metadata of the account, exactly as stored (keys are never re-cased). */
  declare readonly publicMetadata: Record<string, unknown>;
  /** Label distinguishing several accounts at the same provider, when set. */
  declare readonly label: string | null;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number;
  /** State of the OAuth verification. */
  declare readonly verification: Verification | null;
  /** Builds an ExternalAccount from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: ExternalAccountJSON) => ExternalAccount;

  /** Maps the wire JSON; prefer {@link ExternalAccount.fromJSON}. */
  constructor(data: ExternalAccountJSON) {
    super(data);
    this.id = data.id;
    this.provider = data.provider;
    this.identificationId = data.identification_id;
    this.providerUserId = data.provider_user_id;
    this.approvedScopes = data.approved_scopes;
    this.emailAddress = data.email_address;
    this.emailAddressVerified = data.email_address_verified ?? null;
    this.firstName = data.first_name;
    this.lastName = data.last_name;
    this.avatarUrl = data.avatar_url ?? null;
    this.imageUrl = data.image_url ?? null;
    this.username = data.username ?? null;
    this.phoneNumber = data.phone_number ?? null;
    this.publicMetadata = data.public_metadata ?? {};
    this.label = data.label ?? null;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
    this.verification = data.verification ? Verification.fromJSON(data.verification) : null;
  }
  // </generated:ExternalAccount>

  /**
   * The user's id at the provider, under the name v4 used.
   * @deprecated Use {@link ExternalAccount.providerUserId}.
   */
  get externalId(): string {
    return this.providerUserId;
  }
}
