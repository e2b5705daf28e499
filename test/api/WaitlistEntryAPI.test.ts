import { describe, expect, it } from 'vitest';
import { ClerkAPIResponseError, DeletedObject, Invitation } from '../../src/index';
import { WaitlistEntry } from '../../src/models/WaitlistEntry';
import { captureBody, clerkApi, fixture, rejectionOf, testClient } from '../helpers/nock';

const entry = fixture('waitlist-entries/waitlist-entry');
const invited = fixture('waitlist-entries/invite-waitlist-entry');
const rejected = fixture('waitlist-entries/reject-waitlist-entry');

describe('waitlistEntries.list', () => {
  it('sends the filters in snake_case (no paginated flag) and maps items with the total', async () => {
    clerkApi()
      .get('/v1/waitlist_entries')
      .query({ query: 'grace', status: 'invited', order_by: '-invited_at', limit: '20', offset: '40' })
      .reply(200, { data: [invited], total_count: 41 });
    const list = await testClient().waitlistEntries.list({ query: 'grace', status: 'invited', orderBy: '-invited_at', limit: 20, offset: 40 });
    expect(list).toHaveLength(1);
    expect(list.totalCount).toBe(41);
    expect(list[0]).toBeInstanceOf(WaitlistEntry);
    expect(list[0]).toMatchObject({ id: invited.id, emailAddress: 'grace@example.com', status: 'invited', isLocked: false });
    expect(list[0]?.invitation).toBeInstanceOf(Invitation);
  });

  it('works with no arguments', async () => {
    clerkApi()
      .get('/v1/waitlist_entries')
      .query((q) => Object.keys(q).length === 0)
      .reply(200, { data: [], total_count: 0 });
    const list = await testClient().waitlistEntries.list();
    expect(list).toHaveLength(0);
    expect(list.totalCount).toBe(0);
  });
});

describe('waitlistEntries.create', () => {
  it('posts snake_case JSON and maps the entry', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/waitlist_entries', sent.match).matchHeader('content-type', 'application/json').reply(200, entry);
    const result = await testClient().waitlistEntries.create({ emailAddress: 'grace@example.com', notify: false });
    expect(sent.body).toEqual({ email_address: 'grace@example.com', notify: false });
    expect(result).toBeInstanceOf(WaitlistEntry);
    expect(result).toMatchObject({ id: entry.id, status: 'pending', invitation: null, createdAt: 1716900000000, updatedAt: 1716900000000 });
  });

  it('rejects with the API error on 422', async () => {
    clerkApi()
      .post('/v1/waitlist_entries')
      .reply(422, {
        errors: [
          {
            code: 'form_param_format_invalid',
            message: 'invalid',
            long_message: 'email_address must be a valid email address.',
            meta: { param_name: 'email_address' },
          },
        ],
      });
    const error = await rejectionOf(testClient().waitlistEntries.create({ emailAddress: 'not-an-email' }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(422);
    expect(error.errors[0]).toMatchObject({ code: 'form_param_format_invalid', meta: { paramName: 'email_address' } });
  });
});

describe('waitlistEntries.createBulk', () => {
  it('posts a top-level array with each entry in snake_case and maps every entry', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/waitlist_entries/bulk', sent.match).matchHeader('content-type', 'application/json').reply(200, [entry, rejected]);
    const result = await testClient().waitlistEntries.createBulk([{ emailAddress: 'grace@example.com' }, { emailAddress: 'alan@example.com', notify: false }]);
    expect(sent.body).toEqual([{ email_address: 'grace@example.com' }, { email_address: 'alan@example.com', notify: false }]);
    expect(result).toHaveLength(2);
    expect(result[0]).toBeInstanceOf(WaitlistEntry);
    expect(result[1]).toMatchObject({ status: 'rejected', isLocked: null, invitation: null });
  });
});

describe('waitlistEntries.invite', () => {
  it('posts ignore_existing to the encoded /invite path and maps the entry with its invitation', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/waitlist_entries/wle_a%2Fb/invite', sent.match).reply(200, invited);
    const result = await testClient().waitlistEntries.invite('wle_a/b', { ignoreExisting: true });
    expect(sent.body).toEqual({ ignore_existing: true });
    expect(result).toBeInstanceOf(WaitlistEntry);
    expect(result.status).toBe('invited');
    expect(result.invitation).toBeInstanceOf(Invitation);
    expect(result.invitation).toMatchObject({ id: invited.invitation.id, emailAddress: 'grace@example.com', status: 'pending', expiresAt: 1719495600000 });
  });

  it('sends no body when no params are given', async () => {
    const sent = captureBody();
    clerkApi().post(`/v1/waitlist_entries/${entry.id}/invite`, sent.match).reply(200, invited);
    await testClient().waitlistEntries.invite(entry.id);
    expect(sent.body).toBe('');
  });

  it('rejects with the API error on 409 (locked entry)', async () => {
    clerkApi()
      .post(`/v1/waitlist_entries/${entry.id}/invite`)
      .reply(409, { errors: [{ code: 'waitlist_entry_locked', message: 'locked', long_message: 'This entry is being processed.' }] });
    const error = await rejectionOf(testClient().waitlistEntries.invite(entry.id));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(409);
  });
});

describe('waitlistEntries.reject', () => {
  it('posts to /reject with no body and maps the entry', async () => {
    const sent = captureBody();
    clerkApi().post(`/v1/waitlist_entries/${entry.id}/reject`, sent.match).reply(200, rejected);
    const result = await testClient().waitlistEntries.reject(entry.id);
    expect(sent.body).toBe('');
    expect(result).toBeInstanceOf(WaitlistEntry);
    expect(result).toMatchObject({ status: 'rejected', updatedAt: 1716903600000 });
  });
});

describe('waitlistEntries.delete', () => {
  it('deletes by encoded id and returns a DeletedObject', async () => {
    clerkApi().delete('/v1/waitlist_entries/wle_a%3Fb').reply(200, { object: 'waitlist_entry', id: 'wle_a?b', deleted: true });
    const deleted = await testClient().waitlistEntries.delete('wle_a?b');
    expect(deleted).toBeInstanceOf(DeletedObject);
    expect(deleted).toMatchObject({ object: 'waitlist_entry', id: 'wle_a?b', deleted: true });
  });

  it('rejects an empty id without sending anything', async () => {
    const error = await rejectionOf(testClient().waitlistEntries.delete(''));
    expect(error.code).toBe('invalid_argument');
  });
});
