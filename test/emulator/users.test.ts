import { describe, expect, it } from 'vitest';
import { ClerkAPIResponseError, User } from '../../src/index';
import { totpCode } from '../../src/testing/resources/users';
import { firstError, useEmulator } from './helpers';
import { rejectionOf } from '../helpers/nock';

const t = useEmulator();

async function createUser(body: Record<string, unknown>) {
  const response = await t.call('POST', '/users', { body });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

describe('users over plain HTTP', () => {
  it('creates, reads, updates and deletes a user', async () => {
    const created = await createUser({
      email_address: ['Ada@Example.com', 'ada.work@example.com'],
      phone_number: ['+15555550100'],
      username: 'ada_l',
      first_name: 'Ada',
      last_name: 'Lovelace',
      external_id: 'ext-1',
      public_metadata: { plan: 'pro', nested: { a: 1 } },
      private_metadata: { stripe: 'cus_1' },
    });
    expect(created.id).toMatch(/^user_[0-9A-Za-z]{27}$/);
    expect(created.object).toBe('user');
    expect(created.email_addresses).toHaveLength(2);
    expect(created.email_addresses[0].id).toMatch(/^idn_/);
    expect(created.email_addresses[0].email_address).toBe('ada@example.com');
    expect(created.email_addresses[0].verification).toMatchObject({ status: 'verified', strategy: 'admin' });
    expect(created.primary_email_address_id).toBe(created.email_addresses[0].id);
    expect(created.primary_phone_number_id).toBe(created.phone_numbers[0].id);
    expect(created.public_metadata).toEqual({ plan: 'pro', nested: { a: 1 } });
    expect(created.created_at).toBeGreaterThan(1_600_000_000_000);
    expect(created.password_enabled).toBe(false);

    const fetched = await t.call('GET', `/users/${created.id}`);
    expect(fetched.body).toEqual(created);

    const updated = await t.call('PATCH', `/users/${created.id}`, {
      body: { first_name: 'Augusta', primary_email_address_id: created.email_addresses[1].id },
    });
    expect(updated.status).toBe(200);
    expect(updated.body.first_name).toBe('Augusta');
    expect(updated.body.primary_email_address_id).toBe(created.email_addresses[1].id);
    expect(updated.body.updated_at).toBeGreaterThan(created.updated_at);

    const deleted = await t.call('DELETE', `/users/${created.id}`);
    expect(deleted).toEqual({ status: 200, body: { object: 'user', id: created.id, deleted: true } });
    const gone = await t.call('GET', `/users/${created.id}`);
    expect(gone.status).toBe(404);
    expect(firstError(gone.body).code).toBe('resource_not_found');
    // The user's email addresses went with it.
    expect((await t.call('GET', `/email_addresses/${created.email_addresses[0].id}`)).status).toBe(404);
  });

  it('merges metadata with PATCH and replaces it with PUT', async () => {
    const user = await createUser({
      email_address: ['meta@example.com'],
      public_metadata: { keep: 1, nested: { a: 1, b: 2 }, drop: true },
      private_metadata: { secret: 'x' },
    });
    const merged = await t.call('PATCH', `/users/${user.id}/metadata`, {
      body: { public_metadata: { nested: { b: 3, c: 4 }, drop: null, added: 'y' } },
    });
    expect(merged.body.public_metadata).toEqual({ keep: 1, nested: { a: 1, b: 3, c: 4 }, added: 'y' });
    expect(merged.body.private_metadata).toEqual({ secret: 'x' });

    const replaced = await t.call('PUT', `/users/${user.id}/metadata`, { body: { public_metadata: { only: true } } });
    expect(replaced.body.public_metadata).toEqual({ only: true });
    // Fields left out of a PUT stay as they were.
    expect(replaced.body.private_metadata).toEqual({ secret: 'x' });

    // The 2026-05-12 PATCH /users/{id} no longer takes metadata: it is refused, not silently dropped.
    const refused = await t.call('PATCH', `/users/${user.id}`, { body: { public_metadata: { x: 1 } } });
    expect(refused.status).toBe(422);
    expect(firstError(refused.body)).toMatchObject({ code: 'form_param_unknown', meta: { param_name: 'public_metadata' } });
  });

  it('bans, unbans, locks and unlocks, one at a time and in bulk', async () => {
    const a = await createUser({ email_address: ['a@example.com'] });
    const b = await createUser({ email_address: ['b@example.com'] });
    expect((await t.call('POST', `/users/${a.id}/ban`)).body.banned).toBe(true);
    expect((await t.call('GET', '/users', { query: { banned: true } })).body.map((u: any) => u.id)).toEqual([a.id]);
    expect((await t.call('POST', `/users/${a.id}/unban`)).body.banned).toBe(false);

    const bulk = await t.call('POST', '/users/ban', { body: { user_ids: [a.id, b.id] } });
    expect(bulk.body.map((u: any) => [u.id, u.banned])).toEqual([
      [a.id, true],
      [b.id, true],
    ]);
    const unbanned = await t.call('POST', '/users/unban', { body: { user_ids: [b.id] } });
    expect(unbanned.body[0].banned).toBe(false);

    const locked = await t.call('POST', `/users/${a.id}/lock`);
    expect(locked.body).toMatchObject({ locked: true, verification_attempts_remaining: 0 });
    expect((await t.call('POST', `/users/${a.id}/unlock`)).body.locked).toBe(false);
  });

  it('verifies passwords against a real hash', async () => {
    const user = await createUser({ email_address: ['pw@example.com'], password: 'correct horse battery' });
    expect(user.password_enabled).toBe(true);
    expect(JSON.stringify(user)).not.toContain('correct horse');
    const ok = await t.call('POST', `/users/${user.id}/verify_password`, { body: { password: 'correct horse battery' } });
    expect(ok).toEqual({ status: 200, body: { verified: true } });
    const wrong = await t.call('POST', `/users/${user.id}/verify_password`, { body: { password: 'wrong horse battery' } });
    expect(wrong.status).toBe(422);
    expect(firstError(wrong.body).code).toBe('incorrect_password');

    const short = await t.call('POST', '/users', { body: { email_address: ['short@example.com'], password: 'short' } });
    expect(short.status).toBe(422);
    expect(firstError(short.body).code).toBe('form_password_length_too_short');

    // Imported digests verify too.
    const md5 = await createUser({
      email_address: ['md5@example.com'],
      password_digest: '5f4dcc3b5aa765d61d8327deb882cf99',
      password_hasher: 'md5',
    });
    expect((await t.call('POST', `/users/${md5.id}/verify_password`, { body: { password: 'password' } })).status).toBe(200);
    const removed = await t.call('POST', `/users/${md5.id}/remove_password`, { body: {} });
    expect(removed.body.password_enabled).toBe(false);
  });

  it('verifies TOTP codes and one-time backup codes', async () => {
    const secret = 'JBSWY3DPEHPK3PXP';
    const user = await createUser({ email_address: ['totp@example.com'], totp_secret: secret, backup_codes: ['123456789'] });
    expect(user).toMatchObject({ totp_enabled: true, backup_code_enabled: true, two_factor_enabled: true });
    const code = totpCode(secret, Date.now());
    expect(await t.call('POST', `/users/${user.id}/verify_totp`, { body: { code } })).toEqual({
      status: 200,
      body: { verified: true, code_type: 'totp' },
    });
    const backup = await t.call('POST', `/users/${user.id}/verify_totp`, { body: { code: '123456789' } });
    expect(backup.body).toEqual({ verified: true, code_type: 'backup_code' });
    expect((await t.call('POST', `/users/${user.id}/verify_totp`, { body: { code: '123456789' } })).status).toBe(422);
    expect(await t.call('DELETE', `/users/${user.id}/mfa`)).toEqual({ status: 200, body: { user_id: user.id } });
    expect((await t.call('GET', `/users/${user.id}`)).body.totp_enabled).toBe(false);
  });

  it('filters, orders and counts users', async () => {
    const zed = await createUser({ email_address: ['zed@example.com'], first_name: 'Zed', username: 'zedz' });
    const amy = await createUser({ email_address: ['amy@example.com'], first_name: 'Amy', external_id: 'x-2' });
    const bob = await createUser({ phone_number: ['+15555550123'], first_name: 'Bob' });
    const ids = (body: any[]) => body.map((u) => u.id);

    expect(ids((await t.call('GET', '/users')).body)).toEqual([bob.id, amy.id, zed.id]);
    expect(ids((await t.call('GET', '/users', { query: { order_by: '+first_name' } })).body)).toEqual([amy.id, bob.id, zed.id]);
    expect(ids((await t.call('GET', '/users', { query: { order_by: 'created_at' } })).body)).toEqual([zed.id, amy.id, bob.id]);
    expect(ids((await t.call('GET', '/users', { query: { email_address: ['AMY@example.com'] } })).body)).toEqual([amy.id]);
    expect(ids((await t.call('GET', '/users', { query: { query: 'zed' } })).body)).toEqual([zed.id]);
    expect(ids((await t.call('GET', '/users', { query: { phone_number_query: '555' } })).body)).toEqual([bob.id]);
    expect(ids((await t.call('GET', '/users', { query: { user_id: [`-${zed.id}`] } })).body)).toEqual([bob.id, amy.id]);
    expect(ids((await t.call('GET', '/users', { query: { external_id: ['x-2'] } })).body)).toEqual([amy.id]);
    expect(ids((await t.call('GET', '/users', { query: { username: ['zedz'] } })).body)).toEqual([zed.id]);
    expect(ids((await t.call('GET', '/users', { query: { created_at_after: amy.created_at } })).body)).toEqual([bob.id]);

    expect((await t.call('GET', '/users/count')).body).toEqual({ object: 'total_count', total_count: 3 });
    expect((await t.call('GET', '/users/count', { query: { name_query: 'b' } })).body.total_count).toBe(1);

    const bad = await t.call('GET', '/users', { query: { order_by: '-shoe_size' } });
    expect(bad.status).toBe(422);
    expect(firstError(bad.body)).toMatchObject({ code: 'form_param_value_invalid', meta: { param_name: 'order_by' } });
  });

  it('pages with limit/offset and with the starting_after cursor', async () => {
    const created: string[] = [];
    for (let i = 0; i < 7; i++) created.push((await createUser({ email_address: [`p${i}@example.com`] })).id);
    const newestFirst = [...created].reverse();
    const page1 = await t.call('GET', '/users', { query: { limit: 3 } });
    const page2 = await t.call('GET', '/users', { query: { limit: 3, offset: 3 } });
    const page3 = await t.call('GET', '/users', { query: { limit: 3, offset: 6 } });
    expect([...page1.body, ...page2.body, ...page3.body].map((u: any) => u.id)).toEqual(newestFirst);
    expect(page3.body).toHaveLength(1);
    const cursor = await t.call('GET', '/users', { query: { limit: 2, starting_after: newestFirst[1]! } });
    expect(cursor.body.map((u: any) => u.id)).toEqual(newestFirst.slice(2, 4));
    const mixed = await t.call('GET', '/users', { query: { starting_after: newestFirst[1]!, order_by: 'first_name' } });
    expect(mixed.status).toBe(422);
    const tooMany = await t.call('GET', '/users', { query: { limit: 501 } });
    expect(firstError(tooMany.body)).toMatchObject({ code: 'form_param_value_invalid', meta: { param_name: 'limit' } });
    const notNumber = await t.call('GET', '/users', { query: { limit: 'ten' } });
    expect(firstError(notNumber.body)).toMatchObject({ code: 'form_param_format_invalid', meta: { param_name: 'limit' } });
  });

  it('refuses taken and malformed identifiers with 422', async () => {
    await createUser({ email_address: ['taken@example.com'], username: 'taken', external_id: 'e-1' });
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ email_address: ['TAKEN@example.com'] }, 'form_identifier_exists', 'email_address'],
      [{ username: 'Taken' }, 'form_identifier_exists', 'username'],
      [{ external_id: 'e-1' }, 'form_identifier_exists', 'external_id'],
      [{ email_address: ['not-an-email'] }, 'form_param_format_invalid', 'email_address[0]'],
      [{ phone_number: ['555-CALL-NOW'] }, 'form_param_format_invalid', 'phone_number[0]'],
      [{ email_address: 'x@example.com' }, 'form_param_format_invalid', 'email_address'],
      [{ first_name: 7 }, 'form_param_format_invalid', 'first_name'],
      [{ shoe_size: 9 }, 'form_param_unknown', 'shoe_size'],
    ];
    for (const [body, code, param] of cases) {
      const response = await t.call('POST', '/users', { body });
      expect(response.status, JSON.stringify(body)).toBe(422);
      expect(firstError(response.body)).toMatchObject({ code, meta: { param_name: param } });
    }
    expect((await t.call('GET', '/users/count')).body.total_count).toBe(1);
  });

  it('answers 404 for operations on a missing user', async () => {
    for (const [method, path] of [
      ['GET', '/users/user_missing'],
      ['PATCH', '/users/user_missing'],
      ['DELETE', '/users/user_missing'],
      ['POST', '/users/user_missing/ban'],
      ['PATCH', '/users/user_missing/metadata'],
    ] as const) {
      const response = await t.call(method, path, method === 'GET' || method === 'DELETE' ? {} : { body: {} });
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(firstError(response.body).code).toBe('resource_not_found');
    }
  });
});

describe('users through the SDK', () => {
  it('round-trips a user with camelCase params and model results', async () => {
    const user = await t.clerk.users.createUser({
      emailAddress: ['grace@example.com'],
      firstName: 'Grace',
      password: 'a long enough password',
      publicMetadata: { camelKey: { innerKey: 1 } },
    });
    expect(user).toBeInstanceOf(User);
    expect(user.firstName).toBe('Grace');
    expect(user.publicMetadata).toEqual({ camelKey: { innerKey: 1 } });
    expect(user.emailAddresses[0]!.emailAddress).toBe('grace@example.com');

    const updated = await t.clerk.users.updateUser(user.id, { lastName: 'Hopper', publicMetadata: { role: 'admiral' } });
    expect(updated.lastName).toBe('Hopper');
    // The SDK routes v4-style metadata in updateUser through the metadata endpoint.
    expect(updated.publicMetadata).toMatchObject({ role: 'admiral' });

    const merged = await t.clerk.users.updateUserMetadata(user.id, { privateMetadata: { level: 3 } });
    expect(merged.privateMetadata).toEqual({ level: 3 });
    const replaced = await t.clerk.users.replaceUserMetadata(user.id, { publicMetadata: { fresh: true } });
    expect(replaced.publicMetadata).toEqual({ fresh: true });

    expect((await t.clerk.users.getUser(user.id)).lastName).toBe('Hopper');
    expect(await t.clerk.users.verifyPassword({ userId: user.id, password: 'a long enough password' })).toEqual({ verified: true });
    expect((await t.clerk.users.banUser(user.id)).banned).toBe(true);
    expect((await t.clerk.users.unbanUser(user.id)).banned).toBe(false);
    expect((await t.clerk.users.lockUser(user.id)).locked).toBe(true);
    expect((await t.clerk.users.unlockUser(user.id)).locked).toBe(false);
    expect(await t.clerk.users.getCount()).toBe(1);

    const deleted = await t.clerk.users.deleteUser(user.id);
    expect(deleted).toMatchObject({ id: user.id, deleted: true });
    const error = await rejectionOf(t.clerk.users.getUser(user.id));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(404);
    expect(error.errors[0].code).toBe('resource_not_found');
    expect(error.clerkTraceId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('pages through users with for-await and reports real totals', async () => {
    for (let i = 0; i < 12; i++) await t.clerk.users.createUser({ emailAddress: [`walk${i}@example.com`] });
    const first = await t.clerk.users.getUserList({ limit: 5 });
    expect(first).toHaveLength(5);
    expect(first.totalCount).toBe(12);
    const seen: string[] = [];
    for await (const user of t.clerk.users.getUserList({ limit: 5, orderBy: '+created_at' })) seen.push(user.emailAddresses[0]!.emailAddress);
    expect(seen).toEqual(Array.from({ length: 12 }, (_, i) => `walk${i}@example.com`));
  });

  it('throws a typed 422 for a duplicate email', async () => {
    await t.clerk.users.createUser({ emailAddress: ['dup@example.com'] });
    const error = await rejectionOf(t.clerk.users.createUser({ emailAddress: ['dup@example.com'] }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(422);
    expect(error.errors[0]).toMatchObject({ code: 'form_identifier_exists', meta: { paramName: 'email_address' } });
  });
});
