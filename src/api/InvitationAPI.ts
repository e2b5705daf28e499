import type { OrderBy } from '../core/types';
import type { ListPromise, PaginationParams } from '../core/pagination';
import { Invitation, type InvitationJSON, type InvitationStatus } from '../models/Invitation';
import { AbstractAPI } from './AbstractAPI';
import type { RequestOptions } from '../core/types';

/**
 * Parameters of {@link InvitationAPI.getInvitationList}.
 * @public
 */
export interface GetInvitationListParams extends PaginationParams {
  // @params type status?: InvitationStatus
  // @params type orderBy?: OrderBy<'created_at' | 'email_address' | 'expires_at'>
  // <generated:GetInvitationListParams> from ListInvitations
  /** Only invitations in this state. */
  status?: InvitationStatus;
  /** Only invitations whose email address or id contains this text. */
  query?: string;
  /**
   * Sort key: `created_at`, `email_address` or `expires_at`, prefixed with `-` for descending or `+`
   * (the default direction) for ascending. The API sorts by `-created_at` when omitted.
   */
  orderBy?: OrderBy<'created_at' | 'email_address' | 'expires_at'>;
  // </generated:GetInvitationListParams>
}

/**
 * Parameters of {@link InvitationAPI.createInvitation}.
 * @public
 */
export interface CreateInvitationParams {
  // <generated:CreateInvitationParams> from CreateInvitation, CreateBulkInvitations
  /** Address to invite. */
  emailAddress: string;
  /** Metadata copied onto the user's public metadata once they sign up; sent as given, keys untouched. */
  publicMetadata?: Record<string, unknown>;
  /** Where the invitation link sends the person (usually your sign-up page). */
  redirectUrl?: string;
  /** Whether Clerk emails the invitation (the API defaults to true). */
  notify?: boolean | null;
  /** Create the invitation even if one is already pending for this address (the API defaults to false). */
  ignoreExisting?: boolean | null;
  /** Days until the invitation expires, 1 to 365. */
  expiresInDays?: number | null;
  /** Which email template to send. */
  templateSlug?: 'invitation' | 'waitlist_invitation';
  // </generated:CreateInvitationParams>
}

/**
 * Invites people to sign up to the application, one at a time or in bulk, and lists or revokes those invitations.
 * @public
 */
export class InvitationAPI extends AbstractAPI {
  /**
   * Lists invitations, newest first by default. Await it for one page, or iterate it with `for await` for all.
   * @param params - Filters and page parameters (v4 accepted only `status`).
   * @param options - Per-call request options (signal, timeout, maxRetries, headers), applied to every page fetched.
   * @returns A list promise of {@link Invitation}; the awaited array also has `totalCount`.
   */
  getInvitationList(params: GetInvitationListParams = {}, options?: RequestOptions): ListPromise<Invitation> {
    const rejected = this.checkParams('invitations.getInvitationList', params, 'optional');
    if (rejected) return this.failedList(rejected);
    // Without `paginated` the endpoint answers a bare array and no total.
    return this.sendList('invitations.getInvitationList GET /invitations', [], { ...params, paginated: true }, Invitation.fromJSON, options);
  }

  /**
   * Creates an invitation and, unless `notify` is false, emails it.
   * @param params - The address and invitation options.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The new {@link Invitation}.
   * @throws {@link ClerkAPIResponseError} 400 or 422 when the address or an option is rejected.
   */
  createInvitation(params: CreateInvitationParams, options?: RequestOptions): Promise<Invitation> {
    return this.send('invitations.createInvitation POST /invitations j public_metadata', [], params, Invitation.fromJSON, options, 'required');
  }

  /**
   * Creates several invitations in one request (the API accepts 1 to 10) and, unless `notify` is false for an
   * entry, emails each one. Every entry is converted to snake_case on its own; metadata keys stay untouched.
   * @param params - One entry per invitation, each shaped like {@link CreateInvitationParams}.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The new {@link Invitation}s, in the order given.
   * @throws {@link ClerkAPIResponseError} 400 or 422 when an entry is rejected, for example because one of the
   * addresses already has a pending invitation (unless `ignoreExisting`) or belongs to a user.
   */
  createInvitationBulk(params: CreateInvitationParams[], options?: RequestOptions): Promise<Invitation[]> {
    const rejected = this.checkParams('invitations.createInvitationBulk', params, 'array');
    if (rejected) return rejected;
    return this.send(
      'invitations.createInvitationBulk POST /invitations/bulk a public_metadata',
      [],
      params.map((entry) => ({ ...entry })),
      (json: InvitationJSON[]) => (json ?? []).map(Invitation.fromJSON),
      options,
    );
  }

  /**
   * Revokes a pending invitation so its link no longer works.
   * @param invitationId - Id of the invitation.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link Invitation}, now revoked.
   * @throws {@link ClerkAPIResponseError} 400 when the invitation can no longer be revoked, 404 when it does not exist.
   */
  revokeInvitation(invitationId: string, options?: RequestOptions): Promise<Invitation> {
    return this.send('invitations.revokeInvitation POST /invitations/{}/revoke', [invitationId], undefined, Invitation.fromJSON, options);
  }
}
