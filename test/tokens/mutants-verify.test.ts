// Tests for mutants that survived a Stryker run on src/tokens/verify.ts (its checks, listed in test/MUTATION.md):
// the parts of a failure a user reads (message, action, cause), the optional `typ`, an empty or short signature,
// `iat` at exactly now, and (second pass) RSA-PSS keys and salt, a missing `iss`, the messages of a key that does not
// fit, of a wrong issuer or audience and of `crit`. Each of these mutants, applied by hand, passed the rest of the
// suite and fails here (the inherited-`alg` test pins behaviour that two guards each give alone).
import { constants, generateKeyPairSync, sign } from 'node:crypto';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createClerkClient, TokenVerificationError, verifyToken } from '../../src/index';
import { rejectionOf } from '../helpers/nock';
import { ecKey, rsaKey, sessionClaims, signToken, startJwksServer, type TestKey } from './helpers';

let rsa: TestKey;
let ec: TestKey;

beforeAll(() => {
  rsa = rsaKey();
  ec = ecKey();
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function failureOf(promise: Promise<unknown>): Promise<TokenVerificationError> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(TokenVerificationError);
  return error as TokenVerificationError;
}

const T = 1_900_000_000; // seconds

function at(ms: number): void {
  vi.spyOn(Date, 'now').mockReturnValue(ms);
}

describe('verifyToken: what survived mutation in verify.ts', () => {
  it('accepts a token whose header has no typ (typ is optional; only a typ other than JWT fails)', async () => {
    // Kills `typ !== undefined && …` → `true && …`.
    const token = signToken(sessionClaims(), { key: rsa, header: { typ: undefined } });
    expect(JSON.parse(Buffer.from(token.split('.')[0] as string, 'base64url').toString())).not.toHaveProperty('typ');
    await expect(verifyToken(token, { jwtKey: rsa.pem })).resolves.toMatchObject({ sub: 'user_1' });
  });

  it('says a token has no signature when its signature part is empty', async () => {
    // Kills removing the empty-signature check: the length or crypto check would fail it with another message.
    const token = signToken(sessionClaims(), { key: ec, alg: 'ES256', signWith: 'none' });
    const error = await failureOf(verifyToken(token, { jwtKey: ec.pem }));
    expect(error.reason).toBe('token-invalid-signature');
    expect(error.message).toBe('The JWT has no signature.');
  });

  it('says an ES256 signature one byte short has the wrong length, before any crypto runs', async () => {
    // Kills removing the length check (cryptoVerify would then answer false: "JWT signature is invalid.").
    const token = signToken(sessionClaims(), { key: ec, alg: 'ES256' });
    const [head, body, signature] = token.split('.') as [string, string, string];
    const short = Buffer.from(signature, 'base64url').subarray(1).toString('base64url');
    const error = await failureOf(verifyToken(`${head}.${body}.${short}`, { jwtKey: ec.pem }));
    expect(error.reason).toBe('token-invalid-signature');
    expect(error.message).toBe('JWT signature is invalid (wrong length).');
  });

  it('an expired token names its expiry and now as ISO times, the skew, and tells to check the clock', async () => {
    // Kills `exp * 1000` → `exp / 1000` inside the message, and dropping the action.
    const token = signToken({ sub: 'user_1', exp: T }, { key: rsa });
    at(T * 1000 + 10_000);
    const error = await failureOf(verifyToken(token, { jwtKey: rsa.pem, clockSkewInMs: 0 }));
    expect(error.reason).toBe('token-expired');
    expect(error.message).toBe(
      `JWT is expired. Expiry: ${new Date(T * 1000).toISOString()}, now: ${new Date(T * 1000 + 10_000).toISOString()}, clock skew allowed: 0 ms.`,
    );
    expect(error.action).toBe('Make sure your system clock is in sync.');
  });

  it('a token not active yet names its nbf as an ISO time and tells to check the clock', async () => {
    const token = signToken({ sub: 'user_1', nbf: T, exp: T + 60 }, { key: rsa });
    at(T * 1000 - 3000);
    const error = await failureOf(verifyToken(token, { jwtKey: rsa.pem, clockSkewInMs: 1000 }));
    expect(error.reason).toBe('token-not-active-yet');
    expect(error.message).toContain(`before ${new Date(T * 1000).toISOString()} (nbf)`);
    expect(error.action).toBe('Make sure your system clock is in sync.');
  });

  it('iat: valid when issued exactly now (with no skew), issued 1 ms in the future fails and names iat', async () => {
    // Kills `now < iat * 1000 - skew` → `<=`.
    const token = signToken({ sub: 'user_1', iat: T, exp: T + 60 }, { key: rsa });
    at(T * 1000);
    await expect(verifyToken(token, { jwtKey: rsa.pem, clockSkewInMs: 0 })).resolves.toMatchObject({ iat: T });
    at(T * 1000 - 1);
    const error = await failureOf(verifyToken(token, { jwtKey: rsa.pem, clockSkewInMs: 0 }));
    expect(error.reason).toBe('token-not-active-yet');
    expect(error.message).toContain(`issued in the future: ${new Date(T * 1000).toISOString()} (iat)`);
    expect(error.action).toBe('Make sure your system clock is in sync.');
  });

  it('a claim that is not a number says so and points at a Clerk-generated JWT', async () => {
    const token = signToken({ sub: 'user_1', exp: 'tomorrow' }, { key: rsa });
    const error = await failureOf(verifyToken(token, { jwtKey: rsa.pem }));
    expect(error.reason).toBe('token-verification-failed');
    expect(error.message).toBe('Invalid JWT claim exp "tomorrow". Expected a number of seconds.');
    expect(error.action).toBe('Make sure that this is a Clerk-generated JWT.');
  });

  it('an issuer check that throws keeps what it threw as the cause', async () => {
    // Kills dropping `{ cause }` from the failure.
    const thrown = new Error('lookup failed');
    const token = signToken(sessionClaims({ iss: 'https://clerk.example.com' }), { key: rsa });
    const error = await failureOf(
      verifyToken(token, {
        jwtKey: rsa.pem,
        issuer: () => {
          throw thrown;
        },
      }),
    );
    expect(error.reason).toBe('token-invalid-issuer');
    expect(error.message).toBe('The issuer check threw for "https://clerk.example.com".');
    expect(error.cause).toBe(thrown);
  });
});

describe('verifyToken: survivors of the second pass (RSA-PSS, issuer, audience, algorithm names)', () => {
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

  it('an RSA-PSS key verifies PS256 only: RS256 is refused as an algorithm that does not fit the key', async () => {
    // Kills dropping `!key.pssOnly || spec.pss === true`: crypto would answer false, a signature failure instead.
    const { privateKey, publicKey } = generateKeyPairSync('rsa-pss', { modulusLength: 2048 });
    const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const input = `${b64({ alg: 'PS256', typ: 'JWT' })}.${b64(sessionClaims())}`;
    const pss = sign('sha256', Buffer.from(input), { key: privateKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 });
    await expect(verifyToken(`${input}.${pss.toString('base64url')}`, { jwtKey: pem })).resolves.toMatchObject({ sub: 'user_1' });

    const rs256 = signToken(sessionClaims(), { key: rsa });
    const error = await failureOf(verifyToken(rs256, { jwtKey: pem }));
    expect(error.reason).toBe('token-invalid-algorithm');
    expect(error.message).toBe('The JWT algorithm RS256 does not fit the verification key (rsa).');
  });

  it('PS256 requires a salt as long as the digest (RFC 7518 3.5): a salt of 0 bytes is an invalid signature', async () => {
    // Kills RSA_PSS_SALTLEN_DIGEST → RSA_PSS_SALTLEN_AUTO, which accepts any salt length.
    const input = `${b64({ alg: 'PS256', typ: 'JWT' })}.${b64(sessionClaims())}`;
    const noSalt = sign('sha256', Buffer.from(input), { key: rsa.privateKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 0 });
    const error = await failureOf(verifyToken(`${input}.${noSalt.toString('base64url')}`, { jwtKey: rsa.pem }));
    expect(error.reason).toBe('token-invalid-signature');
    expect(error.message).toBe('JWT signature is invalid.');
  });

  it('an algorithm that does not fit names the key: its curve, and the alg a JWK is pinned to', async () => {
    // Kills dropping the curve and the alg from the message.
    const p384 = ecKey('kid_p384', 'P-384');
    const es256 = signToken(sessionClaims(), { key: ec, alg: 'ES256' });
    expect((await failureOf(verifyToken(es256, { jwtKey: p384.pem }))).message).toBe(
      'The JWT algorithm ES256 does not fit the verification key (ec secp384r1).',
    );

    const server = await startJwksServer([{ ...rsa.jwk, alg: 'RS384' }]);
    try {
      const clerk = createClerkClient({ secretKey: 'sk_test_mutants', apiUrl: server.url });
      const error = await failureOf(clerk.verifyToken(signToken(sessionClaims(), { key: rsa }), { issuer: null }));
      expect(error.reason).toBe('token-invalid-algorithm');
      expect(error.message).toBe('The JWT algorithm RS256 does not fit the verification key (rsa, RS384).');
    } finally {
      await server.close();
    }
  });

  it('a required issuer refuses a token without iss, even when the issuer function would accept anything', async () => {
    // Kills dropping the `typeof iss !== 'string'` check: the function would be asked about undefined and say yes.
    const token = signToken(sessionClaims({ iss: undefined }), { key: rsa });
    const error = await failureOf(verifyToken(token, { jwtKey: rsa.pem, issuer: () => true }));
    expect(error.reason).toBe('token-invalid-issuer');
    expect(error.message).toBe('The JWT has no issuer claim (iss), and an issuer was required.');
  });

  it('a wrong issuer and a wrong audience name the claim the token has', async () => {
    const token = signToken(sessionClaims({ aud: ['api-a', 'api-b'] }), { key: rsa });
    const issuer = await failureOf(verifyToken(token, { jwtKey: rsa.pem, issuer: 'https://other.example.com' }));
    expect(issuer.reason).toBe('token-invalid-issuer');
    expect(issuer.message).toBe('Invalid JWT issuer claim (iss) "https://clerk.example.com".');
    const audience = await failureOf(verifyToken(token, { jwtKey: rsa.pem, audience: 'api-c' }));
    expect(audience.reason).toBe('token-invalid-audience');
    expect(audience.message).toBe('Invalid JWT audience claim (aud) ["api-a","api-b"].');
  });

  it('a critical header extension is refused with a message that says so', async () => {
    const token = signToken(sessionClaims(), { key: rsa, header: { crit: ['b64'], b64: false } });
    const error = await failureOf(verifyToken(token, { jwtKey: rsa.pem }));
    expect(error.reason).toBe('token-invalid');
    expect(error.message).toBe('The JWT header lists critical extensions ("crit"), which are not supported.');
  });

  it('the messages of a wrong typ, a missing or non-string sub and an unlisted azp name the value', async () => {
    const typ = await failureOf(verifyToken(signToken(sessionClaims(), { key: rsa, header: { typ: 'at+jwt' } }), { jwtKey: rsa.pem }));
    expect(typ.reason).toBe('token-invalid');
    expect(typ.message).toBe('Invalid JWT type "at+jwt". Expected "JWT".');

    const sub = await failureOf(verifyToken(signToken(sessionClaims({ sub: 42 }), { key: rsa }), { jwtKey: rsa.pem }));
    expect(sub.reason).toBe('token-verification-failed');
    expect(sub.message).toBe('Subject claim (sub) is required and must be a string. Received 42.');

    const azp = signToken(sessionClaims({ azp: 'https://evil.example.com' }), { key: rsa });
    const party = await failureOf(verifyToken(azp, { jwtKey: rsa.pem, authorizedParties: ['https://app.example.com'] }));
    expect(party.reason).toBe('token-invalid-authorized-parties');
    expect(party.message).toBe('Invalid JWT authorized party claim (azp) "https://evil.example.com".');
  });

  it('a time beyond what a Date can hold is printed as a number, and the failure stays a TokenVerificationError', async () => {
    // Kills dropping the invalid-Date branch of the message's time formatting: toISOString would throw a RangeError.
    const token = signToken(sessionClaims({ nbf: 1e20 }), { key: rsa });
    const error = await failureOf(verifyToken(token, { jwtKey: rsa.pem }));
    expect(error.reason).toBe('token-not-active-yet');
    expect(error.message).toContain('JWT cannot be used before 1e+23 (nbf)');
  });

  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty'])(
    'alg %j (a name every object inherits) is not a supported algorithm, and no JWKS is fetched for it',
    async (alg) => {
      // Pins the allowlist against inherited names: the table has no prototype and is read with Object.hasOwn, and
      // either alone keeps them out (so dropping one is an equivalent mutant). Were both gone, such a name would pass
      // the header check and the verifier would fetch the JWKS before failing.
      const server = await startJwksServer([rsa.jwk]);
      try {
        const clerk = createClerkClient({ secretKey: 'sk_test_mutants', apiUrl: server.url });
        const token = signToken(sessionClaims(), { key: rsa, header: { alg } });
        const error = await failureOf(clerk.verifyToken(token, { issuer: null }));
        expect(error.reason).toBe('token-invalid-algorithm');
        expect(error.message).toBe(
          `Invalid JWT algorithm ${JSON.stringify(alg)}. Supported: RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512, EdDSA.`,
        );
        expect(server.requests).toBe(0);
      } finally {
        await server.close();
      }
    },
  );
});
