import { createServer } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { createClerkClient } from '../../src/index';
import { startEmulator } from '../../src/testing';
import { callEmulator, expectConformance, firstError, recordExchange } from './helpers';

afterAll(expectConformance);

const WATCHED_EVENTS = ['SIGINT', 'SIGTERM', 'exit', 'beforeExit', 'uncaughtException', 'unhandledRejection', 'warning'] as const;

function resourceCounts(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const type of process.getActiveResourcesInfo()) counts[type] = (counts[type] ?? 0) + 1;
  return counts;
}

function listenerCounts(): Record<string, number> {
  return Object.fromEntries(WATCHED_EVENTS.map((event) => [event, process.listenerCount(event)]));
}

/** Types whose count went up between two snapshots. */
function grown(before: Record<string, number>, after: Record<string, number>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [type, count] of Object.entries(after)) {
    if (count > (before[type] ?? 0)) out[type] = `${before[type] ?? 0} → ${count}`;
  }
  return out;
}

async function settle(before: Record<string, number>): Promise<Record<string, number>> {
  // Closed sockets leave the list on the next turns of the event loop.
  for (let i = 0; i < 50; i++) {
    const now = resourceCounts();
    if (Object.keys(grown(before, now)).length === 0) return now;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return resourceCounts();
}

describe('lifecycle', () => {
  it('starts and stops 100 times without leaking handles or listeners', async () => {
    // Warm up once so lazily created, process-wide things (fetch's dispatcher, loaded modules) exist before counting.
    const warm = await startEmulator();
    await callEmulator(warm, 'GET', '/users');
    await warm.stop();
    const beforeResources = await settle(resourceCounts());
    const beforeListeners = listenerCounts();

    const ports = new Set<number>();
    for (let i = 0; i < 100; i++) {
      const emu = await startEmulator({ onResponse: recordExchange });
      ports.add(emu.port);
      // A real request each time, so each round opens (and must close) a keep-alive connection.
      const response = await callEmulator(emu, 'POST', '/users', { body: { username: `round${i}` } });
      expect(response.status).toBe(200);
      await emu.stop();
    }
    expect(ports.size).toBeGreaterThan(1);
    const afterResources = await settle(beforeResources);
    expect(grown(beforeResources, afterResources)).toEqual({});
    expect(listenerCounts()).toEqual(beforeListeners);

    // The check does notice a server left running.
    const leaked = await startEmulator();
    expect(grown(beforeResources, resourceCounts())).toHaveProperty('TCPServerWrap');
    await leaked.stop();
  });

  it('stops cleanly while an SDK client still holds a connection, and stop() is idempotent', async () => {
    const before = resourceCounts();
    const emu = await startEmulator();
    const clerk = createClerkClient({ apiUrl: emu.url, secretKey: emu.secretKey });
    await clerk.users.createUser({ username: 'keepalive' });
    await emu.stop();
    await emu.stop();
    await expect(fetch(`${emu.url}/v1/users`)).rejects.toThrow();
    expect(grown(before, await settle(before))).toEqual({});
  });

  it('binds to 127.0.0.1 on the requested port and fails clearly when it is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    await expect(startEmulator({ port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
    await new Promise<void>((resolve) => blocker.close(() => resolve()));
    const emu = await startEmulator({ port });
    expect(emu.url).toBe(`http://127.0.0.1:${port}`);
    await emu.stop();
  });

  it('uses the given secret key, or generates an sk_test_ key', async () => {
    const generated = await startEmulator();
    expect(generated.secretKey).toMatch(/^sk_test_[A-Za-z0-9]{40}$/);
    const fixed = await startEmulator({ secretKey: 'sk_test_fixed' });
    expect(fixed.secretKey).toBe('sk_test_fixed');
    expect((await callEmulator(fixed, 'GET', '/users')).status).toBe(200);
    expect((await callEmulator(fixed, 'GET', '/users', { key: generated.secretKey })).status).toBe(401);
    await Promise.all([generated.stop(), fixed.stop()]);
  });

  it('also accepts the additional keys it is given, and no others', async () => {
    const emu = await startEmulator({ additionalSecretKeys: ['YOUR_SECRET_KEY'] });
    expect((await callEmulator(emu, 'GET', '/users')).status).toBe(200);
    expect((await callEmulator(emu, 'GET', '/users', { key: 'YOUR_SECRET_KEY' })).status).toBe(200);
    expect((await callEmulator(emu, 'GET', '/users', { key: 'sk_test_other' })).status).toBe(401);
    await emu.stop();
  });
});

describe('seed and reset', () => {
  it('seeds users, organizations, sessions and the rest with fixed ids, and reset forgets them', async () => {
    const emu = await startEmulator({
      onResponse: recordExchange,
      seed: {
        users: [
          { id: 'user_alice', email_address: ['alice@example.com'], first_name: 'Alice', password: 'alice password' },
          { id: 'user_bob', email_address: ['bob@example.com'], first_name: 'Bob' },
        ],
        organizations: [
          {
            id: 'org_acme',
            name: 'Acme',
            created_by: 'user_alice',
            memberships: [{ user_id: 'user_bob', role: 'org:member' }],
            domains: [{ name: 'acme.example' }],
          },
        ],
        sessions: [{ id: 'sess_alice', client_id: 'client_alice_laptop', user_id: 'user_alice', active_organization_id: 'org_acme' }],
        jwt_templates: [{ name: 'default', claims: { email: '{{user.primary_email_address}}' } }],
        invitations: [{ email_address: 'carol@example.com' }],
        allowlist_identifiers: [{ identifier: '*@example.com' }],
        blocklist_identifiers: [{ identifier: 'spam@example.net' }],
        redirect_urls: [{ url: 'https://app.example/callback' }],
      },
    });
    const clerk = createClerkClient({ apiUrl: emu.url, secretKey: emu.secretKey });
    expect((await clerk.users.getUser('user_alice')).firstName).toBe('Alice');
    expect(await clerk.users.verifyPassword({ userId: 'user_alice', password: 'alice password' })).toEqual({ verified: true });
    const members = await clerk.organizations.getOrganizationMembershipList({ organizationId: 'org_acme' });
    expect(members.map((m) => [m.publicUserData?.userId, m.role]).sort()).toEqual([
      ['user_alice', 'org:admin'],
      ['user_bob', 'org:member'],
    ]);
    expect((await clerk.sessions.getSession('sess_alice')).lastActiveOrganizationId).toBe('org_acme');
    const laptop = await clerk.clients.getClient('client_alice_laptop');
    expect(laptop.sessionIds).toEqual(['sess_alice']);
    expect((await clerk.sessions.getSession('sess_alice')).clientId).toBe('client_alice_laptop');
    expect(await clerk.invitations.getInvitationList()).toHaveLength(1);
    expect(await clerk.redirectUrls.getRedirectUrlList()).toHaveLength(1);
    expect((await callEmulator(emu, 'GET', '/blocklist_identifiers')).body.total_count).toBe(1);
    expect((await callEmulator(emu, 'GET', '/organizations/org_acme/domains')).body.total_count).toBe(1);

    const more = await emu.seed({ users: [{ email_address: ['dave@example.com'] }] });
    expect(more.users[0]).toMatchObject({ object: 'user', email_addresses: [{ email_address: 'dave@example.com' }] });
    expect(await clerk.users.getCount()).toBe(3);

    emu.reset();
    expect(await clerk.users.getCount()).toBe(0);
    expect((await callEmulator(emu, 'GET', '/organizations')).body.total_count).toBe(0);
    expect((await callEmulator(emu, 'GET', '/sessions/sess_alice')).status).toBe(404);
    await emu.stop();
  });

  it('rejects seed data the API would refuse, naming the record', async () => {
    await expect(startEmulator({ seed: { users: [{ email_address: ['same@example.com'] }, { email_address: ['same@example.com'] }] } })).rejects.toThrow(
      /users\[1\].*form_identifier_exists/,
    );
    const emu = await startEmulator();
    await expect(emu.seed({ organizations: [{ name: 'X', memberships: [{ user_id: 'user_nobody' }] }] })).rejects.toThrow(/organizations\[0\]\.memberships/);
    await expect(emu.seed({ users: [{ id: 'user_x' }, { id: 'user_x' }] })).rejects.toThrow(/users\[1\]/);
    const error = firstError((await callEmulator(emu, 'POST', '/users', { body: { id: 'user_y' } })).body);
    // Fixed ids are for seed data only: over HTTP, `id` is an unknown parameter like any other.
    expect(error.code).toBe('form_param_unknown');
    await emu.stop();
  });
});
