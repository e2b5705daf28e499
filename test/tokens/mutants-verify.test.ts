// Tests for mutants that survived a Stryker run on src/tokens/verify.ts (its checks, listed in test/MUTATION.md):
// the parts of a failure a user reads (message, action, cause), the optional `typ`, an empty or short signature,
// and `iat` at exactly now. Each of these mutants, applied by hand, passed the rest of the suite and fails here.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { TokenVerificationError, verifyToken } from '../../src/index';
import { rejectionOf } from '../helpers/nock';
import { ecKey, rsaKey, sessionClaims, signToken, type TestKey } from './helpers';

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
