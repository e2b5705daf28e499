import { describe, expect, it } from 'vitest';
import { Invitation } from '../../src/index';
import { WaitlistEntry, type WaitlistEntryJSON } from '../../src/models/WaitlistEntry';
import { fixture } from '../helpers/nock';

const invited = fixture<WaitlistEntryJSON>('waitlist-entries/invite-waitlist-entry');
const pending = fixture<WaitlistEntryJSON>('waitlist-entries/waitlist-entry');

describe('WaitlistEntry.fromJSON', () => {
  it('maps the invitation through Invitation', () => {
    const entry = WaitlistEntry.fromJSON(invited);
    expect(entry.invitation).toBeInstanceOf(Invitation);
    expect(entry.invitation?.raw).toBe(invited.invitation);
    expect(entry.invitation).toMatchObject({ emailAddress: 'grace@example.com', url: invited.invitation?.url });
  });

  it('maps a null or missing invitation to null', () => {
    expect(WaitlistEntry.fromJSON(pending).invitation).toBeNull();
    const { invitation: _invitation, is_locked: _locked, ...bare } = pending;
    expect(WaitlistEntry.fromJSON(bare)).toMatchObject({ invitation: null, isLocked: null, status: 'pending' });
  });
});
