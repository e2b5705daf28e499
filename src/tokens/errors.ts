// Loaded with the package (it is tiny): callers test `instanceof TokenVerificationError` without ever verifying.

// Shared by every copy of this module in the process (the ESM and the CJS build), like the brands in core/errors.ts.
const TOKEN_ERROR_BRAND = Symbol.for('@clerk/clerk-sdk-node:TokenVerificationError');

/**
 * Why a token was refused. The strings v4 (`@clerk/backend` 0.38) used are kept for the same failures:
 * - `token-invalid`: not a JWT (wrong shape, not base64url, not JSON, longer than 16 KiB, unknown `typ` or `crit`).
 * - `token-invalid-algorithm`: `alg` is not in the allowlist (`none` and `HS*` never are) or does not fit the key.
 * - `token-invalid-signature`: the signature does not match the key.
 * - `token-expired`: `exp` has passed (allowing for the clock skew).
 * - `token-not-active-yet`: `nbf` or `iat` lies in the future (allowing for the clock skew).
 * - `token-invalid-authorized-parties`: `azp` is not one of `authorizedParties`.
 * - `token-invalid-issuer`: `iss` does not match `issuer`.
 * - `token-invalid-audience`: `aud` does not match `audience` (v4 said `token-verification-failed` here).
 * - `token-invalid-session-id`: `sessions.verifySession`: the token's `sid` is another session.
 * - `session-not-active`: `sessions.verifySession`: the token checks out but the session is no longer active.
 * - `token-verification-failed`: a required claim is missing or has the wrong type (`sub`, `exp`, `nbf`, `iat`).
 * - `jwk-local-invalid`: `jwtKey` / `CLERK_JWT_KEY` is not a usable PEM public key.
 * - `jwk-remote-missing`: no key of the instance JWKS has the token's `kid`, even after a refetch.
 * - `jwk-remote-failed-to-load`: the JWKS could not be fetched and no cached copy is recent enough.
 * - `jwk-remote-invalid`: the JWKS answer held no usable signing key.
 * - `secret-key-invalid`: the Backend API refused the secret key while fetching the JWKS.
 * - `jwk-failed-to-resolve`: no key source at all (no `jwtKey`, no `CLERK_JWT_KEY`, no secret key).
 * @public
 */
export type TokenVerificationErrorReason =
  | 'token-invalid'
  | 'token-invalid-algorithm'
  | 'token-invalid-signature'
  | 'token-expired'
  | 'token-not-active-yet'
  | 'token-invalid-authorized-parties'
  | 'token-invalid-issuer'
  | 'token-invalid-audience'
  | 'token-invalid-session-id'
  | 'session-not-active'
  | 'token-verification-failed'
  | 'jwk-local-invalid'
  | 'jwk-remote-missing'
  | 'jwk-remote-failed-to-load'
  | 'jwk-remote-invalid'
  | 'secret-key-invalid'
  | 'jwk-failed-to-resolve';

/**
 * Where a request carried the token, as v4 recorded it on the error.
 * @public
 */
export type TokenCarrier = 'header' | 'cookie';

/**
 * What {@link TokenVerificationError} is built from.
 * @public
 */
export interface TokenVerificationErrorInit {
  /** Which check failed. */
  reason: TokenVerificationErrorReason;
  /** Human-readable explanation; never contains the token's signature or any secret. */
  message: string;
  /** A hint at what to do about it, when there is one. */
  action?: string | undefined;
  /** The underlying error (a network failure, a key import failure), when there is one. */
  cause?: unknown;
}

/**
 * Thrown (as a rejection) when a token does not pass verification; `reason` says which check failed.
 * @public
 */
export class TokenVerificationError extends Error {
  /** Which check failed. */
  readonly reason: TokenVerificationErrorReason;
  /** A hint at what to do about it, when there is one. */
  readonly action: string | undefined;
  /** Where the request carried the token; set by request authentication, unset for direct calls. */
  tokenCarrier: TokenCarrier | undefined;

  /** Recognises errors made by any copy of this package (ESM or CJS build) in the process. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isTokenVerificationError(value);
  }

  /** Builds the error from its reason and message. */
  constructor(init: TokenVerificationErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'TokenVerificationError';
    this.reason = init.reason;
    this.action = init.action;
    this.tokenCarrier = undefined;
    Object.defineProperty(this, TOKEN_ERROR_BRAND, { value: true });
  }

  /** The message, the action and the reason in one line, as v4 formatted them. */
  getFullMessage(): string {
    const text = this.action ? `${this.message} ${this.action}` : this.message;
    return `${text} (reason=${this.reason}, token-carrier=${this.tokenCarrier})`;
  }
}

/**
 * Tells whether a value is a {@link TokenVerificationError} from either build of this package.
 * @public
 */
export function isTokenVerificationError(value: unknown): value is TokenVerificationError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[TOKEN_ERROR_BRAND] === true;
}
