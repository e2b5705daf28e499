import { inspect } from 'node:util';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClerkClient, TokenVerificationError, verifyToken } from '../../src/index';
import { JWKS_REFETCH_COOLDOWN_MS, JWKS_STALE_MS, JWKS_TTL_MS } from '../../src/tokens/constants';
import { rejectionOf } from '../helpers/nock';
import { ecKey, nowSeconds, rsaKey, sessionClaims, signToken, startJwksServer, type JwksServer, type TestKey } from './helpers';

const SECRET = 'sk_test_jwks_secret_do_not_print';

let rsa: TestKey;
let next: TestKey;
let ec: TestKey;
let server: JwksServer;
let clock: number;

beforeAll(() => {
  rsa = rsaKey('ins_key_1');
  next = rsaKey('ins_key_2');
  ec = ecKey('ins_key_ec');
});

beforeEach(async () => {
  server = await startJwksServer([rsa.jwk, ec.jwk]);
  clock = 1_800_000_000_000;
  vi.spyOn(Date, 'now').mockImplementation(() => clock);
});

afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  await server.close();
});

function client() {
  return createClerkClient({ secretKey: SECRET, apiUrl: server.url });
}

/** A token valid for two hours of the mocked clock, so jumps past the cache TTL do not expire it. */
function token(key: TestKey, extra: Record<string, unknown> = {}, alg = 'RS256'): string {
  return signToken(sessionClaims({ exp: nowSeconds() + 7200, ...extra }), { key, alg });
}

async function reasonOf(promise: Promise<unknown>): Promise<TokenVerificationError> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(TokenVerificationError);
  return error;
}

/** Lets a background JWKS request finish (bounded). */
async function settle(requests: number): Promise<void> {
  for (let i = 0; i < 200 && server.requests < requests; i++) await new Promise((r) => setTimeout(r, 5));
  await new Promise((r) => setTimeout(r, 20));
}

describe('client.verifyToken with the instance JWKS', () => {
  it('fetches GET /v1/jwks once with the secret key, then serves keys from the cache', async () => {
    const clerk = client();
    await expect(clerk.verifyToken(token(rsa))).resolves.toMatchObject({ sub: 'user_1' });
    await expect(clerk.verifyToken(token(rsa, { sub: 'user_2' }))).resolves.toMatchObject({ sub: 'user_2' });
    await expect(clerk.verifyToken(token(ec, {}, 'ES256'))).resolves.toMatchObject({ sub: 'user_1' });
    expect(server.requests).toBe(1);
    expect(server.authorizations).toEqual([`Bearer ${SECRET}`]);
  });

  it('shares one request between concurrent verifications on a cold cache', async () => {
    const clerk = client();
    const results = await Promise.all(Array.from({ length: 5 }, () => clerk.verifyToken(token(rsa))));
    expect(results).toHaveLength(5);
    expect(server.requests).toBe(1);
  });

  it('refetches after the TTL', async () => {
    const clerk = client();
    await clerk.verifyToken(token(rsa));
    clock += JWKS_TTL_MS - 1;
    await clerk.verifyToken(token(rsa));
    expect(server.requests).toBe(1);
    clock += 1;
    await clerk.verifyToken(token(rsa));
    await settle(2);
    expect(server.requests).toBe(2);
  });

  it('unknown kid: exactly one refetch, then jwk-remote-missing; a second unknown kid within the cooldown does not refetch', async () => {
    const clerk = client();
    await clerk.verifyToken(token(rsa));
    expect(server.requests).toBe(1);
    clock += JWKS_REFETCH_COOLDOWN_MS;
    const stranger = rsaKey('kid_unknown_1');
    const first = await reasonOf(clerk.verifyToken(token(stranger)));
    expect(first.reason).toBe('jwk-remote-missing');
    expect(first.message).toContain('kid_unknown_1');
    expect(server.requests).toBe(2);
    clock += JWKS_REFETCH_COOLDOWN_MS - 1;
    const second = await reasonOf(clerk.verifyToken(signToken(sessionClaims(), { key: stranger, kid: 'kid_unknown_2' })));
    expect(second.reason).toBe('jwk-remote-missing');
    expect(server.requests).toBe(2);
    // Known keys keep working meanwhile, without requests.
    await expect(clerk.verifyToken(token(rsa))).resolves.toBeTruthy();
    expect(server.requests).toBe(2);
    clock += 1;
    expect((await reasonOf(clerk.verifyToken(token(stranger)))).reason).toBe('jwk-remote-missing');
    expect(server.requests).toBe(3);
  });

  it('picks up a rotated key through the unknown-kid refetch', async () => {
    const clerk = client();
    await clerk.verifyToken(token(rsa));
    server.keys = [next.jwk];
    clock += JWKS_REFETCH_COOLDOWN_MS;
    await expect(clerk.verifyToken(token(next))).resolves.toMatchObject({ sub: 'user_1' });
    expect(server.requests).toBe(2);
    // The retired key is gone with the refetch.
    clock += JWKS_REFETCH_COOLDOWN_MS;
    expect((await reasonOf(clerk.verifyToken(token(rsa)))).reason).toBe('jwk-remote-missing');
  });

  it('JWKS down: the cached key works within the stale window, then a clear error that does not show the secret key', async () => {
    const clerk = client();
    await clerk.verifyToken(token(rsa));
    server.failWith = 503;
    clock += JWKS_TTL_MS + 1;
    await expect(clerk.verifyToken(token(rsa))).resolves.toBeTruthy();
    await settle(2);
    expect(server.requests).toBe(2); // one background attempt, which failed
    clock += JWKS_STALE_MS - 2;
    await expect(clerk.verifyToken(token(rsa))).resolves.toBeTruthy();
    await settle(3);
    expect(server.requests).toBe(3);
    clock += 1; // now exactly TTL + stale after the last success
    const error = await reasonOf(clerk.verifyToken(token(rsa)));
    expect(error.reason).toBe('jwk-remote-failed-to-load');
    expect(error.message).toMatch(/JWKS .* could not be fetched \(status 503\)/);
    expect(error.message).not.toContain(SECRET);
    expect(inspect(error, { depth: 10 })).not.toContain(SECRET);
    // Back up: the next request (after the cooldown) restores service.
    server.failWith = undefined;
    clock += JWKS_REFETCH_COOLDOWN_MS;
    await expect(clerk.verifyToken(token(rsa))).resolves.toBeTruthy();
  });

  it('JWKS down on a cold cache: jwk-remote-failed-to-load, and no second request within the cooldown', async () => {
    server.failWith = 500;
    const clerk = client();
    expect((await reasonOf(clerk.verifyToken(token(rsa)))).reason).toBe('jwk-remote-failed-to-load');
    expect((await reasonOf(clerk.verifyToken(token(rsa)))).reason).toBe('jwk-remote-failed-to-load');
    expect(server.requests).toBe(1);
  });

  it('a refused secret key: secret-key-invalid', async () => {
    server.failWith = 401;
    const error = await reasonOf(client().verifyToken(token(rsa)));
    expect(error.reason).toBe('secret-key-invalid');
    expect(inspect(error, { depth: 10 })).not.toContain(SECRET);
  });

  it('skips keys not meant for signatures; a JWKS with no usable key: jwk-remote-invalid', async () => {
    server.keys = [
      { ...rsa.jwk, use: 'enc' },
      { kty: 'oct', kid: 'hmac', k: 'c2VjcmV0', use: 'sig' },
    ];
    const error = await reasonOf(client().verifyToken(token(rsa)));
    expect(error.reason).toBe('jwk-remote-invalid');
    server.keys = [{ ...rsa.jwk, use: 'enc' }, ec.jwk];
    clock += JWKS_REFETCH_COOLDOWN_MS;
    expect((await reasonOf(client().verifyToken(token(rsa)))).reason).toBe('jwk-remote-missing');
  });

  it('an RS256 header naming the EC key: token-invalid-algorithm', async () => {
    const lying = signToken(sessionClaims(), { key: ec, alg: 'RS256', signWith: 'ES256' });
    expect((await reasonOf(client().verifyToken(lying))).reason).toBe('token-invalid-algorithm');
  });

  it('refuses alg none, HS256 and a missing kid without any request', async () => {
    const clerk = client();
    expect((await reasonOf(clerk.verifyToken(signToken(sessionClaims(), { alg: 'none', kid: rsa.kid })))).reason).toBe('token-invalid-algorithm');
    const hs = signToken(sessionClaims(), { alg: 'HS256', kid: rsa.kid, secret: rsa.pem });
    expect((await reasonOf(clerk.verifyToken(hs))).reason).toBe('token-invalid-algorithm');
    expect((await reasonOf(clerk.verifyToken(signToken(sessionClaims(), { key: rsa, kid: null })))).reason).toBe('jwk-remote-missing');
    expect(server.requests).toBe(0);
  });

  it('with jwtKey on the client, makes no request at all', async () => {
    const clerk = createClerkClient({ secretKey: SECRET, apiUrl: server.url, jwtKey: rsa.pem });
    await expect(clerk.verifyToken(token(rsa))).resolves.toBeTruthy();
    expect((await reasonOf(clerk.verifyToken(token(next)))).reason).toBe('token-invalid-signature');
    expect(server.requests).toBe(0);
  });

  it('without any key source: jwk-failed-to-resolve', async () => {
    for (const name of ['CLERK_SECRET_KEY', 'CLERK_API_KEY', 'CLERK_JWT_KEY']) vi.stubEnv(name, '');
    const clerk = createClerkClient({ apiUrl: server.url });
    expect((await reasonOf(clerk.verifyToken(token(rsa)))).reason).toBe('jwk-failed-to-resolve');
    expect((await reasonOf(verifyToken(token(rsa)))).reason).toBe('jwk-failed-to-resolve');
    expect(server.requests).toBe(0);
  });

  it('each client has its own cache', async () => {
    await client().verifyToken(token(rsa));
    await client().verifyToken(token(rsa));
    expect(server.requests).toBe(2);
  });
});

describe('verifyToken (exported) with a secret key', () => {
  it('fetches the JWKS of the given instance and caches it across calls', async () => {
    // A secret key unique to this test, so no cache from another test is reused.
    const secretKey = `${SECRET}_standalone`;
    const options = { secretKey, apiUrl: server.url };
    await expect(verifyToken(token(rsa), options)).resolves.toMatchObject({ sub: 'user_1' });
    await expect(verifyToken(token(rsa), options)).resolves.toBeTruthy();
    expect(server.requests).toBe(1);
    expect(server.authorizations).toEqual([`Bearer ${secretKey}`]);
    expect((await reasonOf(verifyToken(token(rsa, { iss: 'https://evil' }), { ...options, issuer: 'https://clerk.example.com' }))).reason).toBe(
      'token-invalid-issuer',
    );
  });

  it('skipJwksCache fetches on every call', async () => {
    const options = { secretKey: `${SECRET}_skip`, apiUrl: server.url, skipJwksCache: true };
    await verifyToken(token(rsa), options);
    await verifyToken(token(rsa), options);
    expect(server.requests).toBe(2);
  });

  it('the client method with another secretKey goes to that instance', async () => {
    const other = await startJwksServer([next.jwk]);
    try {
      const clerk = client();
      await expect(clerk.verifyToken(token(next), { secretKey: `${SECRET}_other`, apiUrl: other.url })).resolves.toBeTruthy();
      expect(other.requests).toBe(1);
      expect(server.requests).toBe(0);
    } finally {
      await other.close();
    }
  });
});
