import { toSnakeCase } from '../core/case';
import { listPromise, toPaginatedList, type ListPromise, type PaginatedList, type PaginationParams } from '../core/pagination';
import { path } from '../core/path';
import { DeletedObject } from '../models/DeletedObject';
import { OauthAccessToken } from '../models/OauthAccessToken';
import { OrganizationMembership } from '../models/OrganizationMembership';
import { User, type UserJSON } from '../models/User';
import { AbstractAPI } from './AbstractAPI';

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
}

/**
 * Parameters of {@link UserAPI.getUserList}.
 * @public
 */
export interface GetUserListParams extends UserFilterParams {
  /** Users per page (1 to 500; the API's default is 10). */
  limit?: number;
  /** Users to skip. */
  offset?: number;
  /** Sort field, prefixed with `-` for descending or `+` (or nothing) for ascending. The API's default is `-created_at`. */
  orderBy?: UserListOrderField | `+${UserListOrderField}` | `-${UserListOrderField}`;
  /**
   * Cursor: start after the user with this id. Only works with `created_at` ordering and no offset. When the list
   * is iterated with `for await`, each further page starts after the last user of the page before.
   */
  startingAfter?: string;
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
  /** The user's id in your own systems; unique across the instance. */
  externalId?: string;
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
  username?: string;
  /** Plain-text password; it is checked against the password policy unless `skipPasswordChecks` is set. */
  password?: string;
  /** An existing password hash to import instead of a plain password. */
  passwordDigest?: string;
  /** Algorithm that produced `passwordDigest`, such as `bcrypt`, `argon2id`, `pbkdf2_sha256` or `scrypt_firebase`. */
  passwordHasher?: string;
  /** First name. */
  firstName?: string;
  /** Last name. */
  lastName?: string;
  /** Preferred locale, such as `en-US`. */
  locale?: string;
  /** Skip the password policy checks for `password`. */
  skipPasswordChecks?: boolean;
  /** Create the user without a password even if the instance requires one. */
  skipPasswordRequirement?: boolean;
  /** Create the user without the identifiers the instance requires (for migrations). */
  skipUserRequirement?: boolean;
  /** TOTP secret to enable an authenticator app right away. */
  totpSecret?: string;
  /** Backup codes to enable right away. */
  backupCodes?: string[];
  /** Metadata readable from the frontend; sent with its keys untouched. */
  publicMetadata?: Record<string, unknown>;
  /** Metadata only the backend can read; sent with its keys untouched. */
  privateMetadata?: Record<string, unknown>;
  /** Metadata the frontend can read and write; sent with its keys untouched. */
  unsafeMetadata?: Record<string, unknown>;
  /** Whether the user may delete their own account. */
  deleteSelfEnabled?: boolean;
  /** Whether the user may create organizations. */
  createOrganizationEnabled?: boolean;
  /** How many organizations the user may create (0 means no limit). */
  createOrganizationsLimit?: number;
  /** When the user accepted the legal terms (a Date or an RFC 3339 string). */
  legalAcceptedAt?: Date | string;
  /** Skip the legal-acceptance requirement. */
  skipLegalChecks?: boolean;
  /** Backdate the sign-up time (a Date or an RFC 3339 string). */
  createdAt?: Date | string;
  /** Let the user skip device trust checks at sign-in. */
  bypassClientTrust?: boolean;
  /** Create the user already banned. */
  banned?: boolean;
  /** Create the user already locked. */
  locked?: boolean;
}

/**
 * Parameters of {@link UserAPI.updateUser}. Omitted fields are left unchanged.
 * @public
 */
export interface UpdateUserParams {
  /** First name; null clears it. */
  firstName?: string | null;
  /** Last name; null clears it. */
  lastName?: string | null;
  /** Username; null or `''` removes it. */
  username?: string | null;
  /** Preferred locale, such as `en-US`. */
  locale?: string | null;
  /** New plain-text password. */
  password?: string;
  /** An existing password hash to set instead of a plain password. */
  passwordDigest?: string;
  /** Algorithm that produced `passwordDigest`. */
  passwordHasher?: string;
  /** Skip the password policy checks for `password`. */
  skipPasswordChecks?: boolean;
  /** Sign the user out of their other sessions once the password changes. */
  signOutOfOtherSessions?: boolean;
  /** Id of a verified email address of the user to make primary. */
  primaryEmailAddressID?: string;
  /** Email the previous primary address when `primaryEmailAddressID` changes it. */
  notifyPrimaryEmailAddressChanged?: boolean;
  /** Id of a verified phone number of the user to make primary. */
  primaryPhoneNumberID?: string;
  /** Id of a verified web3 wallet of the user to make primary. */
  primaryWeb3WalletID?: string;
  /** Id of an uploaded image to use as the profile image. */
  profileImageID?: string;
  /** TOTP secret to enable an authenticator app. */
  totpSecret?: string;
  /** Backup codes to enable. */
  backupCodes?: string[];
  /** The user's id in your own systems. */
  externalId?: string | null;
  /** Backdate the sign-up time (a Date or an RFC 3339 string). */
  createdAt?: Date | string;
  /** Whether the user may delete their own account. */
  deleteSelfEnabled?: boolean;
  /** Whether the user may create organizations. */
  createOrganizationEnabled?: boolean;
  /** How many organizations the user may create (0 means no limit). */
  createOrganizationsLimit?: number;
  /** When the user accepted the legal terms (a Date or an RFC 3339 string). */
  legalAcceptedAt?: Date | string;
  /** Skip the legal-acceptance requirement. */
  skipLegalChecks?: boolean;
  /** Let the user skip device trust checks at sign-in. */
  bypassClientTrust?: boolean;
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
  /** Merged into the public metadata; a key set to null is removed. */
  publicMetadata?: Record<string, unknown>;
  /** Merged into the private metadata; a key set to null is removed. */
  privateMetadata?: Record<string, unknown>;
  /** Merged into the unsafe metadata; a key set to null is removed. */
  unsafeMetadata?: Record<string, unknown>;
}

/**
 * Parameters of {@link UserAPI.updateUserProfileImage}.
 * @public
 */
export interface UpdateUserProfileImageParams {
  /** The image to upload (a Blob or File). */
  file: Blob;
}

/**
 * Parameters of {@link UserAPI.getOrganizationMembershipList}.
 * @public
 */
export interface GetUserOrganizationMembershipListParams {
  /** Id of the user whose memberships to list. */
  userId: string;
  /** Memberships per page. */
  limit?: number;
  /** Memberships to skip. */
  offset?: number;
}

/**
 * Parameters of {@link UserAPI.verifyPassword}.
 * @public
 */
export interface VerifyPasswordParams {
  /** Id of the user. */
  userId: string;
  /** The password to check. */
  password: string;
}

/**
 * Parameters of {@link UserAPI.verifyTOTP}.
 * @public
 */
export interface VerifyTOTPParams {
  /** Id of the user. */
  userId: string;
  /** A code from the user's authenticator app, or one of their backup codes. */
  code: string;
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

// The body fields PATCH /users/{user_id} accepts under 2026-05-12 (metadata is not among them).
const UPDATE_USER_FIELDS: ReadonlySet<string> = new Set([
  'external_id',
  'first_name',
  'last_name',
  'locale',
  'primary_email_address_id',
  'notify_primary_email_address_changed',
  'primary_phone_number_id',
  'primary_web3_wallet_id',
  'username',
  'profile_image_id',
  'password',
  'password_digest',
  'password_hasher',
  'skip_password_checks',
  'sign_out_of_other_sessions',
  'totp_secret',
  'backup_codes',
  'delete_self_enabled',
  'create_organization_enabled',
  'legal_accepted_at',
  'skip_legal_checks',
  'create_organizations_limit',
  'created_at',
  'bypass_client_trust',
]);

// GET /users/count takes the list filters but none of the paging or sorting parameters.
function countFilters(params: GetUserListParams): GetUserCountParams {
  const { limit: _limit, offset: _offset, orderBy: _orderBy, startingAfter: _startingAfter, ...filters } = params;
  return filters;
}

/**
 * Reads and manages users.
 * @public
 */
export class UserAPI extends AbstractAPI {
  /**
   * Lists users matching the filters, newest first unless `orderBy` says otherwise. Await it for one page, or
   * iterate it with `for await` for every page.
   *
   * The list endpoint answers a bare array, so the awaited page's `totalCount` comes from a `GET /users/count`
   * with the same filters, sent alongside the first page only; later pages reuse that total. The two requests are
   * separate, so the total can be off by the users created or deleted in between.
   * @param params - Filters, paging and sort order.
   * @returns A list promise of {@link User}.
   * @throws {@link ClerkAPIResponseError} when either request fails (for example 422 on a bad `orderBy`).
   */
  getUserList(params: GetUserListParams = {}): ListPromise<User> {
    const filters = countFilters(params);
    let total: Promise<number> | undefined;
    // With a cursor, each further page starts after the last user seen so far: offset N maps to the id at N.
    const cursors = new Map<number, string>();
    const fetchPage = (page: GetUserListParams): Promise<PaginatedList<User>> => {
      total ??= this.getCount(filters);
      const pageOffset = page.offset ?? 0;
      let query: GetUserListParams = page;
      if (params.startingAfter !== undefined && page.offset !== params.offset) {
        const { offset: _offset, ...rest } = page;
        query = { ...rest, startingAfter: cursors.get(pageOffset) ?? params.startingAfter };
      }
      const users = this.request({
        method: 'GET',
        path: '/users',
        query: { ...query },
        deserialize: (json: UserJSON[]) => (Array.isArray(json) ? json : []).map(User.fromJSON),
      });
      return Promise.all([users, total]).then(([items, count]) => {
        const last = items[items.length - 1];
        if (last) cursors.set(pageOffset + items.length, last.id);
        return toPaginatedList(items, count);
      });
    };
    return listPromise(fetchPage, params);
  }

  /**
   * Counts the users matching the filters.
   * @param params - The same filters as {@link UserAPI.getUserList}; paging and sorting keys are ignored.
   * @returns The number of matching users.
   */
  getCount(params: GetUserCountParams = {}): Promise<number> {
    return this.request({
      method: 'GET',
      path: '/users/count',
      query: { ...countFilters(params) },
      deserialize: (json: { object: 'total_count'; total_count: number }) => json.total_count,
    });
  }

  /**
   * Fetches one user.
   * @param userId - Id of the user.
   * @returns The {@link User}.
   * @throws {@link ClerkAPIResponseError} 404 when no such user exists; {@link ClerkSDKError} `invalid_argument` when the id is empty (nothing is sent).
   */
  getUser(userId: string): Promise<User> {
    return this.request({ method: 'GET', path: path`/users/${userId}`, deserialize: User.fromJSON });
  }

  /**
   * Creates a user. Metadata objects are sent with their keys exactly as given.
   * @param params - Identifiers, password, names, metadata and flags of the new user.
   * @returns The new {@link User}.
   * @throws {@link ClerkAPIResponseError} 422 when an identifier is taken or invalid, or the password is rejected.
   */
  createUser(params: CreateUserParams): Promise<User> {
    return this.request({ method: 'POST', path: '/users', body: { ...params }, deserialize: User.fromJSON });
  }

  /**
   * Updates a user's attributes, and replaces any metadata object given.
   *
   * Since API version 2026-05-12 `PATCH /users/{id}` no longer takes metadata. v4 sent metadata in that PATCH,
   * where each given object replaced the stored one and the other objects were left alone. Of the two metadata
   * endpoints, only `PUT /users/{id}/metadata` does exactly that (`PATCH …/metadata` deep-merges instead), so the
   * metadata goes there. The attributes go first in a `PATCH /users/{id}` (skipped when only metadata is given),
   * then the metadata in a PUT (skipped when none is given). If the PATCH fails, the metadata is not sent. Only the
   * fields the 2026-05-12 PATCH body lists are sent; unknown keys are dropped.
   * @param userId - Id of the user.
   * @param params - Attributes to change and metadata objects to replace.
   * @returns The {@link User} as the last request left it.
   * @throws {@link ClerkAPIResponseError} from whichever request failed (for example 422 on a taken username).
   */
  async updateUser(userId: string, params: UpdateUserParams = {}): Promise<User> {
    const { publicMetadata, privateMetadata, unsafeMetadata, ...rest } = params;
    const metadata: Record<string, unknown> = {};
    if (publicMetadata !== undefined) metadata.publicMetadata = publicMetadata;
    if (privateMetadata !== undefined) metadata.privateMetadata = privateMetadata;
    if (unsafeMetadata !== undefined) metadata.unsafeMetadata = unsafeMetadata;
    const fields: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(rest)) {
      if (value !== undefined && UPDATE_USER_FIELDS.has(toSnakeCase(key))) fields[key] = value;
    }
    const hasMetadata = Object.keys(metadata).length > 0;
    let user: User | undefined;
    if (!hasMetadata || Object.keys(fields).length > 0) {
      user = await this.request({ method: 'PATCH', path: path`/users/${userId}`, body: fields, deserialize: User.fromJSON });
    }
    if (hasMetadata) {
      user = await this.request({ method: 'PUT', path: path`/users/${userId}/metadata`, body: metadata, deserialize: User.fromJSON });
    }
    return user as User;
  }

  /**
   * Uploads a new profile image for a user, as `multipart/form-data` with a `file` part.
   * @param userId - Id of the user.
   * @param params - `file`: the image, as a Blob or File.
   * @returns The updated {@link User}.
   * @throws {@link ClerkAPIResponseError} 400 or 422 when the file is missing or not an accepted image.
   */
  updateUserProfileImage(userId: string, params: UpdateUserProfileImageParams): Promise<User> {
    return this.request({
      method: 'POST',
      path: path`/users/${userId}/profile_image`,
      formData: { file: params.file },
      deserialize: User.fromJSON,
    });
  }

  /**
   * Deep-merges metadata into the user's stored metadata; nested keys set to null are removed.
   * @param userId - Id of the user.
   * @param params - Metadata objects to merge; their keys are sent exactly as given.
   * @returns The updated {@link User}.
   * @throws {@link ClerkAPIResponseError} 404 when no such user exists.
   */
  updateUserMetadata(userId: string, params: UpdateUserMetadataParams): Promise<User> {
    return this.request({
      method: 'PATCH',
      path: path`/users/${userId}/metadata`,
      body: { ...params },
      deserialize: User.fromJSON,
    });
  }

  /**
   * Deletes a user.
   * @param userId - Id of the user.
   * @returns A {@link DeletedObject} (v4 declared `User`, but the API has always answered this).
   * @throws {@link ClerkAPIResponseError} 404 when no such user exists.
   */
  deleteUser(userId: string): Promise<DeletedObject> {
    return this.request({ method: 'DELETE', path: path`/users/${userId}`, deserialize: DeletedObject.fromJSON });
  }

  /**
   * Fetches the OAuth access tokens Clerk holds for a user at one provider, refreshing an expired OAuth 2.0 token.
   * @param userId - Id of the user.
   * @param provider - The provider, as `oauth_google` (the v4 form, which the API expects) or just `google`; the
   *   `oauth_` prefix is added when missing.
   * @returns A list promise of {@link OauthAccessToken}.
   * @throws {@link ClerkAPIResponseError} 404 or 422 when the user has no account at that provider.
   */
  getUserOauthAccessToken(userId: string, provider: string): ListPromise<OauthAccessToken> {
    const key = typeof provider === 'string' && provider.trim() !== '' && !provider.startsWith('oauth_') ? `oauth_${provider}` : provider;
    // The endpoint answers a bare array unless asked for `paginated`, which also gives a real total.
    const query: PaginationParams & { paginated: boolean } = { paginated: true };
    return this.list({ path: path`/users/${userId}/oauth_access_tokens/${key}` }, query, OauthAccessToken.fromJSON);
  }

  /**
   * Removes all of a user's second factors (authenticator app, SMS codes, backup codes) at once.
   * @param userId - Id of the user.
   * @returns The API's JSON, `{ user_id }`, as v4 returned it (v4 declared `User`).
   * @throws {@link ClerkAPIResponseError} 404 when no such user exists.
   */
  disableUserMFA(userId: string): Promise<DisableUserMFAResponse> {
    return this.request<DisableUserMFAResponse>({ method: 'DELETE', path: path`/users/${userId}/mfa` });
  }

  /**
   * Lists a user's organization memberships. Await it for one page, or iterate it with `for await` for all.
   * @param params - `userId`, plus `limit` and `offset`.
   * @returns A list promise of {@link OrganizationMembership}.
   * @throws {@link ClerkAPIResponseError} 404 when no such user exists.
   */
  getOrganizationMembershipList(params: GetUserOrganizationMembershipListParams): ListPromise<OrganizationMembership> {
    const { userId, ...page } = params;
    return this.list({ path: path`/users/${userId}/organization_memberships` }, page, OrganizationMembership.fromJSON);
  }

  /**
   * Checks a password against the user's.
   * @param params - `userId` and the `password` to check.
   * @returns The API's JSON, `{ verified: true }`, as v4 returned it.
   * @throws {@link ClerkAPIResponseError} 422 when the password is wrong, 400 when the user has none, 404 when no such user exists.
   */
  verifyPassword(params: VerifyPasswordParams): Promise<VerifyPasswordResponse> {
    const { userId, password } = params;
    return this.request<VerifyPasswordResponse>({ method: 'POST', path: path`/users/${userId}/verify_password`, body: { password } });
  }

  /**
   * Checks an authenticator-app code or a backup code for the user; a matching backup code is used up.
   * @param params - `userId` and the `code` to check.
   * @returns The API's JSON, `{ verified: true, code_type }`, as v4 returned it.
   * @throws {@link ClerkAPIResponseError} 422 when the code is wrong, 400 when the user has no second factor, 404 when no such user exists.
   */
  verifyTOTP(params: VerifyTOTPParams): Promise<VerifyTOTPResponse> {
    const { userId, code } = params;
    return this.request<VerifyTOTPResponse>({ method: 'POST', path: path`/users/${userId}/verify_totp`, body: { code } });
  }
}
