// The emulator refuses what it cannot store instead of failing: bodies nested too deeply, sort keys it does not sort
// by (prototype names included), and a write that fails half-way leaves no trace.
import { describe, expect, it } from 'vitest';
import { ClerkAPIResponseError } from '../../src/index';
import { rejectionOf } from '../helpers/nock';
import { EmulatorServer } from '../../src/testing/server';
import { firstError, useEmulator } from './helpers';

const t = useEmulator();

/** `{"a":{"a":…{"a":1}}}` nested `depth` levels deep, as raw JSON text (no recursion on either side). */
function nested(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

describe('nesting limit', () => {
  it('refuses metadata nested 5,000 deep with 422, stores nothing, and keeps answering', async () => {
    const before = (await t.call('GET', '/users/count')).body.total_count;
    const raw = `{"email_address":["deep@example.com"],"public_metadata":${nested(5000)}}`;
    const response = await t.call('POST', '/users', { raw });
    expect(response.status).toBe(422);
    expect(firstError(response.body)).toMatchObject({ code: 'form_param_nesting_too_deep' });
    expect((await t.call('GET', '/users/count')).body.total_count).toBe(before);
    expect((await t.call('GET', '/users')).status).toBe(200);
    // The address was not taken by a half-stored user.
    expect((await t.call('POST', '/users', { body: { email_address: ['deep@example.com'] } })).status).toBe(200);
  });

  it('accepts nesting up to the limit and refuses one level more, on updates too', async () => {
    const user = (await t.call('POST', '/users', { body: { username: 'nester' } })).body;
    // The body itself is one level; metadata nested 63 deep makes 64.
    expect((await t.call('PATCH', `/users/${user.id}/metadata`, { raw: `{"public_metadata":${nested(62)}}` })).status).toBe(200);
    const refused = await t.call('PATCH', `/users/${user.id}/metadata`, { raw: `{"public_metadata":${nested(64)}}` });
    expect(refused.status).toBe(422);
    // Arrays count as levels too, and a million-deep body is refused without a stack overflow.
    const deepArray = await t.call('POST', '/users', { raw: `{"public_metadata":{"x":${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}}` });
    expect(deepArray.status).toBe(422);
    expect((await t.call('GET', `/users/${user.id}`)).body.public_metadata).toMatchObject({ a: { a: expect.any(Object) } });
  });
});

describe('failed writes change nothing', () => {
  it('undoes every change of a write that throws half-way, in place changes included', async () => {
    const server = new EmulatorServer({ port: 0, secretKeys: new Set(['sk_test_x']), issuer: 'https://clerk.emulator.test' });
    const made = await server.execute('CreateUser', { body: { username: 'rollback', backup_codes: ['123456'] } });
    const before = JSON.stringify([...server.store.users.values()]);
    const failure = server.transact(() => {
      // Handlers reach records through the store's tables, as here; that first read is what saves the table.
      const user = server.store.users.get(made.id)!;
      user.first_name = 'Changed';
      user.backup_codes.push('999999');
      server.store.users.set('user_extra', { ...user, id: 'user_extra' });
      throw new Error('half-way');
    });
    await expect(failure).rejects.toThrow('half-way');
    expect(JSON.stringify([...server.store.users.values()])).toBe(before);
    expect(server.store.users.has('user_extra')).toBe(false);
    expect(server.store.users.get(made.id)!.backup_codes).toEqual(['123456']);
    // A write that succeeds keeps its changes.
    await server.transact(() => {
      server.store.users.get(made.id)!.first_name = 'Kept';
    });
    expect(server.store.users.get(made.id)!.first_name).toBe('Kept');
  });

  it('runs concurrent writes one at a time, so uniqueness holds under a burst', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () => t.call('POST', '/users', { body: { email_address: ['burst@example.com'], password: 'long enough pw' } })),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 422)).toHaveLength(19);
    expect((await t.call('GET', '/users/count')).body.total_count).toBe(1);
  });
});

describe('sort keys', () => {
  it('answers 422 for prototype names and other keys the list does not sort by', async () => {
    await t.call('POST', '/users', { body: { username: 'sorted_user' } });
    for (const key of ['__proto__', 'hasOwnProperty', 'constructor', 'toString', 'valueOf', '-__proto__', '+constructor', 'no_such_field', '']) {
      const response = await t.call('GET', '/users', { query: { order_by: key } });
      expect(response.status, key).toBe(422);
      expect(firstError(response.body)).toMatchObject({ code: 'form_param_value_invalid', meta: { param_name: 'order_by' } });
    }
    for (const path of ['/organizations', '/organization_memberships', '/organization_domains', '/machines']) {
      const response = await t.call('GET', path, { query: { order_by: 'constructor' } });
      expect(response.status, path).toBe(422);
    }
    expect((await t.call('GET', '/users', { query: { order_by: '+username' } })).status).toBe(200);
  });

  it('keeps metadata keys such as __proto__ as plain data', async () => {
    const user = (await t.call('POST', '/users', { raw: '{"username":"protouser","public_metadata":{"__proto__":{"admin":true},"constructor":1}}' })).body;
    expect(Object.keys(user.public_metadata).sort()).toEqual(['__proto__', 'constructor']);
    const merged = await t.call('PATCH', `/users/${user.id}/metadata`, { raw: '{"public_metadata":{"__proto__":{"more":1}}}' });
    expect(merged.status).toBe(200);
    expect(JSON.parse(JSON.stringify(merged.body.public_metadata))).toEqual(JSON.parse('{"__proto__":{"admin":true,"more":1},"constructor":1}'));
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });
});

describe('operations the SDK sends without /v1', () => {
  it('routes API keys at the SDK paths, end to end through the client', async () => {
    const user = await t.clerk.users.createUser({ username: 'keyholder' });
    const key = await t.clerk.apiKeys.create({ name: 'ci key', subject: user.id, scopes: ['read'], claims: { team: 'x' } });
    expect(key.secret).toMatch(/^ak_/);
    expect((await t.clerk.apiKeys.get(key.id)).name).toBe('ci key');
    expect((await t.clerk.apiKeys.list({ subject: user.id })).totalCount).toBe(1);
    expect((await t.clerk.apiKeys.getSecret(key.id)).secret).toBe(key.secret);
    expect((await t.clerk.apiKeys.update({ apiKeyId: key.id, description: 'rotated' })).description).toBe('rotated');
    expect((await t.clerk.apiKeys.verify(key.secret!)).id).toBe(key.id);
    expect((await t.clerk.apiKeys.revoke({ apiKeyId: key.id, revocationReason: 'done' })).revoked).toBe(true);
    expect((await t.clerk.apiKeys.delete(key.id)).deleted).toBe(true);
    // The same operations stay reachable under /v1.
    expect((await t.call('GET', '/api_keys', { query: { subject: user.id } })).status).toBe(200);
  });

  it('answers 501 (not 404) for the unmodelled ones, through the SDK', async () => {
    const oauth = await rejectionOf(t.clerk.idPOAuthAccessToken.verify('oat_something'));
    expect(oauth).toBeInstanceOf(ClerkAPIResponseError);
    expect(oauth.status).toBe(501);
    expect(oauth.errors[0]).toMatchObject({ code: 'operation_not_implemented', meta: { operationId: 'verifyOAuthAccessToken' } });
    const portal = await rejectionOf(t.clerk.adminPortalLinkTokens.createAdminPortalLinkToken({ organizationId: 'org_x' }));
    expect(portal.status).toBe(501);
    const revoke = await rejectionOf(t.clerk.adminPortalLinkTokens.revokeAdminPortalLinkToken('aplt_1'));
    expect(revoke.status).toBe(501);
  });

  it('serves only those operations at the root: other paths still answer 404 there', async () => {
    const headers = { authorization: `Bearer ${t.emu.secretKey}` };
    expect((await fetch(`${t.emu.url}/users`, { headers })).status).toBe(404);
    expect((await fetch(`${t.emu.url}/jwks`, { headers })).status).toBe(404);
    expect((await fetch(`${t.emu.url}/api_keys_extra`, { headers })).status).toBe(404);
    expect((await fetch(`${t.emu.url}/api_keys?subject=user_x`)).status).toBe(401);
  });

  it('answers a malformed parameter of those operations with 400, as their spec entries say', async () => {
    const response = await fetch(`${t.emu.url}/api_keys`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.emu.secretKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'ok name', subject: 'not-a-subject' }),
    });
    expect(response.status).toBe(400);
    expect(firstError(await response.json())).toMatchObject({ code: 'form_param_value_invalid', meta: { param_name: 'subject' } });
  });
});
