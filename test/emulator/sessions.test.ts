import { createHmac, createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Client, ClerkAPIResponseError, Session } from '../../src/index';
import { rejectionOf } from '../helpers/nock';
import { firstError, useEmulator } from './helpers';

const t = useEmulator();

function decode(jwt: string): { header: any; claims: any; input: string; signature: Buffer } {
  const [header, claims, signature] = jwt.split('.');
  return {
    header: JSON.parse(Buffer.from(header!, 'base64url').toString()),
    claims: JSON.parse(Buffer.from(claims!, 'base64url').toString()),
    input: `${header}.${claims}`,
    signature: Buffer.from(signature!, 'base64url'),
  };
}

/** Verifies an RS256 JWT with nothing but the JWKS JSON the emulator serves, the way a backend would. */
function verifyWithJwks(jwt: string, jwks: { keys: Array<Record<string, string>> }): boolean {
  const { header, input, signature } = decode(jwt);
  const jwk = jwks.keys.find((key) => key.kid === header.kid);
  if (!jwk || header.alg !== 'RS256') return false;
  const key = createPublicKey({ key: jwk as any, format: 'jwk' });
  return verify('RSA-SHA256', Buffer.from(input), key, signature);
}

async function userWithSession(body: Record<string, unknown> = {}) {
  const user = (
    await t.call('POST', '/users', { body: { email_address: [`s${Date.now()}${Math.random()}@example.com`.replace('0.', '')], first_name: 'Sam', ...body } })
  ).body;
  const session = await t.call('POST', '/sessions', { body: { user_id: user.id } });
  expect(session.status, JSON.stringify(session.body)).toBe(200);
  return { user, session: session.body };
}

describe('sessions and clients over plain HTTP', () => {
  it('creates, reads, lists and revokes a session', async () => {
    const { user, session } = await userWithSession();
    expect(session).toMatchObject({ object: 'session', user_id: user.id, status: 'active', actor: null });
    expect(session.id).toMatch(/^sess_/);
    expect(session.client_id).toMatch(/^client_/);
    expect(session.expire_at).toBeGreaterThan(session.created_at);

    expect((await t.call('GET', `/sessions/${session.id}`)).body).toEqual(session);
    const list = await t.call('GET', '/sessions', { query: { user_id: user.id } });
    expect(list.body.map((s: any) => s.id)).toEqual([session.id]);
    const paginated = await t.call('GET', '/sessions', { query: { user_id: user.id, paginated: true } });
    expect(paginated.body).toEqual({ data: [session], total_count: 1 });

    const client = await t.call('GET', `/clients/${session.client_id}`);
    expect(client.body).toMatchObject({ object: 'client', id: session.client_id, session_ids: [session.id], last_active_session_id: session.id });
    const clients = await t.call('GET', '/clients', { query: { paginated: true } });
    expect(clients.body.total_count).toBe(1);

    const revoked = await t.call('POST', `/sessions/${session.id}/revoke`);
    expect(revoked.body.status).toBe('revoked');
    expect((await t.call('GET', '/sessions', { query: { status: 'active' } })).body).toEqual([]);
    expect((await t.call('GET', '/sessions', { query: { status: 'revoked' } })).body).toHaveLength(1);
    // A revoked session issues no tokens.
    expect((await t.call('POST', `/sessions/${session.id}/tokens`)).status).toBe(404);
    expect((await t.call('GET', `/users/${user.id}`)).body.last_sign_in_at).toBe(session.created_at);
  });

  it('refuses sessions for missing, banned or non-member users', async () => {
    expect(firstError((await t.call('POST', '/sessions', { body: {} })).body)).toMatchObject({
      code: 'form_param_missing',
      meta: { param_name: 'user_id' },
    });
    expect((await t.call('POST', '/sessions', { body: { user_id: 'user_nobody' } })).status).toBe(404);
    const { user } = await userWithSession();
    await t.call('POST', `/users/${user.id}/ban`);
    expect((await t.call('POST', '/sessions', { body: { user_id: user.id } })).status).toBe(422);
    const other = (await t.call('POST', '/users', { body: { username: 'otheruser' } })).body;
    const org = (await t.call('POST', '/organizations', { body: { name: 'Elsewhere' } })).body;
    const notMember = await t.call('POST', '/sessions', { body: { user_id: other.id, active_organization_id: org.id } });
    expect(firstError(notMember.body).code).toBe('not_a_member_in_organization');
    expect((await t.call('GET', '/sessions/sess_missing')).status).toBe(404);
    expect((await t.call('GET', '/clients/client_missing')).status).toBe(404);
  });

  it('revokes the sessions of a user who is banned', async () => {
    const { user, session } = await userWithSession();
    await t.call('POST', `/users/${user.id}/ban`);
    expect((await t.call('GET', `/sessions/${session.id}`)).body.status).toBe('revoked');
  });
});

describe('session tokens', () => {
  it('issues RS256 session tokens that verify against /v1/jwks', async () => {
    const { user, session } = await userWithSession();
    const jwks = await t.call('GET', '/jwks');
    expect(jwks.status).toBe(200);
    expect(jwks.body.keys).toHaveLength(1);
    expect(jwks.body.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', e: 'AQAB', kid: expect.any(String) });

    const token = await t.call('POST', `/sessions/${session.id}/tokens`, { body: { expires_in_seconds: 120 } });
    expect(token.body).toEqual({ object: 'token', jwt: expect.any(String) });
    expect(verifyWithJwks(token.body.jwt, jwks.body)).toBe(true);
    const { header, claims } = decode(token.body.jwt);
    expect(header).toMatchObject({ alg: 'RS256', typ: 'JWT', kid: jwks.body.keys[0].kid });
    expect(claims).toMatchObject({ sub: user.id, sid: session.id, iss: 'https://clerk.emulator.test', v: 2 });
    expect(claims).not.toHaveProperty('o');
    expect(claims).not.toHaveProperty('azp');
    expect(claims.exp - claims.iat).toBe(120);
    expect(claims.nbf).toBeLessThanOrEqual(claims.iat);
    expect(Math.abs(claims.iat - Date.now() / 1000)).toBeLessThan(5);

    // A tampered payload fails verification, so the check above is meaningful.
    const parts = token.body.jwt.split('.');
    const forged = Buffer.from(JSON.stringify({ ...claims, sub: 'user_evil' })).toString('base64url');
    expect(verifyWithJwks(`${parts[0]}.${forged}.${parts[2]}`, jwks.body)).toBe(false);
  });

  it('adds active-organization claims to session tokens', async () => {
    const user = (await t.call('POST', '/users', { body: { username: 'orgfan' } })).body;
    const org = (await t.call('POST', '/organizations', { body: { name: 'Acme', created_by: user.id } })).body;
    const session = (await t.call('POST', '/sessions', { body: { user_id: user.id, active_organization_id: org.id } })).body;
    expect(session.last_active_organization_id).toBe(org.id);
    const { claims } = decode((await t.call('POST', `/sessions/${session.id}/tokens`)).body.jwt);
    // Version-2 claims: the organization sits under `o`, its role without the `org:` prefix.
    expect(claims).toMatchObject({ v: 2, o: { id: org.id, slg: 'acme', rol: 'admin', per: '', fpm: '' } });
    expect(claims).not.toHaveProperty('org_id');
    expect(claims).not.toHaveProperty('fea');
  });

  it('fills JWT template claims and signs with the emulator key', async () => {
    const { user, session } = await userWithSession({ public_metadata: { plan: 'pro' }, last_name: 'Smith' });
    const template = await t.call('POST', '/jwt_templates', {
      body: {
        name: 'supabase',
        lifetime: 300,
        claims: {
          aud: 'authenticated',
          email: '{{user.primary_email_address}}',
          name: '{{user.first_name}} {{user.last_name}}',
          meta: '{{user.public_metadata}}',
          plan: '{{user.public_metadata.plan}}',
          missing: '{{user.nothing_here}}',
        },
      },
    });
    expect(template.status).toBe(200);
    const token = await t.call('POST', `/sessions/${session.id}/tokens/supabase`);
    const jwks = (await t.call('GET', '/jwks')).body;
    expect(verifyWithJwks(token.body.jwt, jwks)).toBe(true);
    const { claims } = decode(token.body.jwt);
    expect(claims).toMatchObject({
      aud: 'authenticated',
      email: user.email_addresses[0].email_address,
      name: 'Sam Smith',
      meta: { plan: 'pro' },
      plan: 'pro',
      missing: null,
      sub: user.id,
      sid: session.id,
    });
    expect(claims.exp - claims.iat).toBe(300);
    expect((await t.call('POST', `/sessions/${session.id}/tokens/nope`)).status).toBe(404);
  });

  it('signs with a template custom key when it has one', async () => {
    const { session } = await userWithSession();
    await t.call('POST', '/jwt_templates', {
      body: { name: 'hs', claims: { role: 'x' }, custom_signing_key: true, signing_algorithm: 'HS256', signing_key: 'shared-secret' },
    });
    const jwt = (await t.call('POST', `/sessions/${session.id}/tokens/hs`)).body.jwt as string;
    const { header, input, signature } = decode(jwt);
    expect(header.alg).toBe('HS256');
    expect(signature).toEqual(createHmac('sha256', 'shared-secret').update(input).digest());

    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    await t.call('POST', '/jwt_templates', {
      body: {
        name: 'rs',
        claims: {},
        custom_signing_key: true,
        signing_algorithm: 'RS256',
        signing_key: privateKey.export({ format: 'pem', type: 'pkcs8' }),
      },
    });
    const rs = decode((await t.call('POST', `/sessions/${session.id}/tokens/rs`)).body.jwt);
    expect(verify('RSA-SHA256', Buffer.from(rs.input), publicKey, rs.signature)).toBe(true);
  });
});

describe('sessions and clients through the SDK', () => {
  it('reads, lists, revokes and gets tokens', async () => {
    const { user, session } = await userWithSession();
    const fetched = await t.clerk.sessions.getSession(session.id);
    expect(fetched).toBeInstanceOf(Session);
    expect(fetched.userId).toBe(user.id);
    const list = await t.clerk.sessions.getSessionList({ userId: user.id });
    expect(list.map((s) => s.id)).toEqual([session.id]);
    expect(list.totalCount).toBe(1);

    const jwt = await t.clerk.sessions.getToken(session.id, '');
    const jwks = (await t.call('GET', '/jwks')).body;
    expect(verifyWithJwks(jwt, jwks)).toBe(true);
    expect(decode(jwt).claims.sid).toBe(session.id);

    const client = await t.clerk.clients.getClient(session.client_id);
    expect(client).toBeInstanceOf(Client);
    expect(client.sessionIds).toEqual([session.id]);
    expect((await t.clerk.clients.getClientList()).map((c) => c.id)).toEqual([session.client_id]);

    expect((await t.clerk.sessions.revokeSession(session.id)).status).toBe('revoked');
    const error = await rejectionOf(t.clerk.sessions.getToken(session.id));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(404);
  });
});
