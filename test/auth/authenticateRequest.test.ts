import { createPublicKey } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RequestState } from '../../src/index';
import { clerkApi, fixture, testClient, TEST_SECRET_KEY } from '../helpers/nock';
import { makeKeys, signToken, v1Claims, type TestKeys } from './helpers';

let keys: TestKeys;
let otherKeys: TestKeys;
beforeAll(() => {
  keys = makeKeys();
  otherKeys = makeKeys();
});

const client = () => testClient({ jwtKey: keys.pem });

/** Sends one real request to a server on 127.0.0.1 and resolves with what `run` made of the IncomingMessage. */
async function withNodeRequest<T>(headers: Record<string, string>, run: (req: IncomingMessage) => Promise<T>): Promise<T> {
  let result: Promise<T> | undefined;
  const server = createServer((req, res) => {
    result = run(req);
    result.then(
      () => res.end('ok'),
      () => res.end('failed'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/path`, { headers });
    await response.text();
    return await result!;
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

const fetchRequest = (headers: Record<string, string>) => new Request('https://api.example.test/things', { headers });

describe('authenticateRequest with session tokens', () => {
  it('signs in a Node IncomingMessage with an Authorization: Bearer token, reading version-1 claims', async () => {
    const token = signToken(
      v1Claims({ org_id: 'org_1', org_role: 'org:admin', org_slug: 'acme', org_permissions: ['org:invoices:read'], act: { sub: 'user_support' } }),
      keys.privateKey,
    );
    const state = await withNodeRequest({ authorization: `Bearer ${token}` }, (req) => client().authenticateRequest(req));
    expect(state).toMatchObject({ status: 'signed-in', isSignedIn: true, isAuthenticated: true, reason: null, tokenType: 'session_token', token });
    const auth = state.toAuth();
    expect(auth).toMatchObject({
      tokenType: 'session_token',
      userId: 'user_2ada',
      sessionId: 'sess_2ada',
      orgId: 'org_1',
      orgRole: 'org:admin',
      orgSlug: 'acme',
      orgPermissions: ['org:invoices:read'],
      actor: { sub: 'user_support' },
    });
    expect(auth.sessionClaims?.azp).toBe('https://app.example.test');
    expect(auth.has({ role: 'org:admin' })).toBe(true);
    expect(auth.has({ role: 'admin' })).toBe(true);
    expect(auth.has({ role: 'org:member' })).toBe(false);
    expect(auth.has({ permission: 'org:invoices:read' })).toBe(true);
    expect(auth.has({ permission: 'org:invoices:write' })).toBe(false);
    await expect(auth.getToken()).resolves.toBe(token);
  });

  it('signs in a fetch Request from the __session cookie', async () => {
    const token = signToken(v1Claims(), keys.privateKey);
    const state = await client().authenticateRequest(fetchRequest({ cookie: `theme=dark; __session=${token}; other=1` }));
    expect(state.isSignedIn).toBe(true);
    expect(state.toAuth().userId).toBe('user_2ada');
  });

  it('prefers the Authorization header over the cookie', async () => {
    const good = signToken(v1Claims(), keys.privateKey);
    const forged = signToken(v1Claims({ sub: 'user_mallory' }), otherKeys.privateKey);
    const state = await client().authenticateRequest(fetchRequest({ authorization: `Bearer ${forged}`, cookie: `__session=${good}` }));
    expect(state.isSignedIn).toBe(false);
    expect(state.message).toContain('token-carrier=header');
  });

  it('reads version-2 claims: o.id/rol/slg, and permissions from o.per, o.fpm and the organization features of fea', async () => {
    const token = signToken(
      v1Claims({
        v: 2,
        fea: 'o:invoices,u:profile,o:reports',
        // invoices: bits 0 and 1 (read, write); reports: bit 2 (export).
        o: { id: 'org_2', rol: 'admin', slg: 'globex', per: 'read,write,export', fpm: '3,4' },
      }),
      keys.privateKey,
    );
    const auth = (await client().authenticateRequest(fetchRequest({ authorization: `Bearer ${token}` }))).toAuth();
    expect(auth).toMatchObject({ orgId: 'org_2', orgRole: 'org:admin', orgSlug: 'globex' });
    expect(auth.orgPermissions).toEqual(['org:invoices:read', 'org:invoices:write', 'org:reports:export']);
    expect(auth.has({ permission: 'org:reports:export' })).toBe(true);
    expect(auth.has({ permission: 'org:reports:read' })).toBe(false);
    expect(auth.has({ role: 'org:admin' })).toBe(true);
  });

  it('a version-2 token without an organization has no org fields', async () => {
    const token = signToken(v1Claims({ v: 2 }), keys.privateKey);
    const auth = (await client().authenticateRequest(fetchRequest({ authorization: `Bearer ${token}` }))).toAuth();
    expect(auth).toMatchObject({ userId: 'user_2ada', orgId: undefined, orgRole: undefined, orgPermissions: undefined });
    expect(auth.has({ role: 'org:admin' })).toBe(false);
  });

  it('is signed out without a token: reason session-token-missing, every auth field null', async () => {
    const state = await withNodeRequest({}, (req) => client().authenticateRequest(req));
    expect(state).toMatchObject({ status: 'signed-out', isSignedIn: false, reason: 'session-token-missing', tokenType: null, token: null });
    const auth = state.toAuth();
    expect(auth).toMatchObject({ userId: null, sessionId: null, orgId: null, sessionClaims: null, actor: null });
    expect(auth.has({ role: 'org:admin' })).toBe(false);
    await expect(auth.getToken()).resolves.toBeNull();
  });

  it('ignores other Authorization schemes', async () => {
    const state = await client().authenticateRequest(fetchRequest({ authorization: 'Basic dXNlcjpwYXNz' }));
    expect(state.reason).toBe('session-token-missing');
  });

  it.each([
    ['forged (another key)', () => signToken(v1Claims(), otherKeys.privateKey)],
    ['expired', () => signToken(v1Claims({ exp: Math.floor(Date.now() / 1000) - 120 }), keys.privateKey)],
    ['garbage', () => 'garbage'],
    ['three dots of nothing', () => '..'],
    ['10 KB of letters', () => 'a'.repeat(10_000)],
    ['10 KB of JWT-looking junk', () => `eyJ${'a'.repeat(5000)}.${'b'.repeat(5000)}.c`],
    ['a header that is not JSON', () => `${Buffer.from('{nope').toString('base64url')}.e30.sig`],
  ])('is signed out, never throwing, for a %s token; the message never repeats the token', async (_name, make) => {
    const token = make();
    const state = await client().authenticateRequest(fetchRequest({ authorization: `Bearer ${token}` }));
    expect(state.isSignedIn).toBe(false);
    expect(state.status).toBe('signed-out');
    expect(typeof state.reason).toBe('string');
    expect(state.reason).not.toBe('session-token-missing');
    expect(state.message).toContain('token-carrier=header');
    if (token.length > 8) expect(state.message).not.toContain(token);
    expect(state.toAuth().userId).toBeNull();
  });

  it('refuses tokens over 16 KiB before parsing them', async () => {
    const state = await client().authenticateRequest(fetchRequest({ authorization: `Bearer ${'x'.repeat(17 * 1024)}` }));
    expect(state).toMatchObject({ isSignedIn: false, reason: 'token-invalid' });
  });

  it('checks authorizedParties against azp', async () => {
    const token = signToken(v1Claims(), keys.privateKey);
    const refused = await client().authenticateRequest(fetchRequest({ authorization: `Bearer ${token}` }), {
      authorizedParties: ['https://other.example.test'],
    });
    expect(refused.isSignedIn).toBe(false);
    expect(refused.reason).toBe('token-invalid-authorized-parties');
    const allowed = await client().authenticateRequest(fetchRequest({ authorization: `Bearer ${token}` }), {
      authorizedParties: ['https://app.example.test'],
    });
    expect(allowed.isSignedIn).toBe(true);
  });

  it('does not apply the client verifyToken default Clerk-issuer check (as v4 middleware did not)', async () => {
    const token = signToken(v1Claims({ iss: 'https://auth.my-company.test' }), keys.privateKey);
    const state = await client().authenticateRequest(fetchRequest({ authorization: `Bearer ${token}` }));
    expect(state.isSignedIn).toBe(true);
  });

  it('takes jwtKey per call', async () => {
    const token = signToken(v1Claims(), otherKeys.privateKey);
    const state = await testClient().authenticateRequest(fetchRequest({ authorization: `Bearer ${token}` }), { jwtKey: otherKeys.pem });
    expect(state.isSignedIn).toBe(true);
  });

  it('without jwtKey, fetches the JWKS with the client key once and caches it; its own key given again uses the same cache', async () => {
    const jwk = { ...createPublicKey(keys.pem).export({ format: 'jwk' }), kid: 'ins_test', alg: 'RS256', use: 'sig' };
    clerkApi()
      .get('/v1/jwks')
      .once()
      .reply(200, { keys: [jwk] });
    const clerk = testClient();
    const token = signToken(v1Claims(), keys.privateKey);
    expect((await clerk.authenticateRequest(fetchRequest({ authorization: `Bearer ${token}` }))).isSignedIn).toBe(true);
    const again = await clerk.authenticateRequest(fetchRequest({ authorization: `Bearer ${token}` }), { secretKey: TEST_SECRET_KEY });
    expect(again.isSignedIn).toBe(true);
  });

  it("a per-call secretKey of another instance fetches that instance's JWKS at the client's API URL", async () => {
    const jwk = { ...createPublicKey(otherKeys.pem).export({ format: 'jwk' }), kid: 'ins_test', alg: 'RS256', use: 'sig' };
    clerkApi('sk_test_other_instance')
      .get('/v1/jwks')
      .reply(200, { keys: [jwk] });
    const token = signToken(v1Claims(), otherKeys.privateKey);
    const state = await testClient().authenticateRequest(fetchRequest({ authorization: `Bearer ${token}` }), { secretKey: 'sk_test_other_instance' });
    expect(state.isSignedIn).toBe(true);
  });

  it("accepts v4's single-object form with headerToken / cookieToken / request", async () => {
    const token = signToken(v1Claims(), keys.privateKey);
    expect((await client().authenticateRequest({ headerToken: token })).isSignedIn).toBe(true);
    expect((await client().authenticateRequest({ cookieToken: token })).isSignedIn).toBe(true);
    const state = await client().authenticateRequest({ request: fetchRequest({ authorization: `Bearer ${token}` }), authorizedParties: ['https://x.test'] });
    expect(state.reason).toBe('token-invalid-authorized-parties');
  });

  it('getToken({ template }) mints a token from the template for the session', async () => {
    const token = signToken(v1Claims(), keys.privateKey);
    clerkApi().post('/v1/sessions/sess_2ada/tokens/supabase').reply(200, { object: 'token', jwt: 'eyJ.template.jwt' });
    const auth = (await client().authenticateRequest(fetchRequest({ authorization: `Bearer ${token}` }))).toAuth();
    await expect(auth.getToken({ template: 'supabase' })).resolves.toBe('eyJ.template.jwt');
  });
});

describe('authenticateRequest with acceptsToken (machine tokens)', () => {
  const apiKey = 'ak_live_secret_5c2e8f1a9b7d3e6c4a0f2b8d';
  const m2mToken = 'mt_live_8e2f4a6c1b3d5e7f9a0c2e4b6d8f1a3c';
  const oauthToken = 'oat_live_1f3e5d7c9b2a4e6d8c0b1a3f5e7d9c2b';
  const bearer = (token: string) => fetchRequest({ authorization: `Bearer ${token}` });

  it('refuses an API key by default (session tokens only) without asking the API', async () => {
    const state = await client().authenticateRequest(bearer(apiKey));
    expect(state).toMatchObject({ isSignedIn: false, reason: 'token-type-mismatch', tokenType: 'api_key' });
  });

  it("verifies an API key with apiKeys.verify and says it was an 'api_key'", async () => {
    let sent: unknown;
    clerkApi()
      .post('/api_keys/verify', (body) => ((sent = body), true))
      .reply(200, fixture('api-keys/api-key'));
    const state = await client().authenticateRequest(bearer(apiKey), { acceptsToken: 'api_key' });
    expect(sent).toEqual({ secret: apiKey });
    expect(state).toMatchObject({ isSignedIn: true, tokenType: 'api_key', token: apiKey });
    const auth = state.toAuth();
    expect(auth).toMatchObject({
      tokenType: 'api_key',
      id: 'ak_3beecc9c60adb5f9b850e91a8ee1e992',
      subject: 'user_2kZ7aQ1mN5bC8dE3fG6hJ9kL0pR',
      userId: 'user_2kZ7aQ1mN5bC8dE3fG6hJ9kL0pR',
      orgId: null,
      name: 'CI_DEPLOY_KEY',
      scopes: ['read:reports', 'write:deploys'],
      claims: { team_id: 't_42', allowedRegions: ['eu-west', 'us-east'] },
      sessionId: null,
    });
    expect(auth.isAuthenticated && auth.tokenType === 'api_key').toBe(true);
    if (auth.isAuthenticated && auth.tokenType === 'api_key') {
      expect(auth.has({ scope: 'read:reports' })).toBe(true);
      expect(auth.has({ scope: 'admin' })).toBe(false);
    }
  });

  it("verifies an M2M token with m2m.verify when acceptsToken is a list, and says 'm2m_token'", async () => {
    clerkApi().post('/m2m_tokens/verify', { token: m2mToken }).reply(200, fixture('m2m-tokens/verify-m2m-token'));
    const state = await client().authenticateRequest(bearer(m2mToken), { acceptsToken: ['session_token', 'm2m_token'] });
    expect(state.tokenType).toBe('m2m_token');
    expect(state.toAuth()).toMatchObject({
      id: 'mt_f7f0ba8c3b4843ce7d85fcdd5e71853e',
      subject: 'mch_2xhFjEI5X2qWRvtV13BzSj8H6Dk',
      machineId: 'mch_2xhFjEI5X2qWRvtV13BzSj8H6Dk',
      userId: null,
      name: null,
      claims: { job: 'nightly-reconcile', retryCount: 2 },
    });
  });

  it("verifies an OAuth access token with idPOAuthAccessToken.verify under 'any'; an inactive one is signed out", async () => {
    clerkApi()
      .post('/oauth_applications/access_tokens/verify', { access_token: oauthToken })
      .reply(200, fixture('idp-oauth-access-tokens/verify-oauth-access-token'));
    const state = await client().authenticateRequest(bearer(oauthToken), { acceptsToken: 'any' });
    expect(state.tokenType).toBe('oauth_token');
    expect(state.toAuth()).toMatchObject({
      id: 'oat_5e1c9a3f7b2d4e8a6c0f1b3d5e7a9c2f',
      clientId: 'client_2mQx7YhT3kVb9NcR1sLp5FwZ8dE',
      scopes: ['profile', 'email'],
    });

    clerkApi().post('/oauth_applications/access_tokens/verify').reply(200, fixture('idp-oauth-access-tokens/verify-oauth-access-token-inactive'));
    const inactive = await client().authenticateRequest(bearer(oauthToken), { acceptsToken: 'oauth_token' });
    expect(inactive).toMatchObject({ isSignedIn: false, reason: 'token-invalid', tokenType: 'oauth_token' });
  });

  it('a session token is still accepted under any, and refused when only machine kinds are listed', async () => {
    const token = signToken(v1Claims(), keys.privateKey);
    expect((await client().authenticateRequest(bearer(token), { acceptsToken: 'any' })).tokenType).toBe('session_token');
    const refused = await client().authenticateRequest(bearer(token), { acceptsToken: ['api_key'] });
    expect(refused).toMatchObject({ isSignedIn: false, reason: 'token-type-mismatch', tokenType: 'session_token' });
  });

  it('an unknown or revoked key is signed out with token-invalid; an API outage with token-verification-failed', async () => {
    clerkApi()
      .post('/api_keys/verify')
      .reply(404, { errors: [{ code: 'resource_not_found', message: 'not found' }] });
    const unknown = await client().authenticateRequest(bearer(apiKey), { acceptsToken: 'api_key' });
    expect(unknown).toMatchObject({ isSignedIn: false, reason: 'token-invalid' });
    expect(unknown.message).not.toContain(apiKey);
    expect(unknown.message).not.toContain(TEST_SECRET_KEY);

    clerkApi()
      .post('/api_keys/verify')
      .reply(200, { ...fixture('api-keys/api-key'), revoked: true });
    expect(await client().authenticateRequest(bearer(apiKey), { acceptsToken: 'api_key' })).toMatchObject({ reason: 'token-invalid' });

    clerkApi().post('/m2m_tokens/verify').reply(503, { errors: [] });
    const outage = await client().authenticateRequest(bearer(m2mToken), { acceptsToken: 'm2m_token' });
    expect(outage).toMatchObject({ isSignedIn: false, reason: 'token-verification-failed' });
  });

  it('neither the state, its auth object, nor their debug() output shows a secret key; debug() never shows the token', async () => {
    clerkApi().post('/api_keys/verify').reply(200, fixture('api-keys/api-key'));
    const machine = await client().authenticateRequest(bearer(apiKey), { acceptsToken: 'api_key' });
    const sessionToken = signToken(v1Claims(), keys.privateKey);
    const session = await client().authenticateRequest(bearer(sessionToken));
    const refused = await client().authenticateRequest(bearer(signToken(v1Claims(), otherKeys.privateKey)));
    for (const state of [machine, session, refused]) {
      const auth = state.toAuth();
      expect(inspect(state, { depth: 6 })).not.toContain(TEST_SECRET_KEY);
      expect(inspect(auth, { depth: 6 })).not.toContain(TEST_SECRET_KEY);
      const debug = JSON.stringify(auth.debug());
      expect(debug).not.toContain(apiKey);
      expect(debug).not.toContain(sessionToken);
    }
    expect(session.toAuth().debug()).toMatchObject({ status: 'signed-in', userId: 'user_2ada', sessionId: 'sess_2ada' });
  });

  it('verifies machine tokens with a per-call secretKey when one is given', async () => {
    clerkApi('sk_test_other_instance').post('/api_keys/verify').reply(200, fixture('api-keys/api-key'));
    const state = await client().authenticateRequest(bearer(apiKey), { acceptsToken: 'api_key', secretKey: 'sk_test_other_instance' });
    expect(state.isSignedIn).toBe(true);
  });

  it('a client without any key is signed out with a reason, not a throw', async () => {
    const state: RequestState = await testClient({ secretKey: '' }).authenticateRequest(bearer(apiKey), { acceptsToken: 'api_key' });
    expect(state).toMatchObject({ isSignedIn: false, reason: 'token-verification-failed' });
  });
});
