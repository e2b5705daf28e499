// Token verification proper. Loaded on the first verification (see ./index.ts), never at package import.
// It exports only the three entry points ./index.ts calls: a bundler keeps every export of a dynamically imported
// module (the namespace object is opaque to it), so constants shared with tests live in ./constants.
import { DEFAULT_CLOCK_SKEW_MS, JWKS_REFETCH_COOLDOWN_MS, JWKS_REQUEST, JWKS_STALE_MS, JWKS_TTL_MS } from './constants';
import { constants, createHash, createPublicKey, verify as cryptoVerify, type KeyObject } from 'node:crypto';
import { JwksAPI } from '../api/JwksAPI';
import { ENV, processEnv, resolveConfig } from '../config';
import { ClerkSDKError, isClerkAPIResponseError, isClerkSDKError } from '../core/errors';
import { createRequester } from '../core/http';
import { parseToken, type ParsedToken } from './decode';
import { TokenVerificationError, type TokenVerificationErrorReason } from './errors';
import type { ClientVerifierDeps } from './index';
import type { IssuerResolver, JwtPayload, PublicJwk, TokenVerifier, VerifyClaimsOptions, VerifyJwtOptions, VerifyTokenOptions } from './types';

/** RSA keys shorter than this are refused. */
const MIN_RSA_BITS = 2048;

// ---------------------------------------------------------------------------------------------------------------
// Algorithms: the allowlist, and which key each one needs. `none` and the HMAC family are absent on purpose: a
// public key must never be usable as a shared secret.

type KeyKind = 'rsa' | 'ec' | 'okp';

interface AlgSpec {
  readonly kind: KeyKind;
  /** Digest for node:crypto (null for EdDSA). */
  readonly hash: string | null;
  readonly pss?: true;
  /** For ES*: the curve (node's name) and the raw signature length. */
  readonly curve?: string;
  readonly signatureLength?: number;
}

const ALGORITHMS: Readonly<Record<string, AlgSpec>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, AlgSpec>, {
    RS256: { kind: 'rsa', hash: 'sha256' },
    RS384: { kind: 'rsa', hash: 'sha384' },
    RS512: { kind: 'rsa', hash: 'sha512' },
    PS256: { kind: 'rsa', hash: 'sha256', pss: true },
    PS384: { kind: 'rsa', hash: 'sha384', pss: true },
    PS512: { kind: 'rsa', hash: 'sha512', pss: true },
    ES256: { kind: 'ec', hash: 'sha256', curve: 'prime256v1', signatureLength: 64 },
    ES384: { kind: 'ec', hash: 'sha384', curve: 'secp384r1', signatureLength: 96 },
    ES512: { kind: 'ec', hash: 'sha512', curve: 'secp521r1', signatureLength: 132 },
    EdDSA: { kind: 'okp', hash: null },
  }),
);

const SUPPORTED_ALGS = Object.keys(ALGORITHMS).join(', ');

/** A public key ready for node:crypto, with what it may be used for. */
interface PreparedKey {
  readonly key: KeyObject;
  readonly kind: KeyKind;
  /** node's curve name for EC keys. */
  readonly curve: string | undefined;
  /** The key's own `alg` (from a JWK), which then is the only algorithm it may verify. */
  readonly alg: string | undefined;
  /** RSA keys whose SPKI says RSASSA-PSS may only verify PS*. */
  readonly pssOnly: boolean;
}

function fail(reason: TokenVerificationErrorReason, message: string, extra?: { action?: string; cause?: unknown }): never {
  throw new TokenVerificationError({ reason, message, action: extra?.action, cause: extra?.cause });
}

function prepareKeyObject(key: KeyObject, alg: string | undefined, reason: TokenVerificationErrorReason): PreparedKey {
  if (key.type !== 'public') fail(reason, 'The key is not a public key.');
  const type = key.asymmetricKeyType;
  const details = key.asymmetricKeyDetails ?? {};
  if (type === 'rsa' || type === 'rsa-pss') {
    if ((details.modulusLength ?? 0) < MIN_RSA_BITS) {
      fail(reason, `The RSA key has ${details.modulusLength ?? 0} bits; at least ${MIN_RSA_BITS} are required.`);
    }
    return { key, kind: 'rsa', curve: undefined, alg, pssOnly: type === 'rsa-pss' };
  }
  if (type === 'ec') return { key, kind: 'ec', curve: details.namedCurve, alg, pssOnly: false };
  if (type === 'ed25519' || type === 'ed448') return { key, kind: 'okp', curve: type, alg, pssOnly: false };
  return fail(reason, `Keys of type ${String(type)} cannot verify JWTs here.`);
}

// PEM keys come from options or the environment, usually the same string every time: import each once.
const pemKeys = new Map<string, PreparedKey>();
const MAX_PEM_KEYS = 32;

function normalizePem(pem: string): string {
  // .env files often hold the key on one line with literal "\n" sequences.
  let text = pem.includes('\\n') ? pem.replace(/\\n/g, '\n') : pem;
  text = text.trim();
  if (!text.startsWith('-----BEGIN')) {
    // The bare base64 body of a public key, as some dashboards show it.
    const body = text.replace(/\s+/g, '');
    text = `-----BEGIN PUBLIC KEY-----\n${body.replace(/(.{64})/g, '$1\n')}\n-----END PUBLIC KEY-----`;
  }
  return text;
}

function pemKey(pem: string): PreparedKey {
  const cached = pemKeys.get(pem);
  if (cached) return cached;
  let keyObject: KeyObject;
  try {
    keyObject = createPublicKey(normalizePem(pem));
  } catch (cause) {
    return fail('jwk-local-invalid', 'The JWT key (jwtKey or CLERK_JWT_KEY) is not a PEM public key.', {
      action: 'Copy the PEM public key from the Clerk Dashboard (API keys) into CLERK_JWT_KEY.',
      cause,
    });
  }
  const prepared = prepareKeyObject(keyObject, undefined, 'jwk-local-invalid');
  if (pemKeys.size >= MAX_PEM_KEYS) pemKeys.delete(pemKeys.keys().next().value as string);
  pemKeys.set(pem, prepared);
  return prepared;
}

function jwkKey(jwk: PublicJwk, reason: TokenVerificationErrorReason): PreparedKey {
  if (typeof jwk !== 'object' || jwk === null || (jwk.kty !== 'RSA' && jwk.kty !== 'EC' && jwk.kty !== 'OKP')) {
    return fail(reason, 'The JWK is not an RSA, EC or OKP public key.');
  }
  let keyObject: KeyObject;
  try {
    // Only the public members are passed on, so a private JWK handed over by mistake still yields a public key.
    const { kty, n, e, crv, x, y } = jwk as Record<string, unknown>;
    const members = kty === 'RSA' ? { kty, n, e } : kty === 'EC' ? { kty, crv, x, y } : { kty, crv, x };
    keyObject = createPublicKey({ key: members as import('node:crypto').JsonWebKey, format: 'jwk' });
  } catch (cause) {
    return fail(reason, 'The JWK could not be imported as a public key.', { cause });
  }
  return prepareKeyObject(keyObject, typeof jwk.alg === 'string' ? jwk.alg : undefined, reason);
}

// ---------------------------------------------------------------------------------------------------------------
// Checks.

/** The claim options, validated once per call. */
interface ClaimChecks {
  skewMs: number;
  audience: readonly string[] | undefined;
  authorizedParties: readonly string[] | undefined;
  issuer: IssuerResolver | null | undefined;
}

function readClaimChecks(options: VerifyClaimsOptions): ClaimChecks {
  const skew = options.clockSkewInMs ?? options.clockSkewInSeconds ?? DEFAULT_CLOCK_SKEW_MS;
  if (typeof skew !== 'number' || !Number.isFinite(skew) || skew < 0) {
    throw new ClerkSDKError('invalid_argument', `clockSkewInMs must be a finite number of milliseconds, 0 or more; got ${String(skew)}.`);
  }
  let audience: readonly string[] | undefined;
  if (options.audience !== undefined) {
    audience = (typeof options.audience === 'string' ? [options.audience] : options.audience).filter((a) => typeof a === 'string' && a !== '');
    if (audience.length === 0) audience = undefined;
  }
  const parties = options.authorizedParties;
  return {
    skewMs: skew,
    audience,
    authorizedParties: parties && parties.length > 0 ? parties : undefined,
    issuer: options.issuer,
  };
}

/** Header checks that need no key: done before any key lookup, so a forged header never causes a JWKS request. */
function checkHeader(parsed: ParsedToken): AlgSpec {
  const { alg, typ, crit } = parsed.header;
  if (typ !== undefined && typ !== 'JWT') fail('token-invalid', `Invalid JWT type ${JSON.stringify(typ)}. Expected "JWT".`);
  // Extensions this verifier does not implement must not be silently ignored (RFC 7515, 4.1.11).
  if (crit !== undefined) fail('token-invalid', 'The JWT header lists critical extensions ("crit"), which are not supported.');
  const spec = Object.hasOwn(ALGORITHMS, alg) ? ALGORITHMS[alg] : undefined;
  if (!spec) fail('token-invalid-algorithm', `Invalid JWT algorithm ${JSON.stringify(alg)}. Supported: ${SUPPORTED_ALGS}.`);
  return spec;
}

function checkSignature(parsed: ParsedToken, spec: AlgSpec, key: PreparedKey): void {
  const alg = parsed.header.alg;
  const fits =
    spec.kind === key.kind &&
    (key.alg === undefined || key.alg === alg) &&
    (spec.kind !== 'ec' || spec.curve === key.curve) &&
    (!key.pssOnly || spec.pss === true);
  if (!fits) {
    fail(
      'token-invalid-algorithm',
      `The JWT algorithm ${alg} does not fit the verification key (${key.kind}${key.curve ? ` ${key.curve}` : ''}${key.alg ? `, ${key.alg}` : ''}).`,
    );
  }
  const signature = Buffer.from(parsed.rawSignature, 'base64url');
  if (signature.length === 0) fail('token-invalid-signature', 'The JWT has no signature.');
  if (spec.signatureLength !== undefined && signature.length !== spec.signatureLength) {
    fail('token-invalid-signature', 'JWT signature is invalid (wrong length).');
  }
  const data = Buffer.from(parsed.signingInput, 'latin1');
  let valid: boolean;
  try {
    if (spec.pss) {
      valid = cryptoVerify(
        spec.hash,
        data,
        { key: key.key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST },
        signature,
      );
    } else if (spec.kind === 'ec') {
      valid = cryptoVerify(spec.hash, data, { key: key.key, dsaEncoding: 'ieee-p1363' }, signature);
    } else {
      valid = cryptoVerify(spec.hash, data, key.key, signature);
    }
  } catch (cause) {
    fail('token-invalid-signature', 'JWT signature is invalid.', { cause });
  }
  if (!valid) fail('token-invalid-signature', 'JWT signature is invalid.');
}

function numericClaim(payload: JwtPayload, name: 'exp' | 'nbf' | 'iat', required: boolean): number | undefined {
  const value = payload[name];
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    fail('token-verification-failed', `Invalid JWT claim ${name} ${JSON.stringify(value)}. Expected a number of seconds.`, {
      action: 'Make sure that this is a Clerk-generated JWT.',
    });
  }
  return value;
}

function isoTime(ms: number): string {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? String(ms) : date.toISOString();
}

function checkIssuer(iss: unknown, issuer: IssuerResolver): void {
  if (typeof iss !== 'string') fail('token-invalid-issuer', 'The JWT has no issuer claim (iss), and an issuer was required.');
  let ok: boolean;
  if (typeof issuer === 'string') ok = iss === issuer;
  else if (typeof issuer === 'function') {
    try {
      ok = Boolean(issuer(iss));
    } catch (cause) {
      fail('token-invalid-issuer', `The issuer check threw for ${JSON.stringify(iss)}.`, { cause });
    }
  } else ok = issuer.includes(iss);
  if (!ok) fail('token-invalid-issuer', `Invalid JWT issuer claim (iss) ${JSON.stringify(iss)}.`);
}

function checkClaims(payload: JwtPayload, checks: ClaimChecks): void {
  if (typeof payload.sub !== 'string') {
    fail('token-verification-failed', `Subject claim (sub) is required and must be a string. Received ${JSON.stringify(payload.sub)}.`);
  }
  const exp = numericClaim(payload, 'exp', true)!;
  const nbf = numericClaim(payload, 'nbf', false);
  const iat = numericClaim(payload, 'iat', false);
  const now = Date.now();
  const skew = checks.skewMs;
  // Valid while now < exp + skew; valid from nbf - skew on (RFC 7519 4.1.4 and 4.1.5).
  if (now >= exp * 1000 + skew) {
    fail('token-expired', `JWT is expired. Expiry: ${isoTime(exp * 1000)}, now: ${isoTime(now)}, clock skew allowed: ${skew} ms.`, {
      action: 'Make sure your system clock is in sync.',
    });
  }
  if (nbf !== undefined && now < nbf * 1000 - skew) {
    fail('token-not-active-yet', `JWT cannot be used before ${isoTime(nbf * 1000)} (nbf); now: ${isoTime(now)}, clock skew allowed: ${skew} ms.`, {
      action: 'Make sure your system clock is in sync.',
    });
  }
  if (iat !== undefined && now < iat * 1000 - skew) {
    fail('token-not-active-yet', `JWT was issued in the future: ${isoTime(iat * 1000)} (iat); now: ${isoTime(now)}, clock skew allowed: ${skew} ms.`, {
      action: 'Make sure your system clock is in sync.',
    });
  }
  if (checks.authorizedParties && payload.azp !== undefined) {
    if (typeof payload.azp !== 'string' || !checks.authorizedParties.includes(payload.azp)) {
      fail('token-invalid-authorized-parties', `Invalid JWT authorized party claim (azp) ${JSON.stringify(payload.azp)}.`);
    }
  }
  if (checks.issuer !== undefined && checks.issuer !== null) checkIssuer(payload.iss, checks.issuer);
  if (checks.audience) {
    const aud = payload.aud;
    const list = typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud : [];
    if (!list.some((a) => typeof a === 'string' && checks.audience!.includes(a))) {
      fail('token-invalid-audience', `Invalid JWT audience claim (aud) ${JSON.stringify(aud)}.`);
    }
  }
}

/** Everything after the key is known: key fit, signature, then claims. */
function finish(parsed: ParsedToken, spec: AlgSpec, key: PreparedKey, checks: ClaimChecks): JwtPayload {
  checkSignature(parsed, spec, key);
  checkClaims(parsed.payload, checks);
  return parsed.payload;
}

// ---------------------------------------------------------------------------------------------------------------
// The JWKS cache.

/** What a JWKS request answers (a `Jwks` model or the plain document). */
interface JwksLike {
  keys?: readonly unknown[] | undefined;
}

/** The cache's timing, injectable for tests. */
export interface JwksCacheTiming {
  ttlMs: number;
  cooldownMs: number;
  staleMs: number;
  now: () => number;
}

const DEFAULT_TIMING: JwksCacheTiming = {
  ttlMs: JWKS_TTL_MS,
  cooldownMs: JWKS_REFETCH_COOLDOWN_MS,
  staleMs: JWKS_STALE_MS,
  now: () => Date.now(),
};

function loadError(error: unknown): TokenVerificationError {
  if (error instanceof TokenVerificationError) return error;
  if (isClerkAPIResponseError(error) && (error.status === 401 || error.errors.some((e) => e.code === 'clerk_key_invalid'))) {
    return new TokenVerificationError({
      reason: 'secret-key-invalid',
      message: `The Backend API refused the secret key while fetching the JWKS (status ${error.status}).`,
      action: 'Set CLERK_SECRET_KEY to a valid secret key of this instance.',
      cause: error,
    });
  }
  if (isClerkSDKError(error) && error.code === 'missing_secret_key') {
    return new TokenVerificationError({
      reason: 'jwk-failed-to-resolve',
      message: 'No key to verify the token with: set jwtKey / CLERK_JWT_KEY, or a secret key to fetch the JWKS.',
      action: 'Set the CLERK_JWT_KEY environment variable.',
      cause: error,
    });
  }
  const detail = isClerkAPIResponseError(error) ? `status ${error.status}` : isClerkSDKError(error) ? error.code : 'request failed';
  return new TokenVerificationError({
    reason: 'jwk-remote-failed-to-load',
    message: `The instance JWKS (GET /jwks) could not be fetched (${detail}) and no cached copy is recent enough.`,
    action: 'Check connectivity to the Clerk Backend API, or set CLERK_JWT_KEY to verify without requests.',
    cause: error,
  });
}

/**
 * The instance's keys by `kid`. Fresh for `ttlMs`; then served while one background request refreshes them; if
 * requests keep failing, served until `ttlMs + staleMs` after the last success, and refused after that. An unknown
 * `kid` triggers a request only if none was made in the last `cooldownMs`, so a stream of forged `kid`s costs at
 * most one request per cooldown. Concurrent callers share one request.
 */
class JwksCache {
  readonly #fetch: () => Promise<JwksLike>;
  readonly #timing: JwksCacheTiming;
  #keys = new Map<string, PreparedKey>();
  #fetchedAt = Number.NEGATIVE_INFINITY;
  #attemptedAt = Number.NEGATIVE_INFINITY;
  #inflight: Promise<void> | undefined;
  #lastError: TokenVerificationError | undefined;

  constructor(fetch: () => Promise<JwksLike>, timing: Partial<JwksCacheTiming> = {}) {
    this.#fetch = fetch;
    this.#timing = { ...DEFAULT_TIMING, ...timing };
  }

  /** The key for `kid`, fetching the JWKS when the rules above allow it. */
  async getKey(kid: unknown, ttlMs: number = this.#timing.ttlMs, skipCache = false): Promise<PreparedKey> {
    if (typeof kid !== 'string' || kid === '') {
      fail('jwk-remote-missing', 'The JWT header has no key id (kid), so no key of the instance JWKS can be chosen.');
    }
    const { now, staleMs } = this.#timing;
    const cached = this.#keys.get(kid);
    const age = now() - this.#fetchedAt;
    if (cached && !skipCache) {
      if (age < ttlMs) return cached;
      if (age < ttlMs + staleMs) {
        if (this.#mayRequest()) this.#refresh().catch(() => undefined);
        return cached;
      }
    }
    if (skipCache || this.#mayRequest()) await this.#refresh();
    else if (this.#inflight) await this.#inflight;
    const key = this.#keys.get(kid);
    if (key) {
      if (now() - this.#fetchedAt < ttlMs + staleMs) return key;
      // Too old to trust, and the cooldown after the last failed request has not passed yet.
      throw this.#lastError ?? loadError(new Error('The cached JWKS is too old.'));
    }
    if (this.#keys.size === 0 && this.#lastError) throw this.#lastError;
    const known = [...this.#keys.keys()].join(', ');
    return fail('jwk-remote-missing', `No key of the instance JWKS has kid ${JSON.stringify(kid)}${known ? ` (known: ${known})` : ''}.`, {
      action: 'Make sure the token is a session token of this Clerk instance.',
    });
  }

  /** A request may start now: none in flight, and none started within the cooldown. */
  #mayRequest(): boolean {
    return this.#inflight === undefined && this.#timing.now() - this.#attemptedAt >= this.#timing.cooldownMs;
  }

  #refresh(): Promise<void> {
    this.#inflight ??= this.#load().finally(() => {
      this.#inflight = undefined;
    });
    return this.#inflight;
  }

  async #load(): Promise<void> {
    this.#attemptedAt = this.#timing.now();
    let document: JwksLike;
    try {
      document = await this.#fetch();
    } catch (error) {
      this.#lastError = loadError(error);
      throw this.#lastError;
    }
    const keys = new Map<string, PreparedKey>();
    for (const entry of Array.isArray(document?.keys) ? document.keys : []) {
      const jwk = entry as PublicJwk;
      if (typeof jwk?.kid !== 'string' || (jwk.use !== undefined && jwk.use !== 'sig')) continue;
      try {
        keys.set(jwk.kid, jwkKey(jwk, 'jwk-remote-invalid'));
      } catch {
        // One unusable key (an unsupported type) must not hide the others.
      }
    }
    if (keys.size === 0) {
      this.#lastError = new TokenVerificationError({
        reason: 'jwk-remote-invalid',
        message: 'The instance JWKS holds no usable signing key.',
        action: 'Contact support@clerk.com.',
      });
      throw this.#lastError;
    }
    this.#keys = keys;
    this.#fetchedAt = this.#timing.now();
    this.#lastError = undefined;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Entry points used by ./index.ts.

/** v4's default issuer check on `clerkClient.verifyToken`: a Clerk Frontend API issuer. */
function isClerkIssuer(iss: string): boolean {
  return iss.startsWith('https://clerk.') || iss.includes('.clerk.accounts');
}

/** `verifyJwt`: a key in hand. */
export async function verifyJwtWithKey(token: string, options: VerifyJwtOptions): Promise<JwtPayload> {
  const parsed = parseToken(token);
  const spec = checkHeader(parsed);
  const checks = readClaimChecks(options ?? ({} as VerifyJwtOptions));
  const source = options?.key;
  const key =
    typeof source === 'string'
      ? pemKey(source)
      : source && typeof source === 'object'
        ? jwkKey(source, 'jwk-local-invalid')
        : fail('jwk-failed-to-resolve', 'verifyJwt needs a key: a PEM public key or a JWK.');
  return finish(parsed, spec, key, checks);
}

// Caches of the exported verifyToken, one per instance (API URL, version and secret key), keyed by a digest so the
// secret key itself is not kept as a map key.
const standaloneCaches = new Map<string, JwksCache>();
const MAX_STANDALONE_CACHES = 16;

function standaloneCache(secretKey: string, apiUrl: string | undefined, apiVersion: string | undefined): JwksCache {
  const config = resolveConfig({ secretKey, apiUrl, apiVersion }, processEnv());
  const id = `${config.apiUrl}\n${config.apiVersion}\n${createHash('sha256').update(secretKey).digest('base64url')}`;
  let cache = standaloneCaches.get(id);
  if (!cache) {
    const jwks = new JwksAPI(createRequester(() => config));
    cache = new JwksCache(() => jwks.getJwks(JWKS_REQUEST));
    if (standaloneCaches.size >= MAX_STANDALONE_CACHES) standaloneCaches.delete(standaloneCaches.keys().next().value as string);
    standaloneCaches.set(id, cache);
  }
  return cache;
}

function noKeySource(): never {
  return fail('jwk-failed-to-resolve', 'No key to verify the token with: set jwtKey / CLERK_JWT_KEY, or a secret key to fetch the JWKS.', {
    action: 'Set the CLERK_JWT_KEY environment variable.',
  });
}

/** The exported `verifyToken`: options, then the environment. */
export async function verifyTokenStandalone(token: string, options: VerifyTokenOptions): Promise<JwtPayload> {
  const parsed = parseToken(token);
  const spec = checkHeader(parsed);
  const checks = readClaimChecks(options);
  const jwtKey = options.jwtKey || processEnv()[ENV.jwtKey];
  if (jwtKey) return finish(parsed, spec, pemKey(jwtKey), checks);
  const env = processEnv();
  const secretKey = options.secretKey || options.apiKey || env[ENV.secretKey] || env[ENV.legacyApiKey];
  if (!secretKey) noKeySource();
  const cache = standaloneCache(secretKey, options.apiUrl, options.apiVersion);
  const key = await cache.getKey(parsed.header.kid, options.jwksCacheTtlInMs, options.skipJwksCache === true);
  return finish(parsed, spec, key, checks);
}

/** The verifier of one client: its configuration, its JWKS request, its own cache, v4's default issuer check. */
export function createJwksVerifier(deps: ClientVerifierDeps, timing?: Partial<JwksCacheTiming>): TokenVerifier {
  const cache = new JwksCache(() => deps.fetchJwks(), timing);
  return async (token, options = {}) => {
    const withIssuer = options.issuer === undefined ? { ...options, issuer: isClerkIssuer } : options;
    if (options.secretKey || options.apiKey || options.apiUrl || options.apiVersion) {
      // Another instance than the client's: the exported function's caches serve it.
      return verifyTokenStandalone(token, withIssuer);
    }
    const parsed = parseToken(token);
    const spec = checkHeader(parsed);
    const checks = readClaimChecks(withIssuer);
    const config = deps.config();
    const jwtKey = options.jwtKey || config.jwtKey;
    if (jwtKey) return finish(parsed, spec, pemKey(jwtKey), checks);
    if (!config.secretKey) noKeySource();
    const key = await cache.getKey(parsed.header.kid, options.jwksCacheTtlInMs, options.skipJwksCache === true);
    return finish(parsed, spec, key, checks);
  };
}
