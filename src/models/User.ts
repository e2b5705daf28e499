import { EmailAddress, type EmailAddressJSON } from './EmailAddress';
import { EnterpriseAccount, type EnterpriseAccountJSON } from './EnterpriseAccount';
import { ExternalAccount, type ExternalAccountJSON } from './ExternalAccount';
import { OrganizationMembership, type OrganizationMembershipJSON } from './OrganizationMembership';
import { Passkey, type PasskeyJSON } from './Passkey';
import { PhoneNumber, type PhoneNumberJSON } from './PhoneNumber';
import { SamlAccount, type SamlAccountJSON } from './SamlAccount';
import { UserScim, type UserScimJSON } from './UserScim';
import { Web3Wallet, type Web3WalletJSON } from './Web3Wallet';
import { ClerkModel } from './ClerkModel';

// Re-exported so imports of the SCIM details from this module, where they used to live, keep working.
export { UserScim, type UserScimJSON } from './UserScim';

/**
 * Wire shape of a user.
 * @public
 */
export interface UserJSON {
  // <generated:UserJSON>
  id: string;
  object: 'user';
  external_id: string | null;
  primary_email_address_id: string | null;
  primary_phone_number_id: string | null;
  primary_web3_wallet_id: string | null;
  username: string | null;
  first_name: string | null;
  last_name: string | null;
  locale?: string | null;
  /** @deprecated The API replaced it with `image_url`. */
  profile_image_url?: string;
  image_url?: string;
  has_image: boolean;
  public_metadata: Record<string, unknown>;
  private_metadata?: Record<string, unknown> | null;
  unsafe_metadata?: Record<string, unknown>;
  email_addresses: EmailAddressJSON[];
  phone_numbers: PhoneNumberJSON[];
  web3_wallets: Web3WalletJSON[];
  passkeys: PasskeyJSON[];
  password_enabled: boolean;
  two_factor_enabled: boolean;
  totp_enabled: boolean;
  backup_code_enabled: boolean;
  mfa_enabled_at: number | null;
  mfa_disabled_at: number | null;
  password_last_updated_at?: number | null;
  external_accounts: ExternalAccountJSON[];
  saml_accounts: SamlAccountJSON[];
  enterprise_accounts: EnterpriseAccountJSON[];
  organization_memberships?: OrganizationMembershipJSON[];
  last_sign_in_at: number | null;
  banned: boolean;
  locked: boolean;
  deprovisioned?: boolean;
  lockout_expires_in_seconds: number | null;
  verification_attempts_remaining: number | null;
  updated_at: number;
  created_at: number;
  delete_self_enabled: boolean;
  create_organization_enabled: boolean;
  create_organizations_limit?: number | null;
  last_active_at: number | null;
  legal_accepted_at: number | null;
  bypass_client_trust?: boolean;
  scim?: UserScimJSON | null;
  // </generated:UserJSON>
}

/**
 * A user of the application, with their identifiers, connected accounts and metadata.
 * @public
 */
export class User extends ClerkModel<UserJSON> {
  // @model User from User
  // <generated:User>
  /** Unique id of the user. */
  declare readonly id: string;
  /** The user's id in your own systems, when set. */
  declare readonly externalId: string | null;
  /** Id of the primary email address, when there is one. */
  declare readonly primaryEmailAddressId: string | null;
  /** Id of the primary phone number, when there is one. */
  declare readonly primaryPhoneNumberId: string | null;
  /** Id of the primary web3 wallet, when there is one. */
  declare readonly primaryWeb3WalletId: string | null;
  /** Username, when set. */
  declare readonly username: string | null;
  /** First name, when set. */
  declare readonly firstName: string | null;
  /** Last name, when set. */
  declare readonly lastName: string | null;
  /** Preferred locale (such as `en-US`), when set. */
  declare readonly locale: string | null;
  /**
   * Profile image URL under its old name, when still sent.
   * @deprecated Use {@link User.imageUrl}.
   */
  declare readonly profileImageUrl: string | null;
  /** URL of the profile image (or of the generated avatar), when sent. */
  declare readonly imageUrl: string | null;
  /** Whether the user has a real profile image rather than a generated avatar. */
  declare readonly hasImage: boolean;
  /** Metadata readable from the frontend and writable only from the backend, exactly as stored. */
  declare readonly publicMetadata: Record<string, unknown>;
  /** Metadata only the backend can read or write, exactly as stored; an empty object when the API sent none (as in v4). */
  declare readonly privateMetadata: Record<string, unknown>;
  /** Metadata the frontend can read and write, exactly as stored; an empty object when the API sent none (as in v4). */
  declare readonly unsafeMetadata: Record<string, unknown>;
  /** All email addresses, the primary one included. */
  declare readonly emailAddresses: EmailAddress[];
  /** All phone numbers, the primary one included. */
  declare readonly phoneNumbers: PhoneNumber[];
  /** All web3 wallets, the primary one included. */
  declare readonly web3Wallets: Web3Wallet[];
  /** Registered passkeys. */
  declare readonly passkeys: Passkey[];
  /** Whether the user has a password. */
  declare readonly passwordEnabled: boolean;
  /** Whether any second factor is enabled. */
  declare readonly twoFactorEnabled: boolean;
  /** Whether an authenticator app (TOTP) is set up. */
  declare readonly totpEnabled: boolean;
  /** Whether backup codes are set up. */
  declare readonly backupCodeEnabled: boolean;
  /** When multi-factor authentication was last turned on, Unix milliseconds. */
  declare readonly mfaEnabledAt: number | null;
  /** When multi-factor authentication was last turned off, Unix milliseconds. */
  declare readonly mfaDisabledAt: number | null;
  /** When the password last changed, Unix milliseconds; null when unknown or never set. */
  declare readonly passwordLastUpdatedAt: number | null;
  /** Connected OAuth accounts, verified or not. */
  declare readonly externalAccounts: ExternalAccount[];
  /** SAML accounts. */
  declare readonly samlAccounts: SamlAccount[];
  /** Enterprise (SAML or OIDC) accounts. */
  declare readonly enterpriseAccounts: EnterpriseAccount[];
  /** Organization memberships, when the response embeds them (empty otherwise). */
  declare readonly organizationMemberships: OrganizationMembership[];
  /** Last sign-in time, Unix milliseconds; null if the user never signed in. */
  declare readonly lastSignInAt: number | null;
  /** Whether the user is banned from signing in. */
  declare readonly banned: boolean;
  /** Whether the user is locked out after too many failed attempts. */
  declare readonly locked: boolean;
  /** Whether the user was deprovisioned by a directory, when reported. */
  declare readonly deprovisioned: boolean | null;
  /** Seconds until a lockout ends, when locked. */
  declare readonly lockoutExpiresInSeconds: number | null;
  /** Verification attempts left before a lockout, when lockout is enabled. */
  declare readonly verificationAttemptsRemaining: number | null;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Whether the user may delete their own account from the frontend. */
  declare readonly deleteSelfEnabled: boolean;
  /** Whether the user may create organizations from the frontend. */
  declare readonly createOrganizationEnabled: boolean;
  /** How many organizations the user may create (0 means no limit); null when not set. */
  declare readonly createOrganizationsLimit: number | null;
  /** Last activity time, Unix milliseconds. */
  declare readonly lastActiveAt: number | null;
  /** When the user accepted the legal terms, Unix milliseconds. */
  declare readonly legalAcceptedAt: number | null;
  /** Whether the user skips device trust checks at sign-in, when reported. */
  declare readonly bypassClientTrust: boolean | null;
  /** Directory (SCIM) details, for users provisioned through one. */
  declare readonly scim: UserScim | null;
  /** Builds an User from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: UserJSON) => User;

  /** Maps the wire JSON; prefer {@link User.fromJSON}. */
  constructor(data: UserJSON) {
    super(data);
    this.id = data.id;
    this.externalId = data.external_id ?? null;
    this.primaryEmailAddressId = data.primary_email_address_id ?? null;
    this.primaryPhoneNumberId = data.primary_phone_number_id ?? null;
    this.primaryWeb3WalletId = data.primary_web3_wallet_id ?? null;
    this.username = data.username ?? null;
    this.firstName = data.first_name ?? null;
    this.lastName = data.last_name ?? null;
    this.locale = data.locale ?? null;
    this.profileImageUrl = data.profile_image_url ?? null;
    this.imageUrl = data.image_url ?? null;
    this.hasImage = data.has_image;
    this.publicMetadata = data.public_metadata ?? {};
    this.privateMetadata = data.private_metadata ?? {};
    this.unsafeMetadata = data.unsafe_metadata ?? {};
    this.emailAddresses = (data.email_addresses ?? []).map(EmailAddress.fromJSON);
    this.phoneNumbers = (data.phone_numbers ?? []).map(PhoneNumber.fromJSON);
    this.web3Wallets = (data.web3_wallets ?? []).map(Web3Wallet.fromJSON);
    this.passkeys = (data.passkeys ?? []).map(Passkey.fromJSON);
    this.passwordEnabled = data.password_enabled;
    this.twoFactorEnabled = data.two_factor_enabled;
    this.totpEnabled = data.totp_enabled;
    this.backupCodeEnabled = data.backup_code_enabled;
    this.mfaEnabledAt = data.mfa_enabled_at ?? null;
    this.mfaDisabledAt = data.mfa_disabled_at ?? null;
    this.passwordLastUpdatedAt = data.password_last_updated_at ?? null;
    this.externalAccounts = (data.external_accounts ?? []).map(ExternalAccount.fromJSON);
    this.samlAccounts = (data.saml_accounts ?? []).map(SamlAccount.fromJSON);
    this.enterpriseAccounts = (data.enterprise_accounts ?? []).map(EnterpriseAccount.fromJSON);
    this.organizationMemberships = (data.organization_memberships ?? []).map(OrganizationMembership.fromJSON);
    this.lastSignInAt = data.last_sign_in_at ?? null;
    this.banned = data.banned;
    this.locked = data.locked;
    this.deprovisioned = data.deprovisioned ?? null;
    this.lockoutExpiresInSeconds = data.lockout_expires_in_seconds ?? null;
    this.verificationAttemptsRemaining = data.verification_attempts_remaining ?? null;
    this.updatedAt = data.updated_at;
    this.createdAt = data.created_at;
    this.deleteSelfEnabled = data.delete_self_enabled;
    this.createOrganizationEnabled = data.create_organization_enabled;
    this.createOrganizationsLimit = data.create_organizations_limit ?? null;
    this.lastActiveAt = data.last_active_at ?? null;
    this.legalAcceptedAt = data.legal_accepted_at ?? null;
    this.bypassClientTrust = data.bypass_client_trust ?? null;
    this.scim = data.scim ? UserScim.fromJSON(data.scim) : null;
  }
  // </generated:User>

  /** The email address whose id is {@link User.primaryEmailAddressId}, or null when there is none. */
  get primaryEmailAddress(): EmailAddress | null {
    const id = this.primaryEmailAddressId;
    return id === null ? null : (this.emailAddresses.find((item) => item.id === id) ?? null);
  }

  /** The phone number whose id is {@link User.primaryPhoneNumberId}, or null when there is none. */
  get primaryPhoneNumber(): PhoneNumber | null {
    const id = this.primaryPhoneNumberId;
    return id === null ? null : (this.phoneNumbers.find((item) => item.id === id) ?? null);
  }

  /** The wallet whose id is {@link User.primaryWeb3WalletId}, or null when there is none. */
  get primaryWeb3Wallet(): Web3Wallet | null {
    const id = this.primaryWeb3WalletId;
    return id === null ? null : (this.web3Wallets.find((item) => item.id === id) ?? null);
  }

  /** First and last name joined by a space; just one of them when the other is missing; null when both are. */
  get fullName(): string | null {
    const name = [this.firstName, this.lastName].filter((part) => part).join(' ');
    return name === '' ? null : name;
  }
}
