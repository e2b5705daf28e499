import { describe, expect, it } from 'vitest';
import { AllowlistIdentifier, ClerkAPIResponseError, DeletedObject } from '../../src/index';
import { captureBody, clerkApi, fixture, rejectionOf, testClient } from '../helpers/nock';

const item = fixture('allowlist-identifiers/allowlist-identifier');

describe('allowlistIdentifiers.getAllowlistIdentifierList', () => {
  it('asks for a paginated list and maps items, with the total', async () => {
    clerkApi()
      .get('/v1/allowlist_identifiers')
      .query({ limit: '2', offset: '0', paginated: 'true' })
      .reply(200, { data: [item], total_count: 7 });
    const list = await testClient().allowlistIdentifiers.getAllowlistIdentifierList({ limit: 2, offset: 0 });
    expect(Array.isArray(list)).toBe(true);
    expect(list).toHaveLength(1);
    expect(list.totalCount).toBe(7);
    expect(list.data[0]).toBeInstanceOf(AllowlistIdentifier);
    expect(list[0]).toMatchObject({
      id: item.id,
      identifier: 'ada@example.com',
      identifierType: 'email_address',
      invitationId: item.invitation_id,
      createdAt: 1716900000000,
    });
  });
});

describe('allowlistIdentifiers.createAllowlistIdentifier', () => {
  it('posts snake_case JSON', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/allowlist_identifiers', sent.match).matchHeader('content-type', 'application/json').reply(200, item);
    const created = await testClient().allowlistIdentifiers.createAllowlistIdentifier({ identifier: 'ada@example.com', notify: false });
    expect(sent.body).toEqual({ identifier: 'ada@example.com', notify: false });
    expect(created.raw).toEqual(item);
  });

  it('rejects with the API error on 422', async () => {
    clerkApi()
      .post('/v1/allowlist_identifiers')
      .reply(422, { errors: [{ code: 'duplicate_record', message: 'duplicate', long_message: 'That identifier is already listed.' }] });
    const error = await rejectionOf(testClient().allowlistIdentifiers.createAllowlistIdentifier({ identifier: 'ada@example.com' }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(422);
    expect(error.errors[0].code).toBe('duplicate_record');
    expect(error.message).toContain('That identifier is already listed.');
  });
});

describe('allowlistIdentifiers.deleteAllowlistIdentifier', () => {
  it('deletes by encoded id and returns a DeletedObject', async () => {
    clerkApi().delete('/v1/allowlist_identifiers/alid_1%2F..').reply(200, { object: 'allowlist_identifier', id: 'alid_1/..', deleted: true });
    const deleted = await testClient().allowlistIdentifiers.deleteAllowlistIdentifier('alid_1/..');
    expect(deleted).toBeInstanceOf(DeletedObject);
    expect(deleted).toMatchObject({ object: 'allowlist_identifier', id: 'alid_1/..', deleted: true });
  });
});
