import { describe, expect, it } from 'vitest';
import { ClerkAPIResponseError, ClerkSDKError, DeletedObject } from '../../src/index';
import { APIKey } from '../../src/models/APIKey';
import { captureBody, clerkApi, fixture, rejectionOf, testClient } from '../helpers/nock';

const f = (name: string) => fixture(`api-keys/${name}`);
const AK = 'ak_3beecc9c60adb5f9b850e91a8ee1e992';
const USER = 'user_2kZ7aQ1mN5bC8dE3fG6hJ9kL0pR';

describe('apiKeys.list', () => {
  it('GETs /api_keys without the /v1 prefix, with the subject and filters, and maps the page', async () => {
    clerkApi()
      .get('/api_keys')
      .query({ subject: USER, include_invalid: 'true', type: 'api_key', query: 'CI', limit: '100', offset: '0' })
      .reply(200, f('list-api-keys'));
    const list = await testClient().apiKeys.list({ subject: USER, includeInvalid: true, type: 'api_key', query: 'CI', limit: 100, offset: 0 });
    expect(list).toHaveLength(2);
    expect(list.totalCount).toBe(12);
    expect(list[0]).toBeInstanceOf(APIKey);
    expect(list[0]).toMatchObject({
      id: AK,
      name: 'CI_DEPLOY_KEY',
      subject: USER,
      description: 'Used by the deploy pipeline',
      scopes: ['read:reports', 'write:deploys'],
      secret: null,
      expiration: 1750000000000,
      lastUsedAt: 1718450000000,
    });
    // Claims are free-form: their keys come back exactly as stored.
    expect(list[0]?.claims).toEqual({ team_id: 't_42', allowedRegions: ['eu-west', 'us-east'] });
    // The second key has no description key at all in the payload.
    expect(list[1]).toMatchObject({ description: null, claims: null, revoked: true, revocationReason: 'Laptop lost', createdBy: null });
  });

  it('does not use a custom apiVersion either', async () => {
    clerkApi().get('/api_keys').query({ subject: USER }).reply(200, { data: [], total_count: 0 });
    const list = await testClient({ apiVersion: 'v9' }).apiKeys.list({ subject: USER });
    expect(list.totalCount).toBe(0);
  });

  it('refuses a limit above 100 before sending anything, also when iterated', async () => {
    const promise = testClient().apiKeys.list({ subject: USER, limit: 101 });
    const error = await rejectionOf(promise);
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.code).toBe('invalid_argument');
    expect(error.message).toContain('101');
    const iterated = await rejectionOf(
      (async () => {
        for await (const _ of testClient().apiKeys.list({ subject: USER, limit: 500 })) void _;
      })(),
    );
    expect(iterated.code).toBe('invalid_argument');
  });

  it('refuses a missing subject before sending anything', async () => {
    const error = await rejectionOf(testClient().apiKeys.list({} as never));
    expect(error.code).toBe('invalid_argument');
    expect(error.message).toContain('subject');
  });

  it('walks every page with for await', async () => {
    clerkApi()
      .get('/api_keys')
      .query({ subject: USER, limit: '1' })
      .reply(200, { data: [f('api-key')], total_count: 2 });
    clerkApi()
      .get('/api_keys')
      .query({ subject: USER, limit: '1', offset: '1' })
      .reply(200, { data: [{ ...f('api-key'), id: 'ak_7d21f0e4a9b3c8d6e5f1a2b3c4d5e6f7' }], total_count: 2 });
    const ids: string[] = [];
    for await (const key of testClient().apiKeys.list({ subject: USER, limit: 1 })) ids.push(key.id);
    expect(ids).toEqual([AK, 'ak_7d21f0e4a9b3c8d6e5f1a2b3c4d5e6f7']);
  });
});

describe('apiKeys.create', () => {
  it('POSTs snake_case top-level keys, keeps claims verbatim and returns the key with its secret', async () => {
    const sent = captureBody();
    clerkApi().post('/api_keys', sent.match).matchHeader('content-type', 'application/json').reply(200, f('create-api-key'));
    const key = await testClient().apiKeys.create({
      name: 'CI_DEPLOY_KEY',
      subject: USER,
      description: 'Used by the deploy pipeline',
      claims: { team_id: 't_42', allowedRegions: ['eu-west', 'us-east'] },
      scopes: ['read:reports', 'write:deploys'],
      createdBy: USER,
      secondsUntilExpiration: 2592000,
    });
    expect(sent.body).toEqual({
      name: 'CI_DEPLOY_KEY',
      subject: USER,
      description: 'Used by the deploy pipeline',
      claims: { team_id: 't_42', allowedRegions: ['eu-west', 'us-east'] },
      scopes: ['read:reports', 'write:deploys'],
      created_by: USER,
      seconds_until_expiration: 2592000,
    });
    expect(key).toBeInstanceOf(APIKey);
    expect(key.secret).toBe('ak_live_secret_5c2e8f1a9b7d3e6c4a0f2b8d');
    expect(key.lastUsedAt).toBeNull();
  });

  it('rejects with the bapi-proxy error body (no meta, no trace id in the body)', async () => {
    clerkApi()
      .post('/api_keys')
      .reply(
        409,
        { errors: [{ message: 'duplicate name', long_message: 'An API key with this name already exists.', code: 'duplicate_record' }] },
        { 'cf-ray': '8a1b2c3d4e5f-AMS' },
      );
    const error = await rejectionOf(testClient().apiKeys.create({ name: 'CI_DEPLOY_KEY', subject: USER }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(409);
    expect(error.errors).toEqual([{ code: 'duplicate_record', message: 'duplicate name', longMessage: 'An API key with this name already exists.', meta: {} }]);
    expect(error.clerkTraceId).toBe('8a1b2c3d4e5f-AMS');
    expect(error.message).toContain('An API key with this name already exists.');
  });
});

describe('apiKeys.get', () => {
  it('GETs one key by encoded id', async () => {
    clerkApi().get('/api_keys/ak_1%2F..').reply(200, f('api-key'));
    const key = await testClient().apiKeys.get('ak_1/..');
    expect(key).toBeInstanceOf(APIKey);
    expect(key).toMatchObject({ id: AK, type: 'api_key', revoked: false, expired: false, createdAt: 1716900000000 });
  });
});

describe('apiKeys.update', () => {
  it('PATCHes the fields, id in the path only', async () => {
    const sent = captureBody();
    clerkApi().patch(`/api_keys/${AK}`, sent.match).reply(200, f('update-api-key'));
    const key = await testClient().apiKeys.update({
      apiKeyId: AK,
      description: 'Deploys and rollbacks',
      scopes: ['read:reports', 'write:deploys', 'write:rollbacks'],
      claims: { Nested: { keepCase: true } },
      secondsUntilExpiration: null,
    });
    expect(sent.body).toEqual({
      description: 'Deploys and rollbacks',
      scopes: ['read:reports', 'write:deploys', 'write:rollbacks'],
      claims: { Nested: { keepCase: true } },
      seconds_until_expiration: null,
    });
    expect(key.scopes).toEqual(['read:reports', 'write:deploys', 'write:rollbacks']);
  });
});

describe('apiKeys.delete', () => {
  it('DELETEs and returns a DeletedObject', async () => {
    clerkApi().delete(`/api_keys/${AK}`).reply(200, f('delete-api-key'));
    const deleted = await testClient().apiKeys.delete(AK);
    expect(deleted).toBeInstanceOf(DeletedObject);
    expect(deleted).toMatchObject({ object: 'api_key', id: AK, deleted: true });
  });
});

describe('apiKeys.getSecret', () => {
  it('GETs the secret and resolves to { secret }', async () => {
    clerkApi().get(`/api_keys/${AK}/secret`).reply(200, f('get-api-key-secret'));
    expect(await testClient().apiKeys.getSecret(AK)).toEqual({ secret: 'ak_live_secret_5c2e8f1a9b7d3e6c4a0f2b8d' });
  });
});

describe('apiKeys.revoke', () => {
  it('POSTs the reason', async () => {
    const sent = captureBody();
    clerkApi().post(`/api_keys/${AK}/revoke`, sent.match).reply(200, f('revoke-api-key'));
    const key = await testClient().apiKeys.revoke({ apiKeyId: AK, revocationReason: 'Rotated after incident' });
    expect(sent.body).toEqual({ revocation_reason: 'Rotated after incident' });
    expect(key).toMatchObject({ revoked: true, revocationReason: 'Rotated after incident' });
  });

  it('sends revocation_reason: null when no reason is given, since the endpoint requires a body', async () => {
    const sent = captureBody();
    clerkApi().post(`/api_keys/${AK}/revoke`, sent.match).matchHeader('content-type', 'application/json').reply(200, f('revoke-api-key'));
    await testClient().apiKeys.revoke({ apiKeyId: AK });
    expect(sent.body).toEqual({ revocation_reason: null });
  });
});

describe('apiKeys.verify', () => {
  it('POSTs the secret and maps the key', async () => {
    const sent = captureBody();
    clerkApi().post('/api_keys/verify', sent.match).reply(200, f('api-key'));
    const key = await testClient().apiKeys.verify('ak_live_secret_5c2e8f1a9b7d3e6c4a0f2b8d');
    expect(sent.body).toEqual({ secret: 'ak_live_secret_5c2e8f1a9b7d3e6c4a0f2b8d' });
    expect(key).toBeInstanceOf(APIKey);
    expect(key.subject).toBe(USER);
  });

  it('rejects without a request for an empty secret', async () => {
    const error = await rejectionOf(testClient().apiKeys.verify(''));
    expect(error.code).toBe('invalid_argument');
  });

  it('rejects with the API error for an unknown secret', async () => {
    clerkApi()
      .post('/api_keys/verify')
      .reply(404, { errors: [{ message: 'not found', long_message: 'API key not found', code: 'resource_not_found' }] });
    const error = await rejectionOf(testClient().apiKeys.verify('ak_nope'));
    expect(error.status).toBe(404);
    expect(error.errors[0].code).toBe('resource_not_found');
  });
});
