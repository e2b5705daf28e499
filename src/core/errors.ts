/**
 * Errors thrown by the SDK. Every failure a caller can see is one of two classes:
 * {@link ClerkAPIResponseError} when the Backend API answered with a non-2xx status, and
 * {@link ClerkSDKError} when no usable answer came back or the call was refused before sending.
 */

// Symbol.for keys are shared by every copy of this module in a process (our ESM and CJS builds
// are two copies), so `instanceof` and the guards agree whichever build threw the error.
const API_ERROR_BRAND = Symbol.for('@clerk/clerk-sdk-node:ClerkAPIResponseError');
const SDK_ERROR_BRAND = Symbol.for('@clerk/clerk-sdk-node:ClerkSDKError');

function hasBrand(value: unknown, brand: symbol): boolean {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[brand] === true;
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

  /** Recognises errors made by any copy of this package (ESM or CJS build) in the process. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasBrand(value, API_ERROR_BRAND);
  }

  /** Builds the error; the message carries the first error's long message. */
  constructor(init: ClerkAPIResponseErrorInit) {
    const first = init.errors[0];
    const detail = first ? first.longMessage || first.message : init.message ?? 'Unexpected response';
    super(`Clerk API error ${init.status}${first ? ` (${first.code})` : ''}: ${detail}`);
    this.name = 'ClerkAPIResponseError';
    this.status = init.status;
    this.errors = init.errors;
    this.clerkTraceId = init.clerkTraceId;
    this.retryAfter = init.retryAfter;
    this.method = init.method;
    this.path = init.path;
    Object.defineProperty(this, API_ERROR_BRAND, { value: true });
  }
}

/**
 * Why the SDK itself failed a call (no API error response was involved).
 * - `missing_secret_key`: no key in the options or in `CLERK_SECRET_KEY`; nothing was sent.
 * - `invalid_argument`: a required id or parameter was missing or unusable; nothing was sent.
 * - `endpoint_removed`: a v4 method whose Backend API endpoint no longer exists; nothing was sent.
 * - `network_error`: the request could not be completed (DNS, refused connection, reset).
 * - `timeout`: no response arrived within the configured timeout.
 * - `invalid_response`: a 2xx response whose body could not be read as the expected JSON.
 * @public
 */
export type ClerkSDKErrorCode =
  | 'missing_secret_key'
  | 'invalid_argument'
  | 'endpoint_removed'
  | 'network_error'
  | 'timeout'
  | 'invalid_response';

/**
 * Thrown when the SDK refuses a call before sending it, or when no usable response came back.
 * @public
 */
export class ClerkSDKError extends Error {
  /** Which kind of failure this is. */
  readonly code: ClerkSDKErrorCode;
  /** HTTP status, for `invalid_response` errors. */
  readonly status: number | undefined;

  /** Recognises errors made by any copy of this package (ESM or CJS build) in the process. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasBrand(value, SDK_ERROR_BRAND);
  }

  /** Builds the error with its code, message and optional underlying cause. */
  constructor(code: ClerkSDKErrorCode, message: string, options?: { cause?: unknown; status?: number }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ClerkSDKError';
    this.code = code;
    this.status = options?.status;
    Object.defineProperty(this, SDK_ERROR_BRAND, { value: true });
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
