import { describe, expect, it } from 'vitest';
import { ClerkAPIResponseError, DeletedObject } from '../../src/index';
import { BlocklistIdentifier } from '../../src/models/BlocklistIdentifier';
import { captureBody, clerkApi, fixture, rejectionOf, testClient } from '../helpers/nock';

const item = fixture('blocklist-identifiers/blocklist-identifier');

describe('blocklistIdentifiers.getBlocklistIdentifierList', () => {
  it('gets the list with no query and maps items with the total', async () => {
    clerkApi()
      .get('/v1/blocklist_identifiers')
      .query((q) => Object.keys(q).length === 0)
      .reply(200, { data: [item, { ...item, id: 'blid_2', identifier: '+15555550123', identifier_type: 'phone_number' }], total_count: 2 });
    const list = await testClient().blocklistIdentifiers.getBlocklistIdentifierList();
    expect(list).toHaveLength(2);
    expect(list.totalCount).toBe(2);
    expect(list[0]).toBeInstanceOf(BlocklistIdentifier);
    expect(list[0]).toMatchObject({
      id: item.id,
      identifier: '*@spam.example',
      identifierType: 'email_address',
      instanceId: item.instance_id,
      createdAt: 1716900000000,
      updatedAt: 1716900000000,
    });
    expect(list[1]).toMatchObject({ id: 'blid_2', identifierType: 'phone_number' });
  });

  it('passes limit and offset on, as @clerk/backend does', async () => {
    clerkApi().get('/v1/blocklist_identifiers').query({ limit: '5', offset: '5' }).reply(200, { data: [], total_count: 5 });
    const list = await testClient().blocklistIdentifiers.getBlocklistIdentifierList({ limit: 5, offset: 5 });
    expect(list.totalCount).toBe(5);
  });

  it('rejects with the API error on 402', async () => {
    clerkApi()
      .get('/v1/blocklist_identifiers')
      .reply(402, { errors: [{ code: 'feature_not_enabled', message: 'not enabled', long_message: 'The blocklist is not included in your plan.' }] });
    const error = await rejectionOf(testClient().blocklistIdentifiers.getBlocklistIdentifierList());
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(402);
    expect(error.errors[0].code).toBe('feature_not_enabled');
  });
});

describe('blocklistIdentifiers.createBlocklistIdentifier', () => {
  it('posts the identifier and maps the entry', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/blocklist_identifiers', sent.match).matchHeader('content-type', 'application/json').reply(200, item);
    const result = await testClient().blocklistIdentifiers.createBlocklistIdentifier({ identifier: '*@spam.example' });
    expect(sent.body).toEqual({ identifier: '*@spam.example' });
    expect(result).toBeInstanceOf(BlocklistIdentifier);
    expect(result.raw).toEqual(item);
  });

  it('maps an entry with fields missing to nulls', async () => {
    clerkApi().post('/v1/blocklist_identifiers').reply(200, { object: 'blocklist_identifier', id: 'blid_3' });
    const result = await testClient().blocklistIdentifiers.createBlocklistIdentifier({ identifier: '0x1234' });
    expect(result).toMatchObject({ id: 'blid_3', identifier: null, identifierType: null, instanceId: null, createdAt: null, updatedAt: null });
  });
});

describe('blocklistIdentifiers.deleteBlocklistIdentifier', () => {
  it('deletes by encoded id and returns a DeletedObject', async () => {
    clerkApi().delete('/v1/blocklist_identifiers/blid_a%2F..').reply(200, { object: 'blocklist_identifier', id: 'blid_a/..', deleted: true });
    const deleted = await testClient().blocklistIdentifiers.deleteBlocklistIdentifier('blid_a/..');
    expect(deleted).toBeInstanceOf(DeletedObject);
    expect(deleted).toMatchObject({ object: 'blocklist_identifier', id: 'blid_a/..', deleted: true });
  });
});
