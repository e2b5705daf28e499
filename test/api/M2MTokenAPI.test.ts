import { describe, expect, it } from 'vitest';
import { ClerkAPIResponseError, ClerkSDKError, createClerkClient } from '../../src/index';
import { M2MToken } from '../../src/models/M2MToken';
import { captureBody, clerkApi, fixture, rejectionOf, TEST_API_URL, testClient } from '../helpers/nock';

const f = (name: string) => fixture(`m2m-tokens/${name}`);
const M1 = 'mch_2xhFjEI5X2qWRvtV13BzSj8H6Dk';
const M2 = 'mch_2yGkLpQ7Y3rXSwtU24CzTk9I7Em';
const M3 = 'mch_2zHmNqR8Z4sYTxvV35DaUl0J8Fn';
const MT = 'mt_f7f0ba8c3b4843ce7d85fcdd5e71853e';
const MACHINE_KEY = 'ak_live_machine_7f3c9a1e5b2d4f60';

describe('m2m.list', () => {
  it('GETs /m2m_tokens without /v1, reads items from m2m_tokens and keeps the total', async () => {
    clerkApi().get('/m2m_tokens').query({ subject: M1, revoked: 'true', expired: 'false', limit: '10', offset: '0' }).reply(200, f('list-m2m-tokens'));
    const list = await testClient().m2m.list({ subject: M1, revoked: true, expired: false, limit: 10, offset: 0 });
    expect(list).toHaveLength(2);
    expect(list.totalCount).toBe(5);
    expect(list[0]).toBeInstanceOf(M2MToken);
    expect(list[0]).toMatchObject({ id: MT, subject: M1, scopes: [M2, M3], token: null, revoked: false, expiration: 1718903600000 });
    expect(list[0]?.claims).toEqual({ job: 'nightly-reconcile', retryCount: 2 });
    expect(list[1]).toMatchObject({ revoked: true, revocationReason: 'superseded', expired: true, claims: null, lastUsedAt: 1717001000000 });
  });

  it('authenticates with a machine secret key instead of the instance key, and never puts it in the query', async () => {
    clerkApi(MACHINE_KEY).get('/m2m_tokens').query({ subject: M1 }).reply(200, { m2m_tokens: [], total_count: 0 });
    const list = await testClient().m2m.list({ subject: M1, machineSecretKey: MACHINE_KEY });
    expect(list.totalCount).toBe(0);
  });

  it('refuses a limit above 100 before sending anything', async () => {
    const error = await rejectionOf(testClient().m2m.list({ subject: M1, limit: 250 }));
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.code).toBe('invalid_argument');
  });

  it('refuses a missing subject before sending anything', async () => {
    const error = await rejectionOf(testClient().m2m.list({ machineSecretKey: MACHINE_KEY } as never));
    expect(error.code).toBe('invalid_argument');
  });
});

describe('m2m.createToken', () => {
  it('POSTs the body @clerk/backend sends (nulls and opaque by default), with the machine key as bearer, and accepts 201', async () => {
    const sent = captureBody();
    clerkApi(MACHINE_KEY).post('/m2m_tokens', sent.match).matchHeader('content-type', 'application/json').reply(201, f('create-m2m-token'));
    const token = await testClient().m2m.createToken({ machineSecretKey: MACHINE_KEY });
    expect(sent.body).toEqual({ seconds_until_expiration: null, claims: null, token_format: 'opaque' });
    expect(token).toBeInstanceOf(M2MToken);
    expect(token.token).toBe('mt_live_8e2f4a6c1b3d5e7f9a0c2e4b6d8f1a3c');
    expect(token.raw).toEqual(f('create-m2m-token'));
  });

  it('sends every option, claims verbatim', async () => {
    const sent = captureBody();
    clerkApi(MACHINE_KEY).post('/m2m_tokens', sent.match).reply(201, f('create-m2m-token'));
    await testClient().m2m.createToken({
      machineSecretKey: MACHINE_KEY,
      secondsUntilExpiration: 3600,
      claims: { job: 'nightly-reconcile', retryCount: 2 },
      minRemainingTtlSeconds: 240,
      tokenFormat: 'jwt',
    });
    expect(sent.body).toEqual({
      seconds_until_expiration: 3600,
      claims: { job: 'nightly-reconcile', retryCount: 2 },
      min_remaining_ttl_seconds: 240,
      token_format: 'jwt',
    });
  });

  it('works on a client that has no secret key at all when a machine key is passed', async () => {
    clerkApi(MACHINE_KEY).post('/m2m_tokens').reply(201, f('create-m2m-token'));
    const client = createClerkClient({ apiUrl: TEST_API_URL, secretKey: '' });
    const token = await client.m2m.createToken({ machineSecretKey: MACHINE_KEY });
    expect(token.id).toBe(MT);
  });

  it('rejects with the bapi-proxy error body', async () => {
    clerkApi(MACHINE_KEY)
      .post('/m2m_tokens')
      .reply(400, {
        errors: [{ message: 'Bad Request', long_message: 'min_remaining_ttl_seconds must be below the token lifetime', code: 'form_param_value_invalid' }],
      });
    const error = await rejectionOf(testClient().m2m.createToken({ machineSecretKey: MACHINE_KEY, minRemainingTtlSeconds: 4000 }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(400);
    expect(error.errors[0]).toMatchObject({ code: 'form_param_value_invalid', longMessage: 'min_remaining_ttl_seconds must be below the token lifetime' });
  });
});

describe('m2m.revokeToken', () => {
  it('POSTs the reason with the instance key when no machine key is given', async () => {
    const sent = captureBody();
    clerkApi().post(`/m2m_tokens/${MT}/revoke`, sent.match).reply(200, f('revoke-m2m-token'));
    const token = await testClient().m2m.revokeToken({ m2mTokenId: MT, revocationReason: 'Job cancelled' });
    expect(sent.body).toEqual({ revocation_reason: 'Job cancelled' });
    expect(token).toMatchObject({ revoked: true, revocationReason: 'Job cancelled', updatedAt: 1718901000000 });
  });

  it('sends revocation_reason: null by default and encodes the id', async () => {
    const sent = captureBody();
    clerkApi(MACHINE_KEY).post('/m2m_tokens/mt_1%2F..%3F/revoke', sent.match).reply(200, f('revoke-m2m-token'));
    await testClient().m2m.revokeToken({ m2mTokenId: 'mt_1/..?', machineSecretKey: MACHINE_KEY });
    expect(sent.body).toEqual({ revocation_reason: null });
  });

  it('rejects without a request when the token id is missing', async () => {
    const error = await rejectionOf(testClient().m2m.revokeToken({} as never));
    expect(error.code).toBe('invalid_argument');
  });
});

describe('m2m.verify', () => {
  it('POSTs the token and maps the result', async () => {
    const sent = captureBody();
    clerkApi(MACHINE_KEY).post('/m2m_tokens/verify', sent.match).reply(200, f('verify-m2m-token'));
    const token = await testClient().m2m.verify({ token: 'mt_live_8e2f4a6c1b3d5e7f9a0c2e4b6d8f1a3c', machineSecretKey: MACHINE_KEY });
    expect(sent.body).toEqual({ token: 'mt_live_8e2f4a6c1b3d5e7f9a0c2e4b6d8f1a3c' });
    expect(token).toBeInstanceOf(M2MToken);
    expect(token).toMatchObject({ id: MT, lastUsedAt: 1718900500000, token: null });
  });

  it('also takes the bare token string', async () => {
    const sent = captureBody();
    clerkApi().post('/m2m_tokens/verify', sent.match).reply(200, f('verify-m2m-token'));
    await testClient().m2m.verify('mt_live_8e2f4a6c1b3d5e7f9a0c2e4b6d8f1a3c');
    expect(sent.body).toEqual({ token: 'mt_live_8e2f4a6c1b3d5e7f9a0c2e4b6d8f1a3c' });
  });

  it('rejects without a request for an empty token', async () => {
    const error = await rejectionOf(testClient().m2m.verify({ token: '' }));
    expect(error.code).toBe('invalid_argument');
  });
});
