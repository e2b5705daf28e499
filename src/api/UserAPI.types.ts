import type { PaginationParams } from '../core/pagination';
import type { FileUpload } from './AbstractAPI';
import type { OrderBy } from '../core/types';
import type { OrganizationInvitationStatus } from '../models/OrganizationInvitation';

/**
 * Fields {@link UserAPI.getUserList} can sort by.
 * @public
 */
export type UserListOrderField =
  | 'created_at'
  | 'updated_at'
  | 'email_address'
  | 'web3wallet'
  | 'first_name'
  | 'last_name'
  | 'phone_number'
  | 'username'
  | 'last_active_at'
  | 'last_sign_in_at';

/**
 * Filters shared by {@link UserAPI.getUserList} and {@link UserAPI.getCount}. Array filters match any of their values.
 * @public
 */
export interface UserFilterParams {
  // @params type lastActiveAtBefore?: number | Date
  // @params type lastActiveAtAfter?: number | Date
  // @params type lastActiveAtSince?: number | Date
  // @params type createdAtBefore?: number | Date
  // @params type createdAtAfter?: number | Date
  // @params type lastSignInAtBefore?: number | Date
  // @params type lastSignInAtAfter?: number | Date
  // <generated:UserFilterParams> from GetUsersCount
  /** Users with any of these email addresses (up to 100). */
  emailAddress?: string[];
  /** Users with any of these phone numbers (up to 100). */
  phoneNumber?: string[];
  /** Users with any of these external ids; prefix an id with `-` to exclude it instead (up to 100). */
  externalId?: string[];
  /** Users with any of these usernames (up to 100). */
  username?: string[];
  /** Users with any of these web3 wallet addresses (up to 100). */
  web3Wallet?: string[];
  /** Users with any of these ids; prefix an id with `-` to exclude it instead (up to 100). */
  userId?: string[];
  /** Members of any of these organizations; prefix an id with `-` to exclude its members instead (up to 100). */
  organizationId?: string[];
  /** Partial match against email addresses, phone numbers, usernames, wallets, ids and names. */
  query?: string;
  /** Case-insensitive partial match against email addresses. */
  emailAddressQuery?: string;
  /** Case-insensitive partial match against phone numbers. */
  phoneNumberQuery?: string;
  /** Case-insensitive partial match against usernames. */
  usernameQuery?: string;
  /** Case-insensitive partial match against first and last names. */
  nameQuery?: string;
  /** Only banned (true) or only not banned (false) users. */
  banned?: boolean;
  /** Users last active before this time (Unix milliseconds or a Date). */
  lastActiveAtBefore?: number | Date;
  /** Users last active after this time (Unix milliseconds or a Date). */
  lastActiveAtAfter?: number | Date;
  /**
   * Users active since this time (Unix milliseconds or a Date).
   * @deprecated Use `lastActiveAtAfter`.
   */
  lastActiveAtSince?: number | Date;
  /** Users created before this time (Unix milliseconds or a Date). */
  createdAtBefore?: number | Date;
  /** Users created after this time (Unix milliseconds or a Date). */
  createdAtAfter?: number | Date;
  /** Users whose last sign-in was before this time (Unix milliseconds or a Date). */
  lastSignInAtBefore?: number | Date;
  /** Users whose last sign-in was after this time (Unix milliseconds or a Date). */
  lastSignInAtAfter?: number | Date;
  /** OAuth provider (such as `oauth_google`) that `providerUserId` refers to; use the two together. */
  provider?: string;
  /** Users with any of these ids at `provider` (up to 100). */
  providerUserId?: string[];
  // </generated:UserFilterParams>
}

/**
 * Parameters of {@link UserAPI.getUserList}.
 * @public
 */
export interface GetUserListParams extends UserFilterParams, PaginationParams {
  // @params type orderBy?: OrderBy<UserListOrderField>
  // <generated:GetUserListParams> from GetUserList
  /**
   * Cursor: start after the user with this id. Only works with `created_at` ordering and no offset. When the list
   * is iterated with `for await`, each further page starts after the last user of the page before.
   */
  startingAfter?: string;
  /** Sort field, prefixed with `-` for descending or `+` (or nothing) for ascending. The API's default is `-created_at`. */
  orderBy?: OrderBy<UserListOrderField>;
  // </generated:GetUserListParams>
}

/**
 * Parameters of {@link UserAPI.getCount}: the same filters as {@link UserAPI.getUserList}.
 * @public
 */
export type GetUserCountParams = UserFilterParams;

/**
 * Parameters of {@link UserAPI.createUser}. At least one identifier the instance requires must be given.
 * @public
 */
export interface CreateUserParams {
  // @params type legalAcceptedAt?: Date | string | null
  // @params type createdAt?: Date | string | null
  // <generated:CreateUserParams> from CreateUser
  /** The user's id in your own systems; unique across the instance. */
  externalId?: string | null;
  /** First name. */
  firstName?: string | null;
  /** Last name. */
  lastName?: string | null;
  /** Preferred locale, such as `en-US`. */
  locale?: string | null;
  /** Email addresses to add; the first becomes primary. */
  emailAddress?: string[];
  /** Status each email address is created with, by position: `verified` (default) or `reserved`. */
  emailAddressIdentificationStatus?: Array<'verified' | 'reserved'>;
  /** Phone numbers to add, E.164; the first becomes primary. */
  phoneNumber?: string[];
  /** Status each phone number is created with, by position: `verified` (default) or `reserved`. */
  phoneNumberIdentificationStatus?: Array<'verified' | 'reserved'>;
  /** Web3 wallet addresses to add; the first becomes primary. */
  web3Wallet?: string[];
  /** Username; unique across the instance. */
  username?: string | null;
  /** Plain-text password; it is checked against the password policy unless `skipPasswordChecks` is set. */
  password?: string | null;
  /** An existing password hash to import instead of a plain password. */
  passwordDigest?: string | null;
  /** Algorithm that produced `passwordDigest`, such as `bcrypt`, `argon2id`, `pbkdf2_sha256` or `scrypt_firebase`. */
  passwordHasher?: string;
  /** Skip the password policy checks for `password`. */
  skipPasswordChecks?: boolean | null;
  /** Create the user without a password even if the instance requires one. */
  skipPasswordRequirement?: boolean | null;
  /** TOTP secret to enable an authenticator app right away. */
  totpSecret?: string | null;
  /** Backup codes to enable right away. */
  backupCodes?: string[];
  /** Metadata readable from the frontend; sent with its keys untouched. */
  publicMetadata?: Record<string, unknown>;
  /** Metadata only the backend can read; sent with its keys untouched. */
  privateMetadata?: Record<string, unknown>;
  /** Metadata the frontend can read and write; sent with its keys untouched. */
  unsafeMetadata?: Record<string, unknown>;
  /** Whether the user may delete their own account. */
  deleteSelfEnabled?: boolean | null;
  /** When the user accepted the legal terms (a Date or an RFC 3339 string). */
  legalAcceptedAt?: Date | string | null;
  /** Skip the legal-acceptance requirement. */
  skipLegalChecks?: boolean | null;
  /** Create the user without the identifiers the instance requires (for migrations). */
  skipUserRequirement?: boolean | null;
  /** Whether the user may create organizations. */
  createOrganizationEnabled?: boolean | null;
  /** How many organizations the user may create (0 means no limit). */
  createOrganizationsLimit?: number | null;
  /** Backdate the sign-up time (a Date or an RFC 3339 string). */
  createdAt?: Date | string | null;
  /** Let the user skip device trust checks at sign-in. */
  bypassClientTrust?: boolean | null;
  /** Create the user already banned. */
  banned?: boolean | null;
  /** Create the user already locked. */
  locked?: boolean | null;
  // </generated:CreateUserParams>
}

/**
 * Parameters of {@link UserAPI.updateUser}. Omitted fields are left unchanged.
 * @public
 */
export interface UpdateUserParams {
  // @params rename primary_email_address_id: primaryEmailAddressID
  // @params rename primary_phone_number_id: primaryPhoneNumberID
  // @params rename primary_web3_wallet_id: primaryWeb3WalletID
  // @params rename profile_image_id: profileImageID
  // @params type legalAcceptedAt?: Date | string | null
  // @params type createdAt?: Date | string | null
  // <generated:UpdateUserParams> from UpdateUser
  /** The user's id in your own systems. */
  externalId?: string | null;
  /** First name; null clears it. */
  firstName?: string | null;
  /** Last name; null clears it. */
  lastName?: string | null;
  /** Preferred locale, such as `en-US`. */
  locale?: string | null;
  /** Id of a verified email address of the user to make primary. */
  primaryEmailAddressID?: string | null;
  /** Email the previous primary address when `primaryEmailAddressID` changes it. */
  notifyPrimaryEmailAddressChanged?: boolean | null;
  /** Id of a verified phone number of the user to make primary. */
  primaryPhoneNumberID?: string | null;
  /** Id of a verified web3 wallet of the user to make primary. */
  primaryWeb3WalletID?: string | null;
  /** Username; null or `''` removes it. */
  username?: string | null;
  /** Id of an uploaded image to use as the profile image. */
  profileImageID?: string | null;
  /** New plain-text password. */
  password?: string | null;
  /** An existing password hash to set instead of a plain password. */
  passwordDigest?: string;
  /** Algorithm that produced `passwordDigest`. */
  passwordHasher?: string;
  /** Skip the password policy checks for `password`. */
  skipPasswordChecks?: boolean | null;
  /** Sign the user out of their other sessions once the password changes. */
  signOutOfOtherSessions?: boolean | null;
  /** TOTP secret to enable an authenticator app. */
  totpSecret?: string | null;
  /** Backup codes to enable. */
  backupCodes?: string[];
  /** Whether the user may delete their own account. */
  deleteSelfEnabled?: boolean | null;
  /** Whether the user may create organizations. */
  createOrganizationEnabled?: boolean | null;
  /** When the user accepted the legal terms (a Date or an RFC 3339 string). */
  legalAcceptedAt?: Date | string | null;
  /** Skip the legal-acceptance requirement. */
  skipLegalChecks?: boolean | null;
  /** How many organizations the user may create (0 means no limit). */
  createOrganizationsLimit?: number | null;
  /** Backdate the sign-up time (a Date or an RFC 3339 string). */
  createdAt?: Date | string | null;
  /** Let the user skip device trust checks at sign-in. */
  bypassClientTrust?: boolean | null;
  // </generated:UpdateUserParams>
  /** Replaces the whole public metadata object (sent to the metadata endpoint, see {@link UserAPI.updateUser}). */
  publicMetadata?: Record<string, unknown>;
  /** Replaces the whole private metadata object (sent to the metadata endpoint). */
  privateMetadata?: Record<string, unknown>;
  /** Replaces the whole unsafe metadata object (sent to the metadata endpoint). */
  unsafeMetadata?: Record<string, unknown>;
}

/**
 * Parameters of {@link UserAPI.updateUserMetadata}. Each object is deep-merged into the stored one.
 * @public
 */
export interface UpdateUserMetadataParams {
  // <generated:UpdateUserMetadataParams> from UpdateUserMetadata
  /** Merged into the public metadata; a key set to null is removed. */
  publicMetadata?: Record<string, unknown>;
  /** Merged into the private metadata; a key set to null is removed. */
  privateMetadata?: Record<string, unknown>;
  /** Merged into the unsafe metadata; a key set to null is removed. */
  unsafeMetadata?: Record<string, unknown>;
  // </generated:UpdateUserMetadataParams>
}

/**
 * Parameters of {@link UserAPI.updateUserProfileImage}.
 * @public
 */
export interface UpdateUserProfileImageParams {
  // @params type file: FileUpload
  // <generated:UpdateUserProfileImageParams> from SetUserProfileImage
  /** The image to upload: a Blob, File, Buffer or Uint8Array. */
  file: FileUpload;
  // </generated:UpdateUserProfileImageParams>
}

/**
 * Parameters of {@link UserAPI.getOrganizationMembershipList}.
 * @public
 */
export interface GetUserOrganizationMembershipListParams extends PaginationParams {
  // @params path user_id
  // <generated:GetUserOrganizationMembershipListParams> from UsersGetOrganizationMemberships
  /** Id of the user whose memberships to list. */
  userId: string;
  // </generated:GetUserOrganizationMembershipListParams>
}

/**
 * Parameters of {@link UserAPI.verifyPassword}.
 * @public
 */
export interface VerifyPasswordParams {
  // @params path user_id
  // <generated:VerifyPasswordParams> from VerifyPassword
  /** Id of the user. */
  userId: string;
  /** The password to check. */
  password: string;
  // </generated:VerifyPasswordParams>
}

/**
 * Parameters of {@link UserAPI.verifyTOTP}.
 * @public
 */
export interface VerifyTOTPParams {
  // @params path user_id
  // <generated:VerifyTOTPParams> from VerifyTOTP
  /** Id of the user. */
  userId: string;
  /** A code from the user's authenticator app, or one of their backup codes. */
  code: string;
  // </generated:VerifyTOTPParams>
}

/**
 * What {@link UserAPI.disableUserMFA} resolves to: the API's JSON, as v4 returned it.
 * @public
 */
export interface DisableUserMFAResponse {
  /** Id of the user whose second factors were removed. */
  user_id: string;
}

/**
 * What {@link UserAPI.verifyPassword} resolves to: the API's JSON, as v4 returned it.
 * @public
 */
export interface VerifyPasswordResponse {
  /** True: a wrong password is reported as an error instead. */
  verified: boolean;
}

/**
 * What {@link UserAPI.verifyTOTP} resolves to: the API's JSON, as v4 returned it.
 * @public
 */
export interface VerifyTOTPResponse {
  /** True: a wrong code is reported as an error instead. */
  verified: boolean;
  /** Which kind of code matched. */
  code_type: 'totp' | 'backup_code';
}

/**
 * Parameters of {@link UserAPI.replaceUserMetadata}. Each object given replaces the stored one whole; objects
 * left out stay as they are.
 * @public
 */
export interface ReplaceUserMetadataParams {
  // <generated:ReplaceUserMetadataParams> from ReplaceUserMetadata
  /** New public metadata, replacing the old object entirely; sent with its keys untouched. */
  publicMetadata?: Record<string, unknown>;
  /** New private metadata, replacing the old object entirely; sent with its keys untouched. */
  privateMetadata?: Record<string, unknown>;
  /** New unsafe metadata, replacing the old object entirely; sent with its keys untouched. */
  unsafeMetadata?: Record<string, unknown>;
  // </generated:ReplaceUserMetadataParams>
}

/**
 * Status an identifier is created with when it replaces a user's email addresses or phone numbers:
 * `verified` (the API's default) can sign in right away; `reserved` can sign in and is held for the user
 * although unverified; `unverified` can neither sign in nor is held, so it can lock the user out.
 * @public
 */
export type ReplacementIdentificationStatus = 'verified' | 'reserved' | 'unverified';

/**
 * Parameters of {@link UserAPI.replaceUserEmailAddress}.
 * @public
 */
export interface ReplaceUserEmailAddressParams {
  // @params type identificationStatus?: ReplacementIdentificationStatus
  // <generated:ReplaceUserEmailAddressParams> from ReplaceUserEmailAddress
  /** The address that becomes the user's one and only (primary) email address. */
  emailAddress: string;
  /** How the new address is created; the API's default is `verified`. */
  identificationStatus?: ReplacementIdentificationStatus;
  /** Email the previous primary address about the change (the API's default is false). */
  notifyPrimaryEmailAddressChanged?: boolean | null;
  // </generated:ReplaceUserEmailAddressParams>
}

/**
 * Parameters of {@link UserAPI.replaceUserPhoneNumber}.
 * @public
 */
export interface ReplaceUserPhoneNumberParams {
  // @params type identificationStatus?: ReplacementIdentificationStatus
  // <generated:ReplaceUserPhoneNumberParams> from ReplaceUserPhoneNumber
  /** The number, in E.164 format, that becomes the user's one and only (primary) phone number. */
  phoneNumber: string;
  /** How the new number is created; the API's default is `verified`. */
  identificationStatus?: ReplacementIdentificationStatus;
  // </generated:ReplaceUserPhoneNumberParams>
}

/**
 * Parameters of {@link UserAPI.banUserBulk} and {@link UserAPI.unbanUserBulk}.
 * @public
 */
export interface UserBulkBanParams {
  // <generated:UserBulkBanParams> from UsersBan, UsersUnban
  /** Ids of the users to act on (1 to 50). */
  userIds: string[];
  // </generated:UserBulkBanParams>
}

/**
 * Parameters of {@link UserAPI.getOrganizationInvitationList}.
 * @public
 */
export interface GetUserOrganizationInvitationListParams extends PaginationParams {
  // @params path user_id
  // @params type status?: OrganizationInvitationStatus
  // <generated:GetUserOrganizationInvitationListParams> from UsersGetOrganizationInvitations
  /** Id of the user whose invitations to list (matched by the user's email addresses). */
  userId: string;
  /** Only invitations in this state. */
  status?: OrganizationInvitationStatus;
  // </generated:GetUserOrganizationInvitationListParams>
}

/**
 * Parameters of {@link UserAPI.removePassword}.
 * @public
 */
export interface RemoveUserPasswordParams {
  // <generated:RemoveUserPasswordParams> from RemoveUserPassword
  /** Also end the sessions active when the request is processed (the API's default is false). */
  signOutOfOtherSessions?: boolean;
  // </generated:RemoveUserPasswordParams>
}

/**
 * Parameters of {@link UserAPI.deleteUserPasskey}.
 * @public
 */
export interface DeleteUserPasskeyParams {
  // @params path user_id, passkey_identification_id
  // <generated:DeleteUserPasskeyParams> from UserPasskeyDelete
  /** Id of the user who owns the passkey. */
  userId: string;
  /** Id of the passkey identification to delete. */
  passkeyIdentificationId: string;
  // </generated:DeleteUserPasskeyParams>
}

/**
 * Parameters of {@link UserAPI.deleteUserWeb3Wallet}.
 * @public
 */
export interface DeleteUserWeb3WalletParams {
  // @params path user_id, web3_wallet_identification_id
  // <generated:DeleteUserWeb3WalletParams> from UserWeb3WalletDelete
  /** Id of the user who owns the wallet. */
  userId: string;
  /** Id of the web3 wallet identification to delete. */
  web3WalletIdentificationId: string;
  // </generated:DeleteUserWeb3WalletParams>
}

/**
 * Parameters of {@link UserAPI.deleteUserExternalAccount}.
 * @public
 */
export interface DeleteUserExternalAccountParams {
  // @params path user_id, external_account_id
  // <generated:DeleteUserExternalAccountParams> from DeleteExternalAccount
  /** Id of the user who connected the account. */
  userId: string;
  /** Id of the external account to delete. */
  externalAccountId: string;
  // </generated:DeleteUserExternalAccountParams>
}

/**
 * Parameters of {@link UserAPI.setPasswordCompromised}.
 * @public
 */
export interface SetUserPasswordCompromisedParams {
  // <generated:SetUserPasswordCompromisedParams> from SetUserPasswordCompromised
  /** Also end every session of the user, so they must sign in (and reset the password) again. */
  revokeAllSessions?: boolean | null;
  // </generated:SetUserPasswordCompromisedParams>
}

/**
 * What {@link UserAPI.deleteUserBackupCodes} and {@link UserAPI.deleteUserTOTP} resolve to.
 * @public
 */
export interface DeletedUserFactorResponse {
  /** Id of the user whose second factor was removed. */
  userId: string;
}
