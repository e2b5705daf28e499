// What the emulator gives code that verifies callers: session tokens with Clerk's version-2 claims, verifiable with
// its PEM (`jwtKey`) or its JWKS; API keys and M2M tokens that its verify operations accept or refuse; and webhooks
// signed the way Clerk (Svix) signs them, checked here with the standardwebhooks library.
import { createPublicKey, verify } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, it } from 'vitest';
import { ClerkAPIResponseError, createClerkClient } from '../../src/index';
import { startEmulator } from '../../src/testing';
import { rejectionOf } from '../helpers/nock';
import { firstError, useEmulator } from './helpers';

const t = useEmulator();

function decode(jwt: string): { header: any; claims: any } {
  const [header, claims] = jwt.split('.');
  return { header: JSON.parse(Buffer.from(header!, 'base64url').toString()), claims: JSON.parse(Buffer.from(claims!, 'base64url').toString()) };
}

/** RS256 check with a PEM, the way a backend given CLERK_JWT_KEY does it. */
function verifiesWithPem(jwt: string, pem: string): boolean {
  const [header, claims, signature] = jwt.split('.');
  return verify('RSA-SHA256', Buffer.from(`${header}.${claims}`), createPublicKey(pem), Buffer.from(signature!, 'base64url'));
}

/** v4's default issuer rule. */
const CLERK_ISSUER = (iss: string) => iss.startsWith('https://clerk.') || iss.includes('.clerk.accounts');

describe('session tokens', () => {
  it('exposes the signing key as a PEM that verifies minted tokens, the same key the JWKS serves', async () => {
    const user = await t.clerk.users.createUser({ username: 'tokenuser' });
    expect(t.emu.jwtKey).toMatch(/^-----BEGIN PUBLIC KEY-----\n[A-Za-z0-9+/=\n]+\n-----END PUBLIC KEY-----$/);
    const jwt = await t.emu.createSessionToken({ userId: user.id, authorizedParty: 'http://localhost:3000' });
    expect(verifiesWithPem(jwt, t.emu.jwtKey)).toBe(true);
    const other = await startEmulator();
    try {
      expect(verifiesWithPem(jwt, other.jwtKey)).toBe(false);
    } finally {
      await other.stop();
    }
    const jwks = await t.clerk.jwks.getJwks();
    const fromJwks = createPublicKey({ key: jwks.keys![0] as any, format: 'jwk' })
      .export({ format: 'pem', type: 'spki' })
      .toString()
      .trim();
    expect(fromJwks).toBe(t.emu.jwtKey);

    const { header, claims } = decode(jwt);
    expect(header).toMatchObject({ alg: 'RS256', typ: 'JWT', kid: jwks.keys![0]!.kid });
    expect(claims).toEqual({
      azp: 'http://localhost:3000',
      iss: 'https://clerk.emulator.test',
      sub: user.id,
      sid: expect.stringMatching(/^sess_/),
      iat: expect.any(Number),
      nbf: claims.iat - 5,
      exp: claims.iat + 60,
      v: 2,
    });
    expect(CLERK_ISSUER(claims.iss)).toBe(true);
    // The session it opened is a real one.
    expect((await t.clerk.sessions.getSession(claims.sid)).userId).toBe(user.id);
  });

  it('adds the version-2 organization claim, with custom permissions encoded as features and a bit map', async () => {
    const user = await t.clerk.users.createUser({ username: 'orgtoken' });
    const org = await t.clerk.organizations.createOrganization({ name: 'Token Org', slug: 'token-org', createdBy: user.id });
    const jwt = await t.emu.createSessionToken({
      userId: user.id,
      orgId: org.id,
      orgPermissions: ['org:invoices:read', 'org:invoices:manage', 'org:reports:read'],
    });
    const { claims } = decode(jwt);
    expect(claims.o).toEqual({ id: org.id, rol: 'admin', slg: 'token-org', per: 'read,manage', fpm: '3,1' });
    expect(claims.fea).toBe('o:invoices,o:reports');
    // Decoding the map gives back exactly the permissions given.
    const per = claims.o.per.split(',');
    const decoded = claims.fea
      .split(',')
      .flatMap((feature: string, i: number) =>
        per.filter((_: string, bit: number) => (Number(claims.o.fpm.split(',')[i]) & (1 << bit)) !== 0).map((p: string) => `org:${feature.slice(2)}:${p}`),
      );
    expect(decoded.sort()).toEqual(['org:invoices:manage', 'org:invoices:read', 'org:reports:read']);
  });

  it('reuses a given session, honours the lifetime, and refuses what the API would refuse', async () => {
    const user = await t.clerk.users.createUser({ username: 'reuser' });
    const session = await t.clerk.sessions.createSession({ userId: user.id });
    const { claims } = decode(await t.emu.createSessionToken({ userId: user.id, sessionId: session.id, expiresInSeconds: 5 }));
    expect(claims).toMatchObject({ sid: session.id, sub: user.id });
    expect(claims.exp - claims.iat).toBe(5);
    await expect(t.emu.createSessionToken({ userId: 'user_missing' })).rejects.toThrow(/resource_not_found/);
    await expect(t.emu.createSessionToken({ userId: user.id, expiresInSeconds: 0 })).rejects.toThrow(/expiresInSeconds/);
    const org = await t.clerk.organizations.createOrganization({ name: 'Closed Org' });
    await expect(t.emu.createSessionToken({ userId: user.id, orgId: org.id })).rejects.toThrow(/not_a_member_in_organization/);
    await expect(t.emu.createSessionToken({ userId: user.id, orgId: org.id, orgPermissions: ['nope'] })).rejects.toThrow();
    await t.clerk.sessions.revokeSession(session.id);
    await expect(t.emu.createSessionToken({ userId: user.id, sessionId: session.id })).rejects.toThrow(/not an active session/);
    // A failed mint opens no session.
    expect((await t.clerk.sessions.getSessionList({ userId: user.id })).length).toBe(1);
  });

  it('takes its issuer from the options, and mints the same claims through the HTTP operation', async () => {
    const custom = await startEmulator({ issuer: 'https://mighty-owl-1.clerk.accounts.dev' });
    try {
      const clerk = createClerkClient({ apiUrl: custom.url, secretKey: custom.secretKey });
      const user = await clerk.users.createUser({ username: 'issuer' });
      const session = await clerk.sessions.createSession({ userId: user.id });
      const jwt = await clerk.sessions.getToken(session.id);
      expect(decode(jwt).claims).toMatchObject({ iss: 'https://mighty-owl-1.clerk.accounts.dev', v: 2, sid: session.id });
      expect(verifiesWithPem(jwt, custom.jwtKey)).toBe(true);
    } finally {
      await custom.stop();
    }
    await expect(startEmulator({ issuer: 'not a url' })).rejects.toThrow(/issuer/);
  });
});

describe('API keys', () => {
  it('verifies a valid key and refuses unknown, revoked and expired ones with 404 and their codes', async () => {
    const user = await t.clerk.users.createUser({ username: 'apikeys' });
    const key = await t.clerk.apiKeys.create({ name: 'service', subject: user.id, scopes: ['read'], claims: { tier: 1 } });
    const verified = await t.clerk.apiKeys.verify(key.secret!);
    expect(verified).toMatchObject({ id: key.id, subject: user.id, scopes: ['read'], claims: { tier: 1 }, revoked: false, expired: false });
    expect(verified.lastUsedAt).toEqual(expect.any(Number));

    const refused = async (secret: string) => {
      const error = await rejectionOf(t.clerk.apiKeys.verify(secret));
      expect(error).toBeInstanceOf(ClerkAPIResponseError);
      expect(error.status).toBe(404);
      return error.errors[0].code;
    };
    expect(await refused('ak_not_a_key')).toBe('api_key_invalid');
    const shortLived = await t.clerk.apiKeys.create({ name: 'brief', subject: user.id, secondsUntilExpiration: 0.01 });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(await refused(shortLived.secret!)).toBe('api_key_expired');
    await t.clerk.apiKeys.revoke({ apiKeyId: key.id });
    expect(await refused(key.secret!)).toBe('api_key_revoked');
    // Invalid keys leave the default list but stay listable on request.
    expect((await t.clerk.apiKeys.list({ subject: user.id })).totalCount).toBe(0);
    expect((await t.clerk.apiKeys.list({ subject: user.id, includeInvalid: true })).totalCount).toBe(2);
  });

  it('refuses a duplicate name for the same subject with 409', async () => {
    const user = await t.clerk.users.createUser({ username: 'dupkeys' });
    await t.clerk.apiKeys.create({ name: 'same', subject: user.id });
    const error = await rejectionOf(t.clerk.apiKeys.create({ name: 'same', subject: user.id }));
    expect(error.status).toBe(409);
  });
});

describe('M2M tokens', () => {
  it('creates a token as a machine and verifies it with the instance key or a machine it grants', async () => {
    const caller = await t.clerk.machines.create({ name: 'api server' });
    const worker = await t.clerk.machines.create({ name: 'worker', scopedMachines: [caller.id] });
    expect(worker.secretKey).toMatch(/^ak_/);
    const token = await t.clerk.m2m.createToken({ machineSecretKey: worker.secretKey!, claims: { job: 7 }, secondsUntilExpiration: 60 });
    expect(token.token).toMatch(/^mt_/);
    expect(token).toMatchObject({ subject: worker.id, scopes: [caller.id], claims: { job: 7 } });

    expect((await t.clerk.m2m.verify(token.token!)).id).toBe(token.id);
    expect((await t.clerk.m2m.verify({ token: token.token!, machineSecretKey: caller.secretKey! })).subject).toBe(worker.id);
    // A machine the token does not grant cannot verify it.
    const stranger = await t.clerk.machines.create({ name: 'stranger' });
    const hidden = await rejectionOf(t.clerk.m2m.verify({ token: token.token!, machineSecretKey: stranger.secretKey! }));
    expect(hidden.status).toBe(404);

    const list = await t.clerk.m2m.list({ subject: worker.id });
    expect(list.map((item) => item.id)).toEqual([token.id]);
    await t.clerk.m2m.revokeToken({ m2mTokenId: token.id, revocationReason: 'rotated' });
    const revoked = await rejectionOf(t.clerk.m2m.verify(token.token!));
    expect(revoked.status).toBe(404);
    expect(revoked.errors[0].code).toBe('m2m_token_revoked');
    const unknown = await rejectionOf(t.clerk.m2m.verify('mt_unknown'));
    expect(unknown.errors[0].code).toBe('m2m_token_invalid');
    const brief = await t.clerk.m2m.createToken({ machineSecretKey: worker.secretKey!, secondsUntilExpiration: 0.01 });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect((await rejectionOf(t.clerk.m2m.verify(brief.token!))).errors[0].code).toBe('m2m_token_expired');
  });

  it('needs a machine key to create, reuses a live token on request, and refuses unknown keys', async () => {
    const denied = await rejectionOf(t.clerk.m2m.createToken());
    expect(denied.status).toBe(403);
    expect(denied.errors[0].code).toBe('machine_secret_key_required');
    const machine = await t.clerk.machines.create({ name: 'pooled' });
    const first = await t.clerk.m2m.createToken({ machineSecretKey: machine.secretKey!, secondsUntilExpiration: 300, minRemainingTtlSeconds: 60 });
    const again = await t.clerk.m2m.createToken({ machineSecretKey: machine.secretKey!, secondsUntilExpiration: 300, minRemainingTtlSeconds: 60 });
    expect(again.id).toBe(first.id);
    expect(
      (await rejectionOf(t.clerk.m2m.createToken({ machineSecretKey: machine.secretKey!, secondsUntilExpiration: 30, minRemainingTtlSeconds: 30 }))).status,
    ).toBe(400);
    expect((await rejectionOf(t.clerk.m2m.createToken({ machineSecretKey: 'ak_forged' }))).status).toBe(401);
    // A machine key opens the M2M operations only.
    expect((await t.call('GET', '/users', { key: machine.secretKey! })).status).toBe(401);
  });
});

describe('webhooks', () => {
  const servers: Array<ReturnType<typeof createServer>> = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
  });

  function standard(signed: { payload: string; headers: Record<string, string> }, secret = t.emu.webhookSigningSecret) {
    return new Webhook(secret).verify(signed.payload, {
      'webhook-id': signed.headers['svix-id']!,
      'webhook-timestamp': signed.headers['svix-timestamp']!,
      'webhook-signature': signed.headers['svix-signature']!,
    });
  }

  it('signs events that the Standard Webhooks verifier accepts, with the stored user as data', async () => {
    expect(t.emu.webhookSigningSecret).toMatch(/^whsec_[A-Za-z0-9+/]+={0,2}$/);
    const user = await t.clerk.users.createUser({ emailAddress: ['hook@example.com'], firstName: 'Hook' });
    const signed = t.emu.signWebhook({ type: 'user.created', userId: user.id });
    expect(signed.headers['svix-id']).toMatch(/^msg_\w{27}$/);
    expect(Math.abs(Number(signed.headers['svix-timestamp']) - Date.now() / 1000)).toBeLessThan(5);
    expect(signed.headers['svix-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    const event = standard(signed) as any;
    expect(event).toMatchObject({ object: 'event', type: 'user.created', instance_id: expect.stringMatching(/^ins_/) });
    expect(event.timestamp).toBe(Number(signed.headers['svix-timestamp']) * 1000);
    expect(event.data).toEqual((await t.call('GET', `/users/${user.id}`)).body);

    // A changed byte, another secret or an old timestamp fail, so the check above is meaningful.
    expect(signed.payload).toContain('"first_name":"Hook"');
    expect(() => standard({ ...signed, payload: signed.payload.replace('"Hook"', '"Hack"') })).toThrow();
    expect(() => standard(signed, `whsec_${Buffer.from('another secret key!').toString('base64')}`)).toThrow();
    expect(() => standard(t.emu.signWebhook({ type: 'session.created', data: { id: 'sess_1' }, timestamp: Math.floor(Date.now() / 1000) - 3600 }))).toThrow();
  });

  it('uses given data as is, and refuses events it cannot fill', () => {
    const signed = t.emu.signWebhook({
      type: 'organization.created',
      data: { id: 'org_1', object: 'organization' },
      id: 'msg_fixed',
      timestamp: 1_700_000_000,
    });
    expect(signed.headers).toMatchObject({ 'svix-id': 'msg_fixed', 'svix-timestamp': '1700000000' });
    expect(JSON.parse(signed.payload)).toMatchObject({ data: { id: 'org_1', object: 'organization' }, timestamp: 1_700_000_000_000 });
    expect(JSON.parse(t.emu.signWebhook({ type: 'user.deleted', userId: 'user_gone' }).payload).data).toEqual({
      id: 'user_gone',
      object: 'user',
      deleted: true,
    });
    expect(() => t.emu.signWebhook({ type: 'user.updated' })).toThrow(/userId/);
    expect(() => t.emu.signWebhook({ type: '' })).toThrow(/type/);
  });

  it('delivers a signed event to a loopback endpoint, and only to loopback', async () => {
    const received: Array<{ headers: IncomingMessage['headers']; body: string }> = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.writeHead(204).end();
      });
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/clerk`;
    const delivery = await t.emu.deliverWebhook(url, { type: 'session.created', data: { id: 'sess_hook' } });
    expect(delivery.status).toBe(204);
    expect(received).toHaveLength(1);
    const [got] = received;
    expect(got!.body).toBe(delivery.payload);
    expect(got!.headers['content-type']).toBe('application/json');
    expect(standard({ payload: got!.body, headers: got!.headers as Record<string, string> })).toMatchObject({ type: 'session.created' });

    await expect(t.emu.deliverWebhook('https://example.com/hook', { type: 'session.created', data: {} })).rejects.toThrow(/loopback/);
    await expect(t.emu.deliverWebhook('http://10.0.0.1/hook', { type: 'session.created', data: {} })).rejects.toThrow(/loopback/);
    await expect(t.emu.deliverWebhook('not a url', { type: 'session.created', data: {} })).rejects.toThrow(/URL/);
  });
});

describe('error envelope of the verify operations', () => {
  it('answers over plain HTTP with Clerk error bodies', async () => {
    const response = await t.call('POST', '/api_keys/verify', { body: { secret: 'ak_nope' } });
    expect(response.status).toBe(404);
    expect(firstError(response.body)).toMatchObject({ code: 'api_key_invalid' });
  });
});
