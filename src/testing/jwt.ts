import { createHmac, createPrivateKey, createSign, generateKeyPair, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
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

interface KeyPair {
  privateKey: KeyObject;
  jwk: RsaPublicJwk;
  /** The public key as an SPKI PEM, the form `CLERK_JWT_KEY` takes. */
  pem: string;
}

/**
 * The emulator's RS256 key, a 2048-bit RSA pair made on first use: off the main thread when a request needs it
 * (JWKS or a token), or synchronously (once, some tens of milliseconds) when the PEM is read first. An emulator that
 * never signs never pays. Whichever is made first is the only key: a background generation finishing later is
 * dropped.
 */
export class SigningKeys {
  readonly kid: string;
  #pending: Promise<KeyPair> | undefined;
  #ready: KeyPair | undefined;

  constructor() {
    this.kid = `ins_emulator_${randomBytes(8).toString('hex')}`;
  }

  #adopt(publicKey: KeyObject, privateKey: KeyObject): KeyPair {
    if (!this.#ready) {
      const exported = publicKey.export({ format: 'jwk' }) as { n: string; e: string };
      const pem = publicKey.export({ format: 'pem', type: 'spki' }).toString().trim();
      this.#ready = { privateKey, pem, jwk: { kid: this.kid, alg: 'RS256', use: 'sig', kty: 'RSA', n: exported.n, e: exported.e } };
    }
    return this.#ready;
  }

  #load(): Promise<KeyPair> {
    if (this.#ready) return Promise.resolve(this.#ready);
    this.#pending ??= new Promise((resolve, reject) => {
      generateKeyPair('rsa', { modulusLength: 2048 }, (error, publicKey, privateKey) => {
        if (error) return reject(error);
        resolve(this.#adopt(publicKey, privateKey));
      });
    });
    return this.#pending;
  }

  /** The public key as a PEM (SPKI), generating the pair now if no request has needed it yet. */
  get pem(): string {
    if (!this.#ready) {
      const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      this.#adopt(publicKey, privateKey);
    }
    return this.#ready!.pem;
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
export function signJwt(claims: Record<string, unknown>, algorithm: string, key: KeyObject | string, kid?: string): string {
  const header = { alg: algorithm, typ: 'JWT', ...(kid ? { kid } : {}) };
  const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
  let signature: Buffer;
  if (algorithm in HMAC) {
    signature = createHmac(HMAC[algorithm as keyof typeof HMAC], key)
      .update(input)
      .digest();
  } else {
    const signer = createSign(RSA[algorithm as keyof typeof RSA] ?? 'RSA-SHA256');
    signer.update(input);
    signature = signer.sign(typeof key === 'string' ? createPrivateKey(key) : key);
  }
  return `${input}.${base64url(signature)}`;
}
