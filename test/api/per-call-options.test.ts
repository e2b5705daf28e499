// Per-call options and params checks on a few representative methods, beside the catalogue-wide checks in
// test/conformance (options.test.ts, params.test.ts, signatures.test.ts): options stay out of the query and
// body, apply to every request of a multi-request method and to that call only, and a bad params argument is
// refused before sending with a message that names the method but never echoes the value.
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClerkSDKError } from '../../src/index';
import { captureBody, clerkApi, fixture, rejectionOf, testClient } from '../helpers/nock';

const user = fixture('users/get-user');
const userList = fixture('users/get-user-list');
const PER_CALL = { headers: { 'x-request-tag': 'call-1' }, timeout: 10_000, maxRetries: 0 };

// Requests that reach nock without an interceptor (with net connect disabled, nothing else can be sent).
let unmatched: string[] = [];
const onNoMatch = (req: { method?: string; path?: string }) => unmatched.push(`${req.method} ${req.path}`);
beforeEach(() => {
  unmatched = [];
  nock.emitter.on('no match', onNoMatch);
});
afterEach(() => {
  nock.emitter.removeListener('no match', onNoMatch);
});

describe('per-call options', () => {
  it('send their headers on that call only, over the client-wide ones, and never in the query', async () => {
    const client = testClient({ httpOptions: { headers: { 'x-request-tag': 'client', 'x-client': 'yes' } } });
    clerkApi()
      .matchHeader('x-request-tag', 'call-1')
      .matchHeader('x-client', 'yes')
      .get('/v1/users/count')
      .query({ query: 'ada' })
      .reply(200, { object: 'total_count', total_count: 2 });
    clerkApi().matchHeader('x-request-tag', 'call-1').get('/v1/users').query({ query: 'ada', limit: '2' }).reply(200, userList);
    const page = await client.users.getUserList({ query: 'ada', limit: 2 }, PER_CALL);
    expect(page.totalCount).toBe(2);

    // The next call, without options, carries the client's value again.
    clerkApi().matchHeader('x-request-tag', 'client').get('/v1/users/user_1').reply(200, user);
    await client.users.getUser('user_1');
  });

  it('stay out of the body, and reach both requests of updateUser', async () => {
    const patch = captureBody();
    const put = captureBody();
    clerkApi().matchHeader('x-request-tag', 'call-1').patch('/v1/users/user_1', patch.match).reply(200, user);
    clerkApi().matchHeader('x-request-tag', 'call-1').put('/v1/users/user_1/metadata', put.match).reply(200, user);
    await testClient().users.updateUser('user_1', { firstName: 'Ada', publicMetadata: { tier: 'gold' } }, PER_CALL);
    expect(patch.body).toEqual({ first_name: 'Ada' });
    expect(put.body).toEqual({ public_metadata: { tier: 'gold' } });
  });

  it('follow an optional params argument that is left out', async () => {
    const sent = captureBody();
    clerkApi().matchHeader('x-request-tag', 'call-1').patch('/v1/users/user_1', sent.match).reply(200, user);
    await testClient().users.updateUser('user_1', undefined, PER_CALL);
    // No fields: the required body is sent as an empty object.
    expect(sent.body).toEqual({});
  });
});

describe('params checks', () => {
  it('refuse null with invalid_argument, naming the method, and send nothing', async () => {
    const error = await rejectionOf(testClient().users.createUser(null as never));
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.code).toBe('invalid_argument');
    expect(error.message).toBe('users.createUser() needs its params as an object, got null.');
    expect(unmatched).toEqual([]);
  });

  it('never echo the value given', async () => {
    const error = await rejectionOf(testClient().users.createUser('sk_live_looks_like_a_secret' as never));
    expect(error.code).toBe('invalid_argument');
    expect(error.message).toBe('users.createUser() needs its params as an object, got a string.');
    expect(error.message).not.toContain('sk_live');
  });

  it('refuse a missing required params object, but not a missing optional one', async () => {
    expect((await rejectionOf(testClient().users.createUser(undefined as never))).code).toBe('invalid_argument');
    expect((await rejectionOf(testClient().organizations.getOrganization(undefined as never))).code).toBe('invalid_argument');
    clerkApi().get('/v1/users/count').reply(200, { object: 'total_count', total_count: 0 });
    clerkApi().get('/v1/users').reply(200, []);
    await expect(testClient().users.getUserList(undefined)).resolves.toHaveLength(0);
  });

  it('refuse an object where a bulk call expects an array', async () => {
    const error = await rejectionOf(testClient().invitations.createInvitationBulk({ emailAddress: 'a@b.test' } as never));
    expect(error.code).toBe('invalid_argument');
    expect(error.message).toBe('invitations.createInvitationBulk() needs an array, got an object.');
  });

  it('make a refused list reject both when awaited and when iterated, sending nothing', async () => {
    const list = testClient().users.getUserList([] as never);
    expect((await rejectionOf(list)).code).toBe('invalid_argument');
    const walk = async () => {
      for await (const _user of testClient().organizations.getOrganizationList('x' as never)) void _user;
    };
    expect((await rejectionOf(walk())).code).toBe('invalid_argument');
    expect(unmatched).toEqual([]);
  });
});
