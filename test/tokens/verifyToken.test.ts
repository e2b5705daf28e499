import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createClerkClient, isTokenVerificationError, TokenVerificationError, verifyJwt, verifyToken } from '../../src/index';
import { ClerkSDKError } from '../../src/core/errors';
import { rejectionOf } from '../helpers/nock';
import { ecKey, edKey, nowSeconds, rsaKey, sessionClaims, signToken, type TestKey } from './helpers';

let rsa: TestKey;
let otherRsa: TestKey;
let ec: TestKey;

beforeAll(() => {
  rsa = rsaKey();
  otherRsa = rsaKey();
  ec = ecKey();
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(TokenVerificationError);
  return error.reason;
}

describe('verifyToken with jwtKey (no network)', () => {
  it('resolves to the claims of a valid RS256 token', async () => {
    const claims = sessionClaims({ org_id: 'org_1' });
    const token = signToken(claims, { key: rsa });
    await expect(verifyToken(token, { jwtKey: rsa.pem })).resolves.toEqual(claims);
  });

  it('reads CLERK_JWT_KEY when no jwtKey is given, at call time', async () => {
    const token = signToken(sessionClaims(), { key: rsa });
    vi.stubEnv('CLERK_JWT_KEY', '');
    vi.stubEnv('CLERK_SECRET_KEY', '');
    vi.stubEnv('CLERK_API_KEY', '');
    expect(await reasonOf(verifyToken(token))).toBe('jwk-failed-to-resolve');
    vi.stubEnv('CLERK_JWT_KEY', rsa.pem);
    await expect(verifyToken(token)).resolves.toMatchObject({ sub: 'user_1' });
  });

  it('accepts a PEM written on one line with literal \\n, as .env files hold it', async () => {
    const token = signToken(sessionClaims(), { key: rsa });
    await expect(verifyToken(token, { jwtKey: rsa.pem.replace(/\n/g, '\\n') })).resolves.toMatchObject({ sub: 'user_1' });
  });

  it('refuses a jwtKey that is not a PEM public key', async () => {
    const token = signToken(sessionClaims(), { key: rsa });
    expect(await reasonOf(verifyToken(token, { jwtKey: 'not a key' }))).toBe('jwk-local-invalid');
  });

  it('refuses an RSA key shorter than 2048 bits', async () => {
    const weak = rsaKey('weak', 1024);
    const token = signToken(sessionClaims(), { key: weak });
    expect(await reasonOf(verifyToken(token, { jwtKey: weak.pem }))).toBe('jwk-local-invalid');
  });

  it('verifies ES256 tokens against an EC key', async () => {
    const token = signToken(sessionClaims(), { key: ec, alg: 'ES256' });
    await expect(verifyToken(token, { jwtKey: ec.pem })).resolves.toMatchObject({ sub: 'user_1' });
  });
});

describe('the other allowlisted algorithms', () => {
  it('PS256 on an RSA key and EdDSA on an Ed25519 key verify; RS256 on the Ed25519 key does not', async () => {
    const ps = signToken(sessionClaims(), { key: rsa, alg: 'PS256' });
    await expect(verifyToken(ps, { jwtKey: rsa.pem })).resolves.toMatchObject({ sub: 'user_1' });
    const ed = edKey();
    const eddsa = signToken(sessionClaims(), { key: ed, alg: 'EdDSA' });
    await expect(verifyToken(eddsa, { jwtKey: ed.pem })).resolves.toMatchObject({ sub: 'user_1' });
    expect(await reasonOf(verifyToken(signToken(sessionClaims(), { key: ed, alg: 'RS256', signWith: 'EdDSA' }), { jwtKey: ed.pem }))).toBe(
      'token-invalid-algorithm',
    );
    // A PKCS#1 v1.5 signature presented as PS256 fails as a signature.
    expect(await reasonOf(verifyToken(signToken(sessionClaims(), { key: rsa, alg: 'PS256', signWith: 'RS256' }), { jwtKey: rsa.pem }))).toBe(
      'token-invalid-signature',
    );
  });
});

describe('rejections, each with its reason', () => {
  it('wrong key: token-invalid-signature', async () => {
    const token = signToken(sessionClaims(), { key: otherRsa });
    expect(await reasonOf(verifyToken(token, { jwtKey: rsa.pem }))).toBe('token-invalid-signature');
  });

  it('alg none: token-invalid-algorithm', async () => {
    const token = signToken(sessionClaims(), { alg: 'none' });
    expect(token.endsWith('.')).toBe(true);
    expect(await reasonOf(verifyToken(token, { jwtKey: rsa.pem }))).toBe('token-invalid-algorithm');
    const withJunk = `${token}AAAA`;
    expect(await reasonOf(verifyToken(withJunk, { jwtKey: rsa.pem }))).toBe('token-invalid-algorithm');
  });

  it('HS256 signed with the PEM public key as the HMAC secret: token-invalid-algorithm', async () => {
    for (const secret of [rsa.pem, rsa.pem.trim()]) {
      const token = signToken(sessionClaims(), { alg: 'HS256', secret });
      expect(await reasonOf(verifyToken(token, { jwtKey: rsa.pem }))).toBe('token-invalid-algorithm');
      expect(await reasonOf(verifyJwt(token, { key: rsa.pem }))).toBe('token-invalid-algorithm');
    }
  });

  it('RS256 header on an ES256 key: token-invalid-algorithm', async () => {
    // Signed by the EC key, header claims RS256.
    const lying = signToken(sessionClaims(), { key: ec, alg: 'RS256', signWith: 'ES256' });
    expect(await reasonOf(verifyToken(lying, { jwtKey: ec.pem }))).toBe('token-invalid-algorithm');
    // And an honest ES256 token presented to an RSA key.
    const honest = signToken(sessionClaims(), { key: ec, alg: 'ES256' });
    expect(await reasonOf(verifyToken(honest, { jwtKey: rsa.pem }))).toBe('token-invalid-algorithm');
  });

  it('ES384 header on a P-256 key: token-invalid-algorithm', async () => {
    const token = signToken(sessionClaims(), { key: ec, alg: 'ES384', signWith: 'ES256' });
    expect(await reasonOf(verifyToken(token, { jwtKey: ec.pem }))).toBe('token-invalid-algorithm');
  });

  it('expired: token-expired', async () => {
    const token = signToken(sessionClaims({ exp: nowSeconds() - 60 }), { key: rsa });
    expect(await reasonOf(verifyToken(token, { jwtKey: rsa.pem }))).toBe('token-expired');
  });

  it('not yet valid (nbf, then iat): token-not-active-yet', async () => {
    const later = nowSeconds() + 60;
    const nbf = signToken(sessionClaims({ nbf: later, exp: later + 60 }), { key: rsa });
    expect(await reasonOf(verifyToken(nbf, { jwtKey: rsa.pem }))).toBe('token-not-active-yet');
    const iat = signToken(sessionClaims({ iat: later, exp: later + 60 }), { key: rsa });
    expect(await reasonOf(verifyToken(iat, { jwtKey: rsa.pem }))).toBe('token-not-active-yet');
  });

  it('a missing or non-numeric exp, or a missing sub: token-verification-failed', async () => {
    const { exp: _exp, ...noExp } = sessionClaims();
    expect(await reasonOf(verifyToken(signToken(noExp, { key: rsa }), { jwtKey: rsa.pem }))).toBe('token-verification-failed');
    const textExp = signToken(sessionClaims({ exp: String(nowSeconds() + 60) }), { key: rsa });
    expect(await reasonOf(verifyToken(textExp, { jwtKey: rsa.pem }))).toBe('token-verification-failed');
    const { sub: _sub, ...noSub } = sessionClaims();
    expect(await reasonOf(verifyToken(signToken(noSub, { key: rsa }), { jwtKey: rsa.pem }))).toBe('token-verification-failed');
  });

  it('tampered payload: token-invalid-signature', async () => {
    const token = signToken(sessionClaims(), { key: rsa });
    const [h, , s] = token.split('.');
    const forged = Buffer.from(JSON.stringify(sessionClaims({ sub: 'user_admin' }))).toString('base64url');
    expect(await reasonOf(verifyToken(`${h}.${forged}.${s}`, { jwtKey: rsa.pem }))).toBe('token-invalid-signature');
  });

  it('a signature flipped in one bit: token-invalid-signature', async () => {
    const token = signToken(sessionClaims(), { key: rsa });
    const dot = token.lastIndexOf('.');
    const sig = Buffer.from(token.slice(dot + 1), 'base64url');
    sig[10] = sig[10]! ^ 1;
    expect(await reasonOf(verifyToken(`${token.slice(0, dot)}.${sig.toString('base64url')}`, { jwtKey: rsa.pem }))).toBe('token-invalid-signature');
  });

  it('truncated token: rejected at every cut, never resolved', async () => {
    const token = signToken(sessionClaims(), { key: rsa });
    const cuts = [0, 1, 10, token.indexOf('.'), token.indexOf('.') + 1, token.lastIndexOf('.'), token.lastIndexOf('.') + 1, token.length - 1];
    for (const cut of cuts) {
      const reason = await reasonOf(verifyToken(token.slice(0, cut), { jwtKey: rsa.pem }));
      expect(['token-invalid', 'token-invalid-signature']).toContain(reason);
    }
    expect(await reasonOf(verifyToken(token.slice(0, token.lastIndexOf('.')), { jwtKey: rsa.pem }))).toBe('token-invalid');
  });

  it('non-JWT input, huge input and wrong types reject with token-invalid and never throw synchronously', async () => {
    const inputs: unknown[] = [
      '',
      'garbage',
      'a.b',
      'a.b.c.d',
      '...',
      '%%.%%.%%',
      'x'.repeat(10 * 1024),
      `${'a'.repeat(10_000)}.${'b'.repeat(10_000)}.c`,
      undefined,
      null,
      42,
      {},
      ['a', 'b'],
    ];
    for (const input of inputs) {
      let promise: Promise<unknown> | undefined;
      expect(() => {
        promise = verifyToken(input as string, { jwtKey: rsa.pem });
      }).not.toThrow();
      expect(await reasonOf(promise!)).toBe('token-invalid');
    }
  });

  it('a header that is not JSON, a typ other than JWT or a crit list: token-invalid', async () => {
    const payload = Buffer.from(JSON.stringify(sessionClaims())).toString('base64url');
    expect(await reasonOf(verifyToken(`bm90IGpzb24.${payload}.AAAA`, { jwtKey: rsa.pem }))).toBe('token-invalid');
    const typ = signToken(sessionClaims(), { key: rsa, header: { typ: 'at+jwt' } });
    expect(await reasonOf(verifyToken(typ, { jwtKey: rsa.pem }))).toBe('token-invalid');
    const crit = signToken(sessionClaims(), { key: rsa, header: { crit: ['exp'] } });
    expect(await reasonOf(verifyToken(crit, { jwtKey: rsa.pem }))).toBe('token-invalid');
  });

  it('an alg named after an Object.prototype member is not an algorithm', async () => {
    for (const alg of ['constructor', '__proto__', 'toString']) {
      const token = signToken(sessionClaims(), { key: rsa, alg, signWith: 'RS256' });
      expect(await reasonOf(verifyToken(token, { jwtKey: rsa.pem }))).toBe('token-invalid-algorithm');
    }
  });
});

describe('clock skew', () => {
  const T = 1_900_000_000; // a fixed exp, in seconds

  function at(ms: number): void {
    vi.spyOn(Date, 'now').mockReturnValue(ms);
  }

  it('defaults to 5000 ms: valid 1 ms before exp + 5 s, expired exactly at exp + 5 s', async () => {
    const token = signToken({ sub: 'user_1', exp: T }, { key: rsa });
    at(T * 1000 + 4999);
    await expect(verifyToken(token, { jwtKey: rsa.pem })).resolves.toMatchObject({ exp: T });
    at(T * 1000 + 5000);
    expect(await reasonOf(verifyToken(token, { jwtKey: rsa.pem }))).toBe('token-expired');
  });

  it('0 means 0: valid 1 ms before exp, expired exactly at exp', async () => {
    const token = signToken({ sub: 'user_1', exp: T }, { key: rsa });
    at(T * 1000 - 1);
    await expect(verifyToken(token, { jwtKey: rsa.pem, clockSkewInMs: 0 })).resolves.toMatchObject({ exp: T });
    at(T * 1000);
    expect(await reasonOf(verifyToken(token, { jwtKey: rsa.pem, clockSkewInMs: 0 }))).toBe('token-expired');
  });

  it('nbf: active exactly at nbf - skew, not 1 ms earlier', async () => {
    const token = signToken({ sub: 'user_1', nbf: T, exp: T + 60 }, { key: rsa });
    at(T * 1000 - 2000);
    await expect(verifyToken(token, { jwtKey: rsa.pem, clockSkewInMs: 2000 })).resolves.toMatchObject({ nbf: T });
    at(T * 1000 - 2001);
    expect(await reasonOf(verifyToken(token, { jwtKey: rsa.pem, clockSkewInMs: 2000 }))).toBe('token-not-active-yet');
    at(T * 1000 - 1);
    expect(await reasonOf(verifyToken(token, { jwtKey: rsa.pem, clockSkewInMs: 0 }))).toBe('token-not-active-yet');
  });

  it('the deprecated clockSkewInSeconds is read as milliseconds, as v4 did, and only without clockSkewInMs', async () => {
    const token = signToken({ sub: 'user_1', exp: T }, { key: rsa });
    at(T * 1000 + 1500);
    await expect(verifyToken(token, { jwtKey: rsa.pem, clockSkewInSeconds: 2000 })).resolves.toMatchObject({ exp: T });
    expect(await reasonOf(verifyToken(token, { jwtKey: rsa.pem, clockSkewInSeconds: 2000, clockSkewInMs: 0 }))).toBe('token-expired');
  });

  it('a negative or non-finite skew is a programming error (ClerkSDKError invalid_argument)', async () => {
    const token = signToken(sessionClaims(), { key: rsa });
    for (const clockSkewInMs of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      const error = await rejectionOf(verifyToken(token, { jwtKey: rsa.pem, clockSkewInMs }));
      expect(error).toBeInstanceOf(ClerkSDKError);
      expect(error.code).toBe('invalid_argument');
    }
  });
});

describe('issuer, authorized parties, audience', () => {
  const token = () => signToken(sessionClaims({ iss: 'https://clerk.example.com', azp: 'https://app.example.com', aud: 'api' }), { key: rsa });

  it('checks iss only when asked: string, list or predicate', async () => {
    await expect(verifyToken(token(), { jwtKey: rsa.pem })).resolves.toBeTruthy();
    await expect(verifyToken(token(), { jwtKey: rsa.pem, issuer: 'https://clerk.example.com' })).resolves.toBeTruthy();
    await expect(verifyToken(token(), { jwtKey: rsa.pem, issuer: ['https://a', 'https://clerk.example.com'] })).resolves.toBeTruthy();
    expect(await reasonOf(verifyToken(token(), { jwtKey: rsa.pem, issuer: 'https://clerk.other.com' }))).toBe('token-invalid-issuer');
    expect(await reasonOf(verifyToken(token(), { jwtKey: rsa.pem, issuer: ['https://a'] }))).toBe('token-invalid-issuer');
    expect(await reasonOf(verifyToken(token(), { jwtKey: rsa.pem, issuer: (iss) => iss.endsWith('.dev') }))).toBe('token-invalid-issuer');
    const throwing = () => {
      throw new Error('boom');
    };
    expect(await reasonOf(verifyToken(token(), { jwtKey: rsa.pem, issuer: throwing }))).toBe('token-invalid-issuer');
  });

  it('a token without iss fails an issuer check (v4 let it through)', async () => {
    const { iss: _iss, ...claims } = sessionClaims();
    const noIss = signToken(claims, { key: rsa });
    expect(await reasonOf(verifyToken(noIss, { jwtKey: rsa.pem, issuer: 'https://clerk.example.com' }))).toBe('token-invalid-issuer');
  });

  it('the client method checks for a Clerk issuer by default, as v4 did; issuer: null turns it off', async () => {
    const client = createClerkClient({ jwtKey: rsa.pem });
    await expect(client.verifyToken(token())).resolves.toMatchObject({ iss: 'https://clerk.example.com' });
    const accounts = signToken(sessionClaims({ iss: 'https://happy-cat-12.clerk.accounts.dev' }), { key: rsa });
    await expect(client.verifyToken(accounts)).resolves.toBeTruthy();
    const foreign = signToken(sessionClaims({ iss: 'https://evil.example.com' }), { key: rsa });
    expect(await reasonOf(client.verifyToken(foreign))).toBe('token-invalid-issuer');
    await expect(client.verifyToken(foreign, { issuer: null })).resolves.toBeTruthy();
    await expect(client.verifyToken(foreign, { issuer: 'https://evil.example.com' })).resolves.toBeTruthy();
    // The exported function has no default issuer check.
    await expect(verifyToken(foreign, { jwtKey: rsa.pem })).resolves.toBeTruthy();
  });

  it('azp must be one of authorizedParties when both are present', async () => {
    await expect(verifyToken(token(), { jwtKey: rsa.pem, authorizedParties: ['https://app.example.com'] })).resolves.toBeTruthy();
    expect(await reasonOf(verifyToken(token(), { jwtKey: rsa.pem, authorizedParties: ['https://other.example.com'] }))).toBe(
      'token-invalid-authorized-parties',
    );
    const { azp: _azp, ...claims } = sessionClaims();
    await expect(verifyToken(signToken(claims, { key: rsa }), { jwtKey: rsa.pem, authorizedParties: ['https://x'] })).resolves.toBeTruthy();
  });

  it('aud must match audience when asked, and must be present', async () => {
    await expect(verifyToken(token(), { jwtKey: rsa.pem, audience: 'api' })).resolves.toBeTruthy();
    await expect(verifyToken(token(), { jwtKey: rsa.pem, audience: ['x', 'api'] })).resolves.toBeTruthy();
    expect(await reasonOf(verifyToken(token(), { jwtKey: rsa.pem, audience: 'web' }))).toBe('token-invalid-audience');
    const listAud = signToken(sessionClaims({ aud: ['a', 'b'] }), { key: rsa });
    await expect(verifyToken(listAud, { jwtKey: rsa.pem, audience: 'b' })).resolves.toBeTruthy();
    const noAud = signToken(sessionClaims(), { key: rsa });
    expect(await reasonOf(verifyToken(noAud, { jwtKey: rsa.pem, audience: 'api' }))).toBe('token-invalid-audience');
  });
});

describe('verifyJwt', () => {
  it('verifies against a JWK as well as a PEM', async () => {
    const token = signToken(sessionClaims(), { key: rsa });
    await expect(verifyJwt(token, { key: rsa.jwk as never })).resolves.toMatchObject({ sub: 'user_1' });
    await expect(verifyJwt(token, { key: rsa.pem })).resolves.toMatchObject({ sub: 'user_1' });
    expect(await reasonOf(verifyJwt(token, { key: otherRsa.jwk as never }))).toBe('token-invalid-signature');
  });

  it("a JWK's own alg restricts the algorithm", async () => {
    const token = signToken(sessionClaims(), { key: rsa, alg: 'RS512' });
    await expect(verifyJwt(token, { key: { ...rsa.jwk, alg: undefined } as never })).resolves.toBeTruthy();
    expect(await reasonOf(verifyJwt(token, { key: rsa.jwk as never }))).toBe('token-invalid-algorithm');
  });

  it('refuses a symmetric JWK', async () => {
    const token = signToken(sessionClaims(), { alg: 'HS256', secret: 'secret' });
    expect(await reasonOf(verifyJwt(token, { key: { kty: 'oct', k: 'c2VjcmV0' } }))).toBe('token-invalid-algorithm');
  });
});

describe('TokenVerificationError', () => {
  it('is recognised through its Symbol.for brand, as a copy from the other build would be', () => {
    const local = new TokenVerificationError({ reason: 'token-expired', message: 'x', action: 'y' });
    expect(isTokenVerificationError(local)).toBe(true);
    const foreign = Object.defineProperty(new Error('x'), Symbol.for('@clerk/clerk-sdk-node:TokenVerificationError'), { value: true });
    expect(foreign).toBeInstanceOf(TokenVerificationError);
    expect(isTokenVerificationError(foreign)).toBe(true);
    expect(isTokenVerificationError(new Error('x'))).toBe(false);
    expect(new Error('x')).not.toBeInstanceOf(TokenVerificationError);
    expect(local.getFullMessage()).toBe('x y (reason=token-expired, token-carrier=undefined)');
  });
});
