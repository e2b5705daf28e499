import type { OrderBy } from '../core/types';
import type { ListPromise, PaginationParams } from '../core/pagination';
import { DeletedObject } from '../models/DeletedObject';
import { WaitlistEntry, type WaitlistEntryJSON, type WaitlistEntryStatus } from '../models/WaitlistEntry';
import { AbstractAPI } from './AbstractAPI';
import type { RequestOptions } from '../core/types';

/**
 * Parameters of {@link WaitlistEntryAPI.list}.
 * @public
 */
export interface GetWaitlistEntryListParams extends PaginationParams {
  // @params type status?: WaitlistEntryStatus
  // @params type orderBy?: OrderBy<'created_at' | 'email_address' | 'invited_at'>
  // <generated:GetWaitlistEntryListParams> from ListWaitlistEntries
  /** Only entries whose email address or id contains this text. */
  query?: string;
  /** Only entries in this state. */
  status?: WaitlistEntryStatus;
  /** Sort key, `-` first for descending; the API sorts by `-created_at` when omitted. */
  orderBy?: OrderBy<'created_at' | 'email_address' | 'invited_at'>;
  // </generated:GetWaitlistEntryListParams>
}

/**
 * Parameters of {@link WaitlistEntryAPI.create}, and each entry of {@link WaitlistEntryAPI.createBulk}.
 * @public
 */
export interface CreateWaitlistEntryParams {
  // <generated:CreateWaitlistEntryParams> from CreateWaitlistEntry, CreateBulkWaitlistEntries
  /** Address to put on the waitlist. */
  emailAddress: string;
  /** Whether to email the person a confirmation (the API defaults to true). */
  notify?: boolean | null;
  // </generated:CreateWaitlistEntryParams>
}

/**
 * Parameters of {@link WaitlistEntryAPI.invite}.
 * @public
 */
export interface InviteWaitlistEntryParams {
  // <generated:InviteWaitlistEntryParams> from InviteWaitlistEntry
  /** Invite even if the address already has an invitation or belongs to a user (the API defaults to false). */
  ignoreExisting?: boolean | null;
  // </generated:InviteWaitlistEntryParams>
}

/**
 * Manages the waitlist: people who asked for access while sign-ups are restricted to the waitlist.
 * @public
 */
export class WaitlistEntryAPI extends AbstractAPI {
  /**
   * Lists waitlist entries, newest first by default. Await it for one page, or iterate it with `for await` for all.
   * @param params - Filters, sort order and page parameters.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers), applied to every page fetched.
   * @returns A list promise of {@link WaitlistEntry}; the awaited array also has `totalCount`.
   */
  list(params: GetWaitlistEntryListParams = {}, options?: RequestOptions): ListPromise<WaitlistEntry> {
    return this.sendList('waitlistEntries.list GET /waitlist_entries', [], params, WaitlistEntry.fromJSON, options, 'optional');
  }

  /**
   * Puts an email address on the waitlist. If it is already there, the existing entry comes back instead.
   * @param params - The address, and whether to send a confirmation.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link WaitlistEntry}.
   * @throws {@link ClerkAPIResponseError} 400 or 422 when the address is rejected.
   */
  create(params: CreateWaitlistEntryParams, options?: RequestOptions): Promise<WaitlistEntry> {
    return this.send('waitlistEntries.create POST /waitlist_entries j', [], params, WaitlistEntry.fromJSON, options, 'required');
  }

  /**
   * Puts several email addresses on the waitlist in one request (the API accepts 1 to 50). Addresses already
   * there come back as their existing entries. Each entry is converted to snake_case on its own.
   * @param params - One entry per address.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link WaitlistEntry} objects.
   * @throws {@link ClerkAPIResponseError} 400 or 422 when an entry is rejected.
   */
  createBulk(params: CreateWaitlistEntryParams[], options?: RequestOptions): Promise<WaitlistEntry[]> {
    const rejected = this.checkParams('waitlistEntries.createBulk', params, 'array');
    if (rejected) return rejected;
    return this.send(
      'waitlistEntries.createBulk POST /waitlist_entries/bulk a',
      [],
      params.map((entry) => ({ ...entry })),
      (json: WaitlistEntryJSON[]) => (json ?? []).map(WaitlistEntry.fromJSON),
      options,
    );
  }

  /**
   * Invites the person behind a waitlist entry to sign up, by email.
   * @param id - Id of the waitlist entry.
   * @param params - Whether to invite despite an existing invitation or user.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link WaitlistEntry}, now `invited` and carrying its invitation.
   * @throws {@link ClerkAPIResponseError} 404 when no such entry exists, 409 when the entry is locked by a batch
   * action, 400 or 422 when it cannot be invited.
   */
  invite(id: string, params: InviteWaitlistEntryParams = {}, options?: RequestOptions): Promise<WaitlistEntry> {
    return this.send('waitlistEntries.invite POST /waitlist_entries/{}/invite j', [id], params, WaitlistEntry.fromJSON, options, 'optional');
  }

  /**
   * Rejects a waitlist entry.
   * @param id - Id of the waitlist entry.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link WaitlistEntry}, now `rejected`.
   * @throws {@link ClerkAPIResponseError} 404 when no such entry exists, 409 when the entry is locked by a batch
   * action, 400 or 422 when it cannot be rejected.
   */
  reject(id: string, options?: RequestOptions): Promise<WaitlistEntry> {
    return this.send('waitlistEntries.reject POST /waitlist_entries/{}/reject', [id], undefined, WaitlistEntry.fromJSON, options);
  }

  /**
   * Deletes a pending waitlist entry.
   * @param id - Id of the waitlist entry.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns A {@link DeletedObject}.
   * @throws {@link ClerkAPIResponseError} 404 when no such entry exists, 409 when the entry is locked by a batch
   * action, 400 or 422 when it is no longer pending.
   */
  delete(id: string, options?: RequestOptions): Promise<DeletedObject> {
    return this.send('waitlistEntries.delete DELETE /waitlist_entries/{}', [id], undefined, DeletedObject.fromJSON, options);
  }
}
