import { listPromise, parseList, toPaginatedList, type ListPromise, type PaginatedList, type PaginationParams } from '../core/pagination';
import { DeletedObject } from '../models/DeletedObject';
import { EmailAddress } from '../models/EmailAddress';
import { OauthAccessToken } from '../models/OauthAccessToken';
import { OrganizationInvitationWithPublicOrganizationData } from '../models/OrganizationInvitationWithPublicOrganizationData';
import { OrganizationMembership } from '../models/OrganizationMembership';
import { PhoneNumber } from '../models/PhoneNumber';
import { TrustedDevice } from '../models/TrustedDevice';
import { User, type UserJSON } from '../models/User';
import { AbstractAPI } from './AbstractAPI';
import type { RequestOptions } from '../core/types';
import type {
  CreateUserParams,
  DeletedUserFactorResponse,
  DeleteUserExternalAccountParams,
  DeleteUserPasskeyParams,
  DeleteUserWeb3WalletParams,
  DisableUserMFAResponse,
  GetUserCountParams,
  GetUserListParams,
  GetUserOrganizationInvitationListParams,
  GetUserOrganizationMembershipListParams,
  RemoveUserPasswordParams,
  ReplaceUserEmailAddressParams,
  ReplaceUserMetadataParams,
  ReplaceUserPhoneNumberParams,
  SetUserPasswordCompromisedParams,
  UpdateUserMetadataParams,
  UpdateUserParams,
  UpdateUserProfileImageParams,
  UserBulkBanParams,
  VerifyPasswordParams,
  VerifyPasswordResponse,
  VerifyTOTPParams,
  VerifyTOTPResponse,
} from './UserAPI.types';

export * from './UserAPI.types';

// GET /users/count takes the list filters but none of the paging or sorting parameters.
function countFilters(params: GetUserListParams): GetUserCountParams {
  const { limit: _limit, offset: _offset, orderBy: _orderBy, startingAfter: _startingAfter, ...filters } = params;
  return filters;
}

// The bulk ban endpoints answer a bare array of users.
function toUsers(json: UserJSON[]): User[] {
  return parseList(json, User.fromJSON);
}

function toFactorResponse(json: { user_id: string }): DeletedUserFactorResponse {
  return { userId: json.user_id };
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
   * @param options - Per-call request options (signal, timeout, maxRetries, headers), applied to every page fetched.
   * @returns A list promise of {@link User}.
   * @throws {@link ClerkAPIResponseError} when either request fails (for example 422 on a bad `orderBy`).
   */
  getUserList(params: GetUserListParams = {}, options?: RequestOptions): ListPromise<User> {
    const rejected = this.checkParams('users.getUserList', params, 'optional');
    if (rejected) return this.failedList(rejected);
    const filters = countFilters(params);
    let total: Promise<number> | undefined;
    // With a cursor, each further page starts after the last user seen so far: offset N maps to the id at N.
    const cursors = new Map<number, string>();
    const fetchPage = (page: GetUserListParams): Promise<PaginatedList<User>> => {
      total ??= this.getCount(filters, options);
      const pageOffset = page.offset ?? 0;
      let query: GetUserListParams = page;
      if (params.startingAfter !== undefined && page.offset !== params.offset) {
        const { offset: _offset, ...rest } = page;
        query = { ...rest, startingAfter: cursors.get(pageOffset) ?? params.startingAfter };
      }
      const users = this.send('users.getUserList GET /users', [], query, (json: UserJSON[]) => Array.from(parseList(json, User.fromJSON)), options);
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
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The number of matching users.
   */
  getCount(params: GetUserCountParams = {}, options?: RequestOptions): Promise<number> {
    const rejected = this.checkParams('users.getCount', params, 'optional');
    if (rejected) return rejected;
    return this.send(
      'users.getCount GET /users/count',
      [],
      countFilters(params),
      (json: { object: 'total_count'; total_count: number }) => json.total_count,
      options,
    );
  }

  /**
   * Fetches one user.
   * @param userId - Id of the user.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link User}.
   * @throws {@link ClerkAPIResponseError} 404 when no such user exists; {@link ClerkSDKError} `invalid_argument` when the id is empty (nothing is sent).
   */
  getUser(userId: string, options?: RequestOptions): Promise<User> {
    return this.send('users.getUser GET /users/{}', [userId], undefined, User.fromJSON, options);
  }

  /**
   * Creates a user. Metadata objects are sent with their keys exactly as given.
   * @param params - Identifiers, password, names, metadata and flags of the new user.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The new {@link User}.
   * @throws {@link ClerkAPIResponseError} 422 when an identifier is taken or invalid, or the password is rejected.
   */
  createUser(params: CreateUserParams, options?: RequestOptions): Promise<User> {
    return this.send('users.createUser POST /users jr private_metadata,public_metadata,unsafe_metadata', [], params, User.fromJSON, options, 'required');
  }

  /**
   * Updates a user's attributes, and replaces any metadata object given.
   *
   * Since API version 2026-05-12 `PATCH /users/{id}` no longer takes metadata. v4 sent metadata in that PATCH,
   * where each given object replaced the stored one and the other objects were left alone. Of the two metadata
   * endpoints, only `PUT /users/{id}/metadata` does exactly that (`PATCH …/metadata` deep-merges instead), so the
   * metadata goes there. The attributes go first in a `PATCH /users/{id}` (skipped when only metadata is given),
   * then the metadata in a PUT (skipped when none is given). If the PATCH fails, the metadata is not sent. Keys the
   * types do not know are forwarded in the PATCH as given (snake_cased), like every other method's body.
   * @param userId - Id of the user.
   * @param params - Attributes to change and metadata objects to replace.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link User} as the last request left it.
   * @throws {@link ClerkAPIResponseError} from whichever request failed (for example 422 on a taken username).
   */
  async updateUser(userId: string, params: UpdateUserParams = {}, options?: RequestOptions): Promise<User> {
    const rejected = this.checkParams('users.updateUser', params, 'optional');
    if (rejected) return rejected;
    const { publicMetadata, privateMetadata, unsafeMetadata, ...rest } = params;
    const metadata: Record<string, unknown> = {};
    if (publicMetadata !== undefined) metadata.publicMetadata = publicMetadata;
    if (privateMetadata !== undefined) metadata.privateMetadata = privateMetadata;
    if (unsafeMetadata !== undefined) metadata.unsafeMetadata = unsafeMetadata;
    const fields: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(rest)) {
      if (value !== undefined) fields[key] = value;
    }
    const hasMetadata = Object.keys(metadata).length > 0;
    let user: User | undefined;
    if (!hasMetadata || Object.keys(fields).length > 0) {
      user = await this.send('users.updateUser PATCH /users/{} jr', [userId], fields, User.fromJSON, options);
    }
    if (hasMetadata) {
      user = await this.send(
        'users.replaceUserMetadata PUT /users/{}/metadata j private_metadata,public_metadata,unsafe_metadata',
        [userId],
        metadata,
        User.fromJSON,
        options,
      );
    }
    return user as User;
  }

  /**
   * Uploads a new profile image for a user, as `multipart/form-data` with a `file` part.
   * @param userId - Id of the user.
   * @param params - `file`: the image, as a Blob, File, Buffer or Uint8Array.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link User}.
   * @throws {@link ClerkSDKError} `invalid_argument` (as a rejection, nothing sent) when `file` is not a Blob, File, Buffer or Uint8Array.
   * @throws {@link ClerkAPIResponseError} 400 or 422 when the file is missing or not an accepted image.
   */
  updateUserProfileImage(userId: string, params: UpdateUserProfileImageParams, options?: RequestOptions): Promise<User> {
    const rejected = this.checkParams('users.updateUserProfileImage', params);
    if (rejected) return rejected;
    const file = this.toUpload('users.updateUserProfileImage', params.file);
    if (file instanceof Promise) return file;
    return this.send('users.updateUserProfileImage POST /users/{}/profile_image mr', [userId], { file }, User.fromJSON, options);
  }

  /**
   * Deep-merges metadata into the user's stored metadata; nested keys set to null are removed.
   * @param userId - Id of the user.
   * @param params - Metadata objects to merge; their keys are sent exactly as given.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link User}.
   * @throws {@link ClerkAPIResponseError} 404 when no such user exists.
   */
  updateUserMetadata(userId: string, params: UpdateUserMetadataParams, options?: RequestOptions): Promise<User> {
    return this.send(
      'users.updateUserMetadata PATCH /users/{}/metadata j private_metadata,public_metadata,unsafe_metadata',
      [userId],
      params,
      User.fromJSON,
      options,
      'required',
    );
  }

  /**
   * Deletes a user.
   * @param userId - Id of the user.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns A {@link DeletedObject} (v4 declared `User`, but the API has always answered this).
   * @throws {@link ClerkAPIResponseError} 404 when no such user exists.
   */
  deleteUser(userId: string, options?: RequestOptions): Promise<DeletedObject> {
    return this.send('users.deleteUser DELETE /users/{}', [userId], undefined, DeletedObject.fromJSON, options);
  }

  /**
   * Fetches the OAuth access tokens Clerk holds for a user at one provider, refreshing an expired OAuth 2.0 token.
   * @param userId - Id of the user.
   * @param provider - The provider, as `oauth_google` (the v4 form, which the API expects) or just `google`; the
   *   `oauth_` prefix is added when missing.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers), applied to every page fetched.
   * @returns A list promise of {@link OauthAccessToken}.
   * @throws {@link ClerkAPIResponseError} 404 or 422 when the user has no account at that provider.
   */
  getUserOauthAccessToken(userId: string, provider: string, options?: RequestOptions): ListPromise<OauthAccessToken> {
    const key = typeof provider === 'string' && provider.trim() !== '' && !provider.startsWith('oauth_') ? `oauth_${provider}` : provider;
    // The endpoint answers a bare array unless asked for `paginated`, which also gives a real total.
    const query: PaginationParams & { paginated: boolean } = { paginated: true };
    return this.sendList('users.getUserOauthAccessToken GET /users/{}/oauth_access_tokens/{}', [userId, key], query, OauthAccessToken.fromJSON, options);
  }

  /**
   * Removes all of a user's second factors (authenticator app, SMS codes, backup codes) at once.
   * @param userId - Id of the user.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The API's JSON, `{ user_id }`, as v4 returned it (v4 declared `User`).
   * @throws {@link ClerkAPIResponseError} 404 when no such user exists.
   */
  disableUserMFA(userId: string, options?: RequestOptions): Promise<DisableUserMFAResponse> {
    return this.send<DisableUserMFAResponse>('users.disableUserMFA DELETE /users/{}/mfa', [userId], undefined, undefined, options);
  }

  /**
   * Lists a user's organization memberships. Await it for one page, or iterate it with `for await` for all.
   * @param params - `userId`, plus `limit` and `offset`.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers), applied to every page fetched.
   * @returns A list promise of {@link OrganizationMembership}.
   * @throws {@link ClerkAPIResponseError} 404 when no such user exists.
   */
  getOrganizationMembershipList(params: GetUserOrganizationMembershipListParams, options?: RequestOptions): ListPromise<OrganizationMembership> {
    return this.sendListFrom(
      'users.getOrganizationMembershipList GET /users/{}/organization_memberships',
      ['userId'],
      params,
      OrganizationMembership.fromJSON,
      options,
    );
  }

  /**
   * Checks a password against the user's.
   * @param params - `userId` and the `password` to check.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The API's JSON, `{ verified: true }`, as v4 returned it.
   * @throws {@link ClerkAPIResponseError} 422 when the password is wrong, 400 when the user has none, 404 when no such user exists.
   */
  verifyPassword(params: VerifyPasswordParams, options?: RequestOptions): Promise<VerifyPasswordResponse> {
    const rejected = this.checkParams('users.verifyPassword', params);
    if (rejected) return rejected;
    const { userId, password } = params;
    return this.send<VerifyPasswordResponse>('users.verifyPassword POST /users/{}/verify_password j', [userId], { password }, undefined, options);
  }

  /**
   * Checks an authenticator-app code or a backup code for the user; a matching backup code is used up.
   * @param params - `userId` and the `code` to check.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The API's JSON, `{ verified: true, code_type }`, as v4 returned it.
   * @throws {@link ClerkAPIResponseError} 422 when the code is wrong, 400 when the user has no second factor, 404 when no such user exists.
   */
  verifyTOTP(params: VerifyTOTPParams, options?: RequestOptions): Promise<VerifyTOTPResponse> {
    const rejected = this.checkParams('users.verifyTOTP', params);
    if (rejected) return rejected;
    const { userId, code } = params;
    return this.send<VerifyTOTPResponse>('users.verifyTOTP POST /users/{}/verify_totp j', [userId], { code }, undefined, options);
  }

  /**
   * Replaces every email address of the user with one new primary address. Addresses linked to a connected
   * account block the request: remove that account first.
   * @param userId - Id of the user.
   * @param params - The new address and the status to create it with (`verified` unless said otherwise).
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The new {@link EmailAddress}.
   * @throws {@link ClerkAPIResponseError} 422 when the address is malformed or taken, or an old one is linked to a connected account; 404 when no such user exists.
   */
  replaceUserEmailAddress(userId: string, params: ReplaceUserEmailAddressParams, options?: RequestOptions): Promise<EmailAddress> {
    return this.send('users.replaceUserEmailAddress PUT /users/{}/email_address jr', [userId], params, EmailAddress.fromJSON, options, 'required');
  }

  /**
   * Replaces every phone number of the user with one new primary number. Replacing a number kept for second-factor
   * use turns the user's multi-factor authentication off.
   * @param userId - Id of the user.
   * @param params - The new number and the status to create it with (`verified` unless said otherwise).
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The new {@link PhoneNumber}.
   * @throws {@link ClerkAPIResponseError} 422 when the number is malformed or taken; 404 when no such user exists.
   */
  replaceUserPhoneNumber(userId: string, params: ReplaceUserPhoneNumberParams, options?: RequestOptions): Promise<PhoneNumber> {
    return this.send('users.replaceUserPhoneNumber PUT /users/{}/phone_number jr', [userId], params, PhoneNumber.fromJSON, options, 'required');
  }

  /**
   * Replaces whole metadata objects of the user: each object given overwrites the stored one, the others stay.
   * Use {@link UserAPI.updateUserMetadata} to merge instead.
   * @param userId - Id of the user.
   * @param params - The metadata objects to replace; their keys are sent exactly as given.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link User}.
   * @throws {@link ClerkAPIResponseError} 422 when the metadata is too large or not an object; 404 when no such user exists.
   */
  replaceUserMetadata(userId: string, params: ReplaceUserMetadataParams, options?: RequestOptions): Promise<User> {
    return this.send(
      'users.replaceUserMetadata PUT /users/{}/metadata j private_metadata,public_metadata,unsafe_metadata',
      [userId],
      params,
      User.fromJSON,
      options,
      'required',
    );
  }

  /**
   * Bans a user: every session of theirs is revoked and they cannot sign in until unbanned.
   * @param userId - Id of the user.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link User}, with `banned` set.
   * @throws {@link ClerkAPIResponseError} 402 when the instance's plan does not include banning.
   */
  banUser(userId: string, options?: RequestOptions): Promise<User> {
    return this.send('users.banUser POST /users/{}/ban', [userId], undefined, User.fromJSON, options);
  }

  /**
   * Lifts a user's ban so they can sign in again.
   * @param userId - Id of the user.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link User}, with `banned` cleared.
   * @throws {@link ClerkAPIResponseError} 402 when the instance's plan does not include banning.
   */
  unbanUser(userId: string, options?: RequestOptions): Promise<User> {
    return this.send('users.unbanUser POST /users/{}/unban', [userId], undefined, User.fromJSON, options);
  }

  /**
   * Bans several users in one request (1 to 50); each loses their sessions and cannot sign in.
   * @param params - `userIds`: the users to ban.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The banned users, as {@link User} instances.
   * @throws {@link ClerkAPIResponseError} 400 when the list is empty or too long; 402 when the plan does not include banning.
   */
  banUserBulk(params: UserBulkBanParams, options?: RequestOptions): Promise<User[]> {
    const rejected = this.checkParams('users.banUserBulk', params);
    if (rejected) return rejected;
    return this.send('users.banUserBulk POST /users/ban jr', [], { userIds: params.userIds }, toUsers, options);
  }

  /**
   * Lifts the ban of several users in one request (1 to 50).
   * @param params - `userIds`: the users to unban.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The unbanned users, as {@link User} instances.
   * @throws {@link ClerkAPIResponseError} 400 when the list is empty or too long; 402 when the plan does not include banning.
   */
  unbanUserBulk(params: UserBulkBanParams, options?: RequestOptions): Promise<User[]> {
    const rejected = this.checkParams('users.unbanUserBulk', params);
    if (rejected) return rejected;
    return this.send('users.unbanUserBulk POST /users/unban jr', [], { userIds: params.userIds }, toUsers, options);
  }

  /**
   * Locks a user out of signing in until the lock expires (its length is an instance restriction setting).
   * @param userId - Id of the user.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link User}, with `locked` set.
   * @throws {@link ClerkAPIResponseError} 403 when user lockout is not enabled on the instance.
   */
  lockUser(userId: string, options?: RequestOptions): Promise<User> {
    return this.send('users.lockUser POST /users/{}/lock', [userId], undefined, User.fromJSON, options);
  }

  /**
   * Lifts a lock before it expires.
   * @param userId - Id of the user.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link User}, with `locked` cleared.
   * @throws {@link ClerkAPIResponseError} 403 when user lockout is not enabled on the instance.
   */
  unlockUser(userId: string, options?: RequestOptions): Promise<User> {
    return this.send('users.unlockUser POST /users/{}/unlock', [userId], undefined, User.fromJSON, options);
  }

  /**
   * Removes the user's uploaded profile image, so the generated avatar is shown again.
   * @param userId - Id of the user.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link User}.
   * @throws {@link ClerkAPIResponseError} 404 when no such user exists.
   */
  deleteUserProfileImage(userId: string, options?: RequestOptions): Promise<User> {
    return this.send('users.deleteUserProfileImage DELETE /users/{}/profile_image', [userId], undefined, User.fromJSON, options);
  }

  /**
   * Lists the organization invitations sent to the user's email addresses. Await it for one page, or iterate it
   * with `for await` for all.
   * @param params - `userId`, plus `limit`, `offset` and an optional `status` filter.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers), applied to every page fetched.
   * @returns A list promise of {@link OrganizationInvitationWithPublicOrganizationData}: invitations (instances of
   *   `OrganizationInvitation` too) that also carry the inviting organization's public details.
   * @throws {@link ClerkAPIResponseError} 404 when no such user exists.
   */
  getOrganizationInvitationList(
    params: GetUserOrganizationInvitationListParams,
    options?: RequestOptions,
  ): ListPromise<OrganizationInvitationWithPublicOrganizationData> {
    return this.sendListFrom(
      'users.getOrganizationInvitationList GET /users/{}/organization_invitations',
      ['userId'],
      params,
      OrganizationInvitationWithPublicOrganizationData.fromJSON,
      options,
    );
  }

  /**
   * Removes the user's password without asking for the current one, even when no other way to sign in is left.
   * A user without a password comes back unchanged.
   * @param userId - Id of the user.
   * @param params - `signOutOfOtherSessions` to also end their active sessions.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link User}.
   * @throws {@link ClerkAPIResponseError} 404 when no such user exists.
   */
  removePassword(userId: string, params: RemoveUserPasswordParams = {}, options?: RequestOptions): Promise<User> {
    return this.send('users.removePassword POST /users/{}/remove_password j', [userId], params, User.fromJSON, options, 'optional');
  }

  /**
   * Marks the user's password as compromised, so they must reset it at their next sign-in.
   * @param userId - Id of the user.
   * @param params - `revokeAllSessions` to also sign them out everywhere.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link User}.
   * @throws {@link ClerkAPIResponseError} 422 when the user has no password; 404 when no such user exists.
   */
  setPasswordCompromised(userId: string, params: SetUserPasswordCompromisedParams = {}, options?: RequestOptions): Promise<User> {
    return this.send('users.setPasswordCompromised POST /users/{}/password/set_compromised j', [userId], params, User.fromJSON, options, 'optional');
  }

  /**
   * Clears the compromised mark of the user's password, so no reset is asked for at sign-in (a reset required for
   * other reasons still stands).
   * @param userId - Id of the user.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link User}.
   * @throws {@link ClerkAPIResponseError} 404 when no such user exists.
   */
  unsetPasswordCompromised(userId: string, options?: RequestOptions): Promise<User> {
    return this.send('users.unsetPasswordCompromised POST /users/{}/password/unset_compromised', [userId], undefined, User.fromJSON, options);
  }

  /**
   * Removes all of the user's backup codes.
   * @param userId - Id of the user.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns `{ userId }` of the user.
   * @throws {@link ClerkAPIResponseError} 404 when no such user exists.
   */
  deleteUserBackupCodes(userId: string, options?: RequestOptions): Promise<DeletedUserFactorResponse> {
    return this.send('users.deleteUserBackupCodes DELETE /users/{}/backup_code', [userId], undefined, toFactorResponse, options);
  }

  /**
   * Removes all of the user's authenticator apps (TOTP).
   * @param userId - Id of the user.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns `{ userId }` of the user.
   * @throws {@link ClerkAPIResponseError} 404 when no such user exists.
   */
  deleteUserTOTP(userId: string, options?: RequestOptions): Promise<DeletedUserFactorResponse> {
    return this.send('users.deleteUserTOTP DELETE /users/{}/totp', [userId], undefined, toFactorResponse, options);
  }

  /**
   * Deletes one of the user's passkeys; the user is told by email.
   * @param params - `userId` and the `passkeyIdentificationId` to delete.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns A {@link DeletedObject} confirming the deletion.
   * @throws {@link ClerkAPIResponseError} 404 when the user or passkey does not exist.
   */
  deleteUserPasskey(params: DeleteUserPasskeyParams, options?: RequestOptions): Promise<DeletedObject> {
    const rejected = this.checkParams('users.deleteUserPasskey', params);
    if (rejected) return rejected;
    const { userId, passkeyIdentificationId } = params;
    return this.send('users.deleteUserPasskey DELETE /users/{}/passkeys/{}', [userId, passkeyIdentificationId], undefined, DeletedObject.fromJSON, options);
  }

  /**
   * Deletes one of the user's web3 wallets.
   * @param params - `userId` and the `web3WalletIdentificationId` to delete.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns A {@link DeletedObject} confirming the deletion.
   * @throws {@link ClerkAPIResponseError} 404 when the user or wallet does not exist.
   */
  deleteUserWeb3Wallet(params: DeleteUserWeb3WalletParams, options?: RequestOptions): Promise<DeletedObject> {
    const rejected = this.checkParams('users.deleteUserWeb3Wallet', params);
    if (rejected) return rejected;
    const { userId, web3WalletIdentificationId } = params;
    return this.send(
      'users.deleteUserWeb3Wallet DELETE /users/{}/web3_wallets/{}',
      [userId, web3WalletIdentificationId],
      undefined,
      DeletedObject.fromJSON,
      options,
    );
  }

  /**
   * Disconnects one of the user's external (OAuth) accounts.
   * @param params - `userId` and the `externalAccountId` to delete.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns A {@link DeletedObject} confirming the deletion.
   * @throws {@link ClerkAPIResponseError} 404 when the user or account does not exist.
   */
  deleteUserExternalAccount(params: DeleteUserExternalAccountParams, options?: RequestOptions): Promise<DeletedObject> {
    const rejected = this.checkParams('users.deleteUserExternalAccount', params);
    if (rejected) return rejected;
    const { userId, externalAccountId } = params;
    return this.send(
      'users.deleteUserExternalAccount DELETE /users/{}/external_accounts/{}',
      [userId, externalAccountId],
      undefined,
      DeletedObject.fromJSON,
      options,
    );
  }

  /**
   * Lists the user's active trusted devices. The endpoint answers every device in one page.
   * @param userId - Id of the user.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers), applied to every page fetched.
   * @returns A list promise of {@link TrustedDevice}.
   * @throws {@link ClerkAPIResponseError} 404 when no such user exists.
   */
  getUserTrustedDeviceList(userId: string, options?: RequestOptions): ListPromise<TrustedDevice> {
    return this.sendList('users.getUserTrustedDeviceList GET /users/{}/trusted_devices', [userId], {}, TrustedDevice.fromJSON, options);
  }

  /**
   * Revokes one of the user's trusted devices, so it can no longer vouch for them.
   * @param userId - Id of the user.
   * @param trustedDeviceId - Id of the device.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The revoked {@link TrustedDevice}.
   * @throws {@link ClerkAPIResponseError} 404 when the user or device does not exist.
   */
  revokeUserTrustedDevice(userId: string, trustedDeviceId: string, options?: RequestOptions): Promise<TrustedDevice> {
    return this.send(
      'users.revokeUserTrustedDevice DELETE /users/{}/trusted_devices/{}',
      [userId, trustedDeviceId],
      undefined,
      TrustedDevice.fromJSON,
      options,
    );
  }
}
