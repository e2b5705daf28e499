import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeJwt, TokenVerificationError, verifyToken } from '../../src/index';
import { rsaKey, sessionClaims, signToken } from './helpers';

describe('decodeJwt', () => {
  it("returns v4's shape: header, payload, signature bytes and the raw parts", () => {
    const key = rsaKey();
    const claims = sessionClaims();
    const token = signToken(claims, { key });
    const [h, p, s] = token.split('.');
    const decoded = decodeJwt(token);
    expect(decoded.header).toEqual({ alg: 'RS256', typ: 'JWT', kid: key.kid });
    expect(decoded.payload).toEqual(claims);
    expect(decoded.signature).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(decoded.signature).toString('base64url')).toBe(s);
    expect(decoded.raw).toEqual({ header: h, payload: p, signature: s, text: token });
  });

  it('throws a token-invalid TokenVerificationError (synchronously, as in v4) for non-JWT input', () => {
    for (const input of ['', 'a.b', 'eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.AAAA', 'W10.W10.AAAA', 'x'.repeat(20_000)]) {
      let caught: unknown;
      try {
        decodeJwt(input);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(TokenVerificationError);
      expect((caught as TokenVerificationError).reason).toBe('token-invalid');
    }
  });
});

describe('arbitrary input never escapes as an untyped error', () => {
  const key = rsaKey();
  const good = signToken(sessionClaims({ exp: Math.floor(Date.now() / 1000) + 3600 }), { key });

  it('random strings and random three-part strings reject with a TokenVerificationError', async () => {
    const part = fc.string({ unit: fc.constantFrom(...'ABCDEFabcdef0123456789-_=+/.%{}" '.split('')), maxLength: 40 });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.tuple(part, part, part).map((t) => t.join('.')),
        ),
        async (input) => {
          const outcome = await verifyToken(input, { jwtKey: key.pem }).then(
            () => 'resolved',
            (error: unknown) => error,
          );
          expect(outcome).toBeInstanceOf(TokenVerificationError);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a valid token with one character changed, dropped or inserted never verifies', async () => {
    const alphabet = 'AZaz09-_.=';
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: good.length - 1 }),
        fc.constantFrom(...alphabet.split('')),
        fc.constantFrom('replace', 'drop', 'insert'),
        async (at, ch, how) => {
          const mutated =
            how === 'replace'
              ? good.slice(0, at) + ch + good.slice(at + 1)
              : how === 'drop'
                ? good.slice(0, at) + good.slice(at + 1)
                : good.slice(0, at) + ch + good.slice(at);
          fc.pre(mutated !== good);
          const outcome = await verifyToken(mutated, { jwtKey: key.pem }).then(
            (claims) => claims,
            (error: unknown) => error,
          );
          if (outcome instanceof TokenVerificationError) return;
          // base64url has slack in its last character: a change there may decode to the same bytes. Then the
          // claims must be exactly the original ones.
          expect(outcome).toEqual(decodeJwt(good).payload);
          expect(Buffer.from(decodeJwt(mutated).signature)).toEqual(Buffer.from(decodeJwt(good).signature));
        },
      ),
      { numRuns: 300 },
    );
  });
});
