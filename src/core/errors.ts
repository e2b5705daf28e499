/**
 * Errors thrown by the SDK. Every failure a caller can see is one of two families:
 * {@link ClerkAPIResponseError} (and a subclass per status family) when the Backend API answered with a non-2xx
 * status, and {@link ClerkSDKError} (and a subclass per transport failure) when no usable answer came back or the
 * call was refused before sending.
 */

// Symbol.for keys are shared by every copy of this module in a process (our ESM and CJS builds
// are two copies), so `instanceof` and the guards agree whichever build threw the error.
const API_ERROR_BRAND = brand('ClerkAPIResponseError');
const SDK_ERROR_BRAND = brand('ClerkSDKError');

function brand(name: string): symbol {
  return Symbol.for(`@clerk/clerk-sdk-node:${name}`);
}

function hasBrand(value: unknown, symbol: symbol): boolean {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[symbol] === true;
}

// The subclasses' `instanceof`: the brand named after the class.
function isBranded(value: unknown, name: string): boolean {
  return hasBrand(value, brand(name));
}

// Non-enumerable, so brands stay out of JSON.stringify and util.inspect.
function mark(target: object, symbol: symbol): void {
  Object.defineProperty(target, symbol, { value: true });
}

// A subclass instance's `name` and brand.
function label(target: Error, name: string): void {
  target.name = name;
  mark(target, brand(name));
}

function attemptsNote(attempts: number | undefined): string {
  return attempts !== undefined && attempts > 1 ? ` (after ${attempts} attempts)` : '';
}

/**
 * One entry of the `errors` array that the Backend API returns on failure.
 * @public
 */
export interface ClerkAPIError {
  /** Machine-readable error code, such as `resource_not_found` or `form_param_missing`. */
  code: string;
  /** Short, human-readable summary of the problem. */
  message: string;
  /** Longer explanation meant for developers; falls back to `message` when the API sent none. */
  longMessage: string;
  /** Extra details about the error (for example `paramName`), with keys converted to camelCase. */
  meta: Record<string, unknown>;
}

/**
 * What {@link ClerkAPIResponseError} is built from.
 * @public
 */
export interface ClerkAPIResponseErrorInit {
  /** HTTP status code of the response. */
  status: number;
  /** Parsed error entries (may be empty when the body was not Clerk's error JSON). */
  errors: ClerkAPIError[];
  /** Trace id from the body's `clerk_trace_id`, else the `cf-ray` header. */
  clerkTraceId?: string | undefined;
  /** Seconds to wait before retrying, from a `Retry-After` header. */
  retryAfter?: number | undefined;
  /** HTTP method of the failed request. */
  method?: string | undefined;
  /** URL path (with query) of the failed request; never contains credentials. */
  path?: string | undefined;
  /** Fallback message when `errors` is empty. */
  message?: string | undefined;
  /** How many attempts the call made, retries included. Default 1. */
  attempts?: number | undefined;
}

/**
 * Thrown when the Backend API answers with a status outside 2xx.
 * @public
 */
export class ClerkAPIResponseError extends Error {
  /** HTTP status code of the response (for example 404 or 422). */
  readonly status: number;
  /** The error entries the API returned, in order. */
  readonly errors: ClerkAPIError[];
  /** Trace id to quote to Clerk support, when the response carried one. */
  readonly clerkTraceId: string | undefined;
  /** Seconds the API asked callers to wait before retrying (429 responses), when given. */
  readonly retryAfter: number | undefined;
  /** HTTP method of the request that failed. */
  readonly method: string | undefined;
  /** Path and query of the request that failed (no host, no credentials). */
  readonly path: string | undefined;
  /** The `code` of the first entry of `errors` (for example `form_identifier_not_found`), when there is one. */
  readonly code: string | undefined;
  /** How many attempts the call made before giving up, retries included. */
  readonly attempts: number;

  /** Recognises errors made by any copy of this package (ESM or CJS build) in the process. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasBrand(value, API_ERROR_BRAND);
  }

  /** Builds the error; the message carries the first error's long message and, after retries, the attempt count. */
  constructor(init: ClerkAPIResponseErrorInit) {
    const first = init.errors[0];
    const detail = first ? first.longMessage || first.message : (init.message ?? 'Unexpected response');
    super(`Clerk API error ${init.status}${first ? ` (${first.code})` : ''}: ${detail}${attemptsNote(init.attempts)}`);
    this.name = 'ClerkAPIResponseError';
    this.code = first?.code;
    this.attempts = init.attempts ?? 1;
    this.status = init.status;
    this.errors = init.errors;
    this.clerkTraceId = init.clerkTraceId;
    this.retryAfter = init.retryAfter;
    this.method = init.method;
    this.path = init.path;
    mark(this, API_ERROR_BRAND);
  }
}

/**
 * Why the SDK itself failed a call (no API error response was involved).
 * - `missing_secret_key`: no key in the options or in `CLERK_SECRET_KEY`; nothing was sent.
 * - `invalid_argument`: a required id or parameter was missing or unusable; nothing was sent.
 * - `endpoint_removed`: a v4 method whose Backend API endpoint no longer exists; nothing was sent.
 * - `network_error`: the request could not be completed (DNS, refused connection, reset, a body cut short).
 * - `timeout`: an attempt or the whole call ran past its deadline; the request was aborted.
 * - `aborted`: the caller's `AbortSignal` fired; `cause` is the signal's reason.
 * - `invalid_response`: a response whose body could not be read as what the operation returns (not JSON, the wrong
 *   kind of JSON, bad compression, or larger than the size limit).
 * @public
 */
export type ClerkSDKErrorCode = 'missing_secret_key' | 'invalid_argument' | 'endpoint_removed' | 'network_error' | 'timeout' | 'aborted' | 'invalid_response';

/**
 * Extra details of a {@link ClerkSDKError}.
 * @public
 */
export interface ClerkSDKErrorOptions {
  /** The underlying error (never one that holds request headers). */
  cause?: unknown;
  /** HTTP status of the response, for `invalid_response` errors. */
  status?: number | undefined;
  /** How many attempts the call made, retries included. */
  attempts?: number | undefined;
}

/**
 * Thrown when the SDK refuses a call before sending it, or when no usable response came back.
 * @public
 */
export class ClerkSDKError extends Error {
  /** Which kind of failure this is. */
  readonly code: ClerkSDKErrorCode;
  /** HTTP status, for `invalid_response` errors. */
  readonly status: number | undefined;
  /** How many attempts the call made (0 when it was refused before sending). */
  readonly attempts: number;

  /** Recognises errors made by any copy of this package (ESM or CJS build) in the process. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasBrand(value, SDK_ERROR_BRAND);
  }

  /** Builds the error with its code, message and optional underlying cause; the message notes retries. */
  constructor(code: ClerkSDKErrorCode, message: string, options?: ClerkSDKErrorOptions) {
    super(message + attemptsNote(options?.attempts), options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ClerkSDKError';
    this.code = code;
    this.status = options?.status;
    this.attempts = options?.attempts ?? 0;
    mark(this, SDK_ERROR_BRAND);
  }
}

/**
 * A {@link ClerkAPIResponseError} for 400 Bad Request: the request was malformed.
 * @public
 */
export class ClerkBadRequestError extends ClerkAPIResponseError {
  /** Recognises these errors whichever build of this package (ESM or CJS) made them. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isBranded(value, 'ClerkBadRequestError');
  }

  /** Builds the error (use the base class's constructor arguments). */
  constructor(init: ClerkAPIResponseErrorInit) {
    super(init);
    label(this, 'ClerkBadRequestError');
  }
}

/**
 * A {@link ClerkAPIResponseError} for 401 Unauthorized: the secret key is missing, wrong or revoked.
 * @public
 */
export class ClerkAuthenticationError extends ClerkAPIResponseError {
  /** Recognises these errors whichever build of this package (ESM or CJS) made them. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isBranded(value, 'ClerkAuthenticationError');
  }

  /** Builds the error (use the base class's constructor arguments). */
  constructor(init: ClerkAPIResponseErrorInit) {
    super(init);
    label(this, 'ClerkAuthenticationError');
  }
}

/**
 * A {@link ClerkAPIResponseError} for 403 Forbidden: the key may not perform this operation.
 * @public
 */
export class ClerkPermissionDeniedError extends ClerkAPIResponseError {
  /** Recognises these errors whichever build of this package (ESM or CJS) made them. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isBranded(value, 'ClerkPermissionDeniedError');
  }

  /** Builds the error (use the base class's constructor arguments). */
  constructor(init: ClerkAPIResponseErrorInit) {
    super(init);
    label(this, 'ClerkPermissionDeniedError');
  }
}

/**
 * A {@link ClerkAPIResponseError} for 404 Not Found: the resource does not exist.
 * @public
 */
export class ClerkNotFoundError extends ClerkAPIResponseError {
  /** Recognises these errors whichever build of this package (ESM or CJS) made them. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isBranded(value, 'ClerkNotFoundError');
  }

  /** Builds the error (use the base class's constructor arguments). */
  constructor(init: ClerkAPIResponseErrorInit) {
    super(init);
    label(this, 'ClerkNotFoundError');
  }
}

/**
 * A {@link ClerkAPIResponseError} for 409 Conflict: the request clashes with the resource's current state.
 * @public
 */
export class ClerkConflictError extends ClerkAPIResponseError {
  /** Recognises these errors whichever build of this package (ESM or CJS) made them. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isBranded(value, 'ClerkConflictError');
  }

  /** Builds the error (use the base class's constructor arguments). */
  constructor(init: ClerkAPIResponseErrorInit) {
    super(init);
    label(this, 'ClerkConflictError');
  }
}

/**
 * A {@link ClerkAPIResponseError} for 422 Unprocessable Entity: the parameters failed validation.
 * @public
 */
export class ClerkUnprocessableEntityError extends ClerkAPIResponseError {
  /** Recognises these errors whichever build of this package (ESM or CJS) made them. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isBranded(value, 'ClerkUnprocessableEntityError');
  }

  /** Builds the error (use the base class's constructor arguments). */
  constructor(init: ClerkAPIResponseErrorInit) {
    super(init);
    label(this, 'ClerkUnprocessableEntityError');
  }
}

/**
 * A {@link ClerkAPIResponseError} for 429 Too Many Requests: the rate limit was hit; see `retryAfter`.
 * @public
 */
export class ClerkRateLimitError extends ClerkAPIResponseError {
  /** Recognises these errors whichever build of this package (ESM or CJS) made them. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isBranded(value, 'ClerkRateLimitError');
  }

  /** Builds the error (use the base class's constructor arguments). */
  constructor(init: ClerkAPIResponseErrorInit) {
    super(init);
    label(this, 'ClerkRateLimitError');
  }
}

/**
 * A {@link ClerkAPIResponseError} for a 5xx status: the Backend API or a gateway in front of it failed.
 * @public
 */
export class ClerkServerError extends ClerkAPIResponseError {
  /** Recognises these errors whichever build of this package (ESM or CJS) made them. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isBranded(value, 'ClerkServerError');
  }

  /** Builds the error (use the base class's constructor arguments). */
  constructor(init: ClerkAPIResponseErrorInit) {
    super(init);
    label(this, 'ClerkServerError');
  }
}

/**
 * A {@link ClerkSDKError} with code `network_error`: the connection failed (refused, DNS, reset, or a body cut short).
 * @public
 */
export class ClerkConnectionError extends ClerkSDKError {
  /** Recognises these errors whichever build of this package (ESM or CJS) made them. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isBranded(value, 'ClerkConnectionError');
  }

  /** Builds the error with its message and details; the code is always `network_error`. */
  constructor(message: string, options?: ClerkSDKErrorOptions) {
    super('network_error', message, options);
    label(this, 'ClerkConnectionError');
  }
}

/**
 * A {@link ClerkSDKError} with code `timeout`: an attempt or the whole call ran past its deadline and was aborted.
 * @public
 */
export class ClerkTimeoutError extends ClerkSDKError {
  /** Recognises these errors whichever build of this package (ESM or CJS) made them. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isBranded(value, 'ClerkTimeoutError');
  }

  /** Builds the error with its message and details; the code is always `timeout`. */
  constructor(message: string, options?: ClerkSDKErrorOptions) {
    super('timeout', message, options);
    label(this, 'ClerkTimeoutError');
  }
}

/**
 * A {@link ClerkSDKError} with code `aborted`: the caller's `AbortSignal` fired; `cause` is its reason.
 * @public
 */
export class ClerkAbortedError extends ClerkSDKError {
  /** Recognises these errors whichever build of this package (ESM or CJS) made them. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isBranded(value, 'ClerkAbortedError');
  }

  /** Builds the error with its message and details; the code is always `aborted`. */
  constructor(message: string, options?: ClerkSDKErrorOptions) {
    super('aborted', message, options);
    label(this, 'ClerkAbortedError');
  }
}

/**
 * A {@link ClerkSDKError} with code `invalid_response`: the response could not be read as what the operation returns.
 * @public
 */
export class ClerkInvalidResponseError extends ClerkSDKError {
  /** Recognises these errors whichever build of this package (ESM or CJS) made them. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isBranded(value, 'ClerkInvalidResponseError');
  }

  /** Builds the error with its message and details; the code is always `invalid_response`. */
  constructor(message: string, options?: ClerkSDKErrorOptions) {
    super('invalid_response', message, options);
    label(this, 'ClerkInvalidResponseError');
  }
}

/** The {@link ClerkAPIResponseError} subclass for a status (the base class for statuses without one). */
export function createAPIError(init: ClerkAPIResponseErrorInit): ClerkAPIResponseError {
  const status = init.status;
  switch (status) {
    case 400:
      return new ClerkBadRequestError(init);
    case 401:
      return new ClerkAuthenticationError(init);
    case 403:
      return new ClerkPermissionDeniedError(init);
    case 404:
      return new ClerkNotFoundError(init);
    case 409:
      return new ClerkConflictError(init);
    case 422:
      return new ClerkUnprocessableEntityError(init);
    case 429:
      return new ClerkRateLimitError(init);
    default:
      return status >= 500 && status <= 599 ? new ClerkServerError(init) : new ClerkAPIResponseError(init);
  }
}

/** The {@link ClerkSDKError} subclass for a code (the base class for codes without one). */
export function createSDKError(code: ClerkSDKErrorCode, message: string, options?: ClerkSDKErrorOptions): ClerkSDKError {
  switch (code) {
    case 'network_error':
      return new ClerkConnectionError(message, options);
    case 'timeout':
      return new ClerkTimeoutError(message, options);
    case 'aborted':
      return new ClerkAbortedError(message, options);
    case 'invalid_response':
      return new ClerkInvalidResponseError(message, options);
    default:
      return new ClerkSDKError(code, message, options);
  }
}

/**
 * Tells whether a value is a {@link ClerkAPIResponseError} from either build of this package.
 * @public
 */
export function isClerkAPIResponseError(value: unknown): value is ClerkAPIResponseError {
  return hasBrand(value, API_ERROR_BRAND);
}

/**
 * Tells whether a value is a {@link ClerkSDKError} from either build of this package.
 * @public
 */
export function isClerkSDKError(value: unknown): value is ClerkSDKError {
  return hasBrand(value, SDK_ERROR_BRAND);
}
