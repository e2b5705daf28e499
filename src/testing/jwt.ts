import { createHmac, createPrivateKey, createSign, generateKeyPair, randomBytes, type KeyObject } from 'node:crypto';
import { valueInvalid } from './errors';

/** The public half of the signing key, as served at `/v1/jwks`. */
export interface RsaPublicJwk {
  kid: string;
  alg: 'RS256';
  use: 'sig';
  kty: 'RSA';
  n: string;
  e: string;
}

export function base64url(input: Buffer | string): string {
  return Buffer.from(input).toString('base64url');
}

/**
 * The emulator's RS256 key. Generating a 2048-bit RSA key takes a few hundred milliseconds, so it is made once, on
 * the first request that needs it (JWKS or a token), off the main thread; an emulator that never signs never pays.
 */
export class SigningKeys {
  readonly kid: string;
  #pending: Promise<{ privateKey: KeyObject; jwk: RsaPublicJwk }> | undefined;

  constructor() {
    this.kid = `ins_emulator_${randomBytes(8).toString('hex')}`;
  }

  #load(): Promise<{ privateKey: KeyObject; jwk: RsaPublicJwk }> {
    this.#pending ??= new Promise((resolve, reject) => {
      generateKeyPair('rsa', { modulusLength: 2048 }, (error, publicKey, privateKey) => {
        if (error) return reject(error);
        const exported = publicKey.export({ format: 'jwk' }) as { n: string; e: string };
        resolve({ privateKey, jwk: { kid: this.kid, alg: 'RS256', use: 'sig', kty: 'RSA', n: exported.n, e: exported.e } });
      });
    });
    return this.#pending;
  }

  /** The public JWK set. */
  async jwks(): Promise<{ keys: RsaPublicJwk[] }> {
    const { jwk } = await this.#load();
    return { keys: [jwk] };
  }

  /** Signs `claims` with the emulator key (RS256, `kid` in the header). */
  async sign(claims: Record<string, unknown>): Promise<string> {
    const { privateKey } = await this.#load();
    return signJwt(claims, 'RS256', privateKey, this.kid);
  }
}

const HMAC = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' } as const;
const RSA = { RS256: 'RSA-SHA256', RS384: 'RSA-SHA384', RS512: 'RSA-SHA512' } as const;

/** Algorithms a JWT template with a custom signing key may use in the emulator. */
export const CUSTOM_SIGNING_ALGORITHMS = [...Object.keys(HMAC), ...Object.keys(RSA)];

/** Checks a template's custom key before it is stored, so a bad key fails at create time, not at token time. */
export function checkCustomSigningKey(algorithm: string, key: string): void {
  if (!CUSTOM_SIGNING_ALGORITHMS.includes(algorithm)) {
    throw valueInvalid('signing_algorithm', `must be one of ${CUSTOM_SIGNING_ALGORITHMS.join(', ')} in the emulator.`);
  }
  if (algorithm in RSA) {
    try {
      createPrivateKey(key);
    } catch {
      throw valueInvalid('signing_key', 'must be a PEM-encoded RSA private key.');
    }
  }
}

/** Builds a compact JWS. */
export function signJwt(
  claims: Record<string, unknown>,
  algorithm: string,
  key: KeyObject | string,
  kid?: string,
): string {
  const header = { alg: algorithm, typ: 'JWT', ...(kid ? { kid } : {}) };
  const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
  let signature: Buffer;
  if (algorithm in HMAC) {
    signature = createHmac(HMAC[algorithm as keyof typeof HMAC], key).update(input).digest();
  } else {
    const signer = createSign(RSA[algorithm as keyof typeof RSA] ?? 'RSA-SHA256');
    signer.update(input);
    signature = signer.sign(typeof key === 'string' ? createPrivateKey(key) : key);
  }
  return `${input}.${base64url(signature)}`;
}
