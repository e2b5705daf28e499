// AbstractAPI.send / sendList / sendFrom turn an operation literal (key and entry, as a call site writes it) into a
// request from that literal alone: what they hand the request layer is checked here with a requester that records
// instead of sending. The literals come from the test-only detail file, which test/api/operations.test.ts holds to
// the spec and to the call sites.
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { AbstractAPI } from '../../src/api/AbstractAPI';
import { ClerkSDKError } from '../../src/core/errors';
import type { Requester, RequestSpec } from '../../src/core/http';
import { InvalidPath } from '../../src/core/path';
import { captureBody, clerkApi, testClient } from '../helpers/nock';
import { operation } from '../helpers/operations';

class Probe extends AbstractAPI {
  run(key: string, ids: unknown[], params?: unknown, check?: 'required' | 'optional' | 'array') {
    return this.send(operation(key), ids, params, undefined, { maxRetries: 0 }, check);
  }
  runFrom(key: string, idKeys: string[], params: unknown) {
    return this.sendFrom(operation(key), idKeys, params, undefined, undefined);
  }
  list(key: string, ids: unknown[], params: Record<string, unknown>) {
    return this.sendList(operation(key), ids, params, (raw) => raw, undefined);
  }
  checkBare(key: string, params: unknown) {
    return this.checkParams(key, params);
  }
}

function probe(): { api: Probe; sent: RequestSpec<unknown>[] } {
  const sent: RequestSpec<unknown>[] = [];
  const requester: Requester = {
    request<T>(spec: RequestSpec<T>): Promise<T> {
      sent.push(spec as RequestSpec<unknown>);
      return Promise.resolve({ data: [], total_count: 0 } as T);
    },
  };
  return { api: new Probe(requester), sent };
}

describe('AbstractAPI.send', () => {
  it('takes method and path from the table and sends a GET operation’s params as its query', async () => {
    const { api, sent } = probe();
    await api.run('users.getUser', ['user_1']);
    await api.run('users.getCount', [], { emailAddress: ['a@b.c'] });
    expect(sent[0]).toMatchObject({ method: 'GET', path: '/users/user_1', options: { maxRetries: 0 } });
    expect(sent[0]?.query).toBeUndefined();
    expect(sent[1]).toMatchObject({ method: 'GET', path: '/users/count', query: { emailAddress: ['a@b.c'] } });
  });

  it('percent-encodes ids and refuses dot segments through the path tag', async () => {
    const { api, sent } = probe();
    await api.run('organizations.deleteOrganizationMembership', ['org/1', 'user 2']);
    expect(sent[0]?.path).toBe('/organizations/org%2F1/memberships/user%202');
    await api.run('users.getUser', ['..']);
    expect(sent[1]?.path).toBeInstanceOf(InvalidPath);
  });

  it('sends a JSON body, {} when the spec requires one, and marks public and unversioned operations', async () => {
    const { api, sent } = probe();
    await api.run('users.updateUser', ['user_1'], {});
    await api.run('emailAddresses.updateEmailAddress', ['idn_1'], { verified: true });
    await api.run('interstitial.getPublicInterstitial', [], { publishableKey: 'pk' });
    await api.run('apiKeys.get', ['ak_1']);
    expect(sent[0]).toMatchObject({ method: 'PATCH', body: {}, bodyRequired: true });
    expect(sent[1]).toMatchObject({ method: 'PATCH', body: { verified: true } });
    expect(sent[1]?.bodyRequired).toBeUndefined();
    expect(sent[2]).toMatchObject({ auth: false, query: { publishableKey: 'pk' } });
    expect(sent[3]).toMatchObject({ versionPrefix: false, path: '/api_keys/ak_1' });
  });

  it('deep-converts only operations with fixed nested keys, naming their map keys; multipart and array bodies', async () => {
    const { api, sent } = probe();
    await api.run('agentTasks.create', [], { onBehalfOf: { userId: 'u' } });
    await api.run('users.createUser', [], { publicMetadata: { keepMe: 1 } });
    await api.run('users.updateUserProfileImage', ['user_1'], { file: new Blob(['x']) });
    await api.run('invitations.createInvitationBulk', [], [{ emailAddress: 'a@b.c' }]);
    expect(sent[0]).toMatchObject({ deepSnakeBody: true, mapKeys: [] });
    expect(sent[1]?.deepSnakeBody).toBeUndefined();
    expect(sent[1]?.body).toEqual({ publicMetadata: { keepMe: 1 } });
    expect(sent[2]?.formData?.file).toBeInstanceOf(Blob);
    expect(sent[2]?.body).toBeUndefined();
    expect(sent[3]?.body).toEqual([{ emailAddress: 'a@b.c' }]);
  });

  it('rejects bad params before sending when asked to check them', async () => {
    const { api, sent } = probe();
    await expect(api.run('users.createUser', [], undefined, 'required')).rejects.toMatchObject({ code: 'invalid_argument' });
    await expect(api.run('invitations.createInvitationBulk', [], {}, 'array')).rejects.toBeInstanceOf(ClerkSDKError);
    expect(sent).toHaveLength(0);
  });

  it('names the method by the key alone, whether checkParams is given the whole literal or the bare key', async () => {
    const { api } = probe();
    const message = 'users.createUser() needs its params as an object, got nothing.';
    await expect(api.run('users.createUser', [], undefined, 'required')).rejects.toThrow(message);
    await expect(api.checkBare('users.createUser', undefined)).rejects.toThrow(message);
    await expect(api.runFrom('organizations.createOrganizationMembership', ['organizationId'], 'x')).rejects.toThrow(
      'organizations.createOrganizationMembership() needs its params as an object, got a string.',
    );
  });

  it('throws on a path that is given the wrong number of ids (an SDK bug, not a user error)', () => {
    const { api } = probe();
    expect(() => api.run('users.getUser', [])).toThrow('/users/{} takes 1 ids, got 0');
  });
});

describe('AbstractAPI.sendFrom and sendList', () => {
  it('takes the path ids out of the params object and sends the rest', async () => {
    const { api, sent } = probe();
    await api.runFrom('organizations.createOrganizationMembership', ['organizationId'], { organizationId: 'org_1', userId: 'u', role: 'r' });
    expect(sent[0]).toMatchObject({ method: 'POST', path: '/organizations/org_1/memberships', body: { userId: 'u', role: 'r' } });
    await expect(api.runFrom('organizations.createOrganizationMembership', ['organizationId'], null)).rejects.toMatchObject({ code: 'invalid_argument' });
    expect(sent).toHaveLength(1);
  });

  it('sends a list operation with its page as the query, outside /v1 when the table says so', async () => {
    const { api, sent } = probe();
    await api.list('apiKeys.list', [], { subject: 'user_1', limit: 5 });
    expect(sent[0]).toMatchObject({ method: 'GET', path: '/api_keys', versionPrefix: false, query: { subject: 'user_1', limit: 5 } });
  });
});

describe('map keys on the wire', () => {
  it('a deep-converted body keeps the values of its map keys verbatim and converts the rest', async () => {
    const captured = captureBody();
    const scope = clerkApi().post('/v1/agents/tasks', captured.match).reply(200, {});
    try {
      const requester = (testClient().users as unknown as { requester: Requester }).requester;
      await requester.request({
        method: 'POST',
        path: '/agents/tasks',
        body: { onBehalfOf: { userId: 'u' }, customClaims: { keepMe: { innerKey: 1 } } },
        deepSnakeBody: true,
        mapKeys: ['custom_claims'],
      });
      expect(captured.body).toEqual({ on_behalf_of: { user_id: 'u' }, custom_claims: { keepMe: { innerKey: 1 } } });
      scope.done();
    } finally {
      nock.cleanAll();
    }
  });
});
