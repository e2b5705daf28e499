import { Invitation, type InvitationJSON } from './Invitation';
import { ClerkModel } from './ClerkModel';

/**
 * States a waitlist entry can be in.
 * @public
 */
export type WaitlistEntryStatus = 'pending' | 'invited' | 'rejected' | 'completed';

/**
 * Wire shape of a waitlist entry.
 * @public
 */
export interface WaitlistEntryJSON {
  // <generated:WaitlistEntryJSON>
  object: 'waitlist_entry';
  id: string;
  email_address: string;
  status: WaitlistEntryStatus;
  is_locked?: boolean;
  created_at: number;
  updated_at: number;
  invitation?: InvitationJSON | null;
  // </generated:WaitlistEntryJSON>
}

/**
 * Someone waiting for access while the instance runs in waitlist mode.
 * @public
 */
export class WaitlistEntry extends ClerkModel<WaitlistEntryJSON> {
  // @model WaitlistEntry from WaitlistEntry
  // <generated:WaitlistEntry>
  /** Unique id of the entry. */
  declare readonly id: string;
  /** Address the person joined the waitlist with. */
  declare readonly emailAddress: string;
  /** Whether the person is still waiting, was invited or rejected, or has signed up. */
  declare readonly status: WaitlistEntryStatus;
  /** Whether a batch action is processing the entry, which blocks other actions on it meanwhile; null when not reported. */
  declare readonly isLocked: boolean | null;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number;
  /** The invitation sent to this person, once they have been invited. */
  declare readonly invitation: Invitation | null;
  /** Builds a WaitlistEntry from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: WaitlistEntryJSON) => WaitlistEntry;

  /** Maps the wire JSON; prefer {@link WaitlistEntry.fromJSON}. */
  constructor(data: WaitlistEntryJSON) {
    super(data);
    this.id = data.id;
    this.emailAddress = data.email_address;
    this.status = data.status;
    this.isLocked = data.is_locked ?? null;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
    this.invitation = data.invitation ? Invitation.fromJSON(data.invitation) : null;
  }
  // </generated:WaitlistEntry>
}
