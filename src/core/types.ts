/**
 * Options for the HTTP layer, applied to every request a client makes. Each call may override `signal`, `timeout`,
 * the retry limit and `headers` with its trailing {@link RequestOptions}.
 * @public
 */
export interface HttpOptions {
  /** Extra headers sent with every request. `Authorization` and `User-Agent` set here win over the SDK's. */
  headers?: Record<string, string>;
  /**
   * Milliseconds one attempt may take, response headers and body included; at the deadline the request is aborted
   * and the call fails with a `ClerkSDKError` whose code is `timeout` (or is retried, see `retry`). `false` turns the
   * per-attempt deadline off. Must be above 0 and at most 2147483647. Default 30000.
   */
  timeout?: number | false;
  /**
   * Milliseconds the whole call may take, retries and the waits between them included. `false` turns it off.
   * Default: `timeout` × (retry limit + 1), or no overall deadline when `timeout` is `false`.
   */
  totalTimeout?: number | false;
  /**
   * Automatic retries. A number is the retry limit; an object also tunes methods, statuses and waits. Default: 2
   * retries with exponential backoff and full jitter, on 408, 429, 500, 502, 503, 504 and connection failures for
   * GET, PUT, DELETE and HEAD; POST and PATCH only on 429 and when the connection was never made. A call's
   * `maxRetries` overrides the limit.
   */
  retry?: number | RetryOptions;
  /**
   * Largest response body, in decoded bytes, the SDK reads; a larger one is cut off while streaming and the call
   * fails with `invalid_response`. Default 104857600 (100 MB).
   */
  maxResponseBytes?: number;
  /** Functions called around each request, for tracing or tests. They never see the secret key. */
  hooks?: HttpHooks;
  /** A `fetch` implementation to use instead of the global one (for proxies, custom agents or tests). */
  fetch?: (input: Request, init?: RequestInit) => Promise<Response>;
  /** Aborts every request of this client when signalled, unless the call brings its own `signal`. */
  signal?: AbortSignal;
  /** Called before each attempt is sent. */
  onRequest?: (event: RequestEvent) => void;
  /** Called after each attempt, with its status or its error. */
  onResponse?: (event: ResponseEvent) => void;
  /** Called when a failed attempt is about to be retried, before the wait. */
  onRetry?: (event: RetryEvent) => void;
}

/**
 * What {@link HttpOptions.onRequest} receives. It never holds headers or the secret key.
 * @public
 */
export interface RequestEvent {
  /** HTTP method. */
  method: string;
  /** Path and query, without host or version prefix. */
  path: string;
  /** Which attempt this is, from 1. */
  attempt: number;
}

/**
 * What {@link HttpOptions.onResponse} receives after each attempt.
 * @public
 */
export interface ResponseEvent extends RequestEvent {
  /** The response status, when a response arrived. */
  status: number | undefined;
  /** Milliseconds the attempt took, body included. */
  durationMs: number;
  /** The trace id of the response (body `clerk_trace_id` or the `cf-ray` header), when known. */
  clerkTraceId: string | undefined;
  /** The attempt's error, when it failed. */
  error: Error | undefined;
}

/**
 * What {@link HttpOptions.onRetry} receives before the SDK waits and tries again.
 * @public
 */
export interface RetryEvent extends ResponseEvent {
  /** Milliseconds the SDK waits before the next attempt. */
  delayMs: number;
}

/**
 * Options for one call, given as the last argument of any method; they override the client's `httpOptions` for
 * that call only (a list call applies them to every page it fetches).
 * @public
 */
export interface RequestOptions {
  /** Aborts this call when signalled. */
  signal?: AbortSignal;
  /** Milliseconds each attempt of this call may take, headers and body included. */
  timeout?: number;
  /** How many times this call may be retried (0 turns retries off for it). */
  maxRetries?: number;
  /** Extra headers for this call; they win over the client's. */
  headers?: Record<string, string>;
}

/**
 * Retry tuning for {@link HttpOptions.retry}.
 * @public
 */
export interface RetryOptions {
  /** Maximum number of retries. */
  limit?: number;
  /**
   * Lower-case HTTP methods that may be retried. Default: all. POST and PATCH are retried only on 429 and on
   * connection failures before anything was sent, whatever this list says.
   */
  methods?: string[];
  /** Statuses that trigger a retry. Default: 408, 429, 500, 502, 503, 504. */
  statusCodes?: number[];
  /** Upper bound, in milliseconds, of the backoff between two attempts. Default 8000. */
  backoffLimit?: number;
  /**
   * Longest `Retry-After` wait, in milliseconds, the SDK honours; a longer one fails the call at once with the 429
   * error and its `retryAfter`. Default 60000.
   */
  maxRetryAfter?: number;
}

/**
 * Hooks run around each request.
 * @public
 */
export interface HttpHooks {
  /**
   * Runs before each attempt with a Request that has no `Authorization` header (the SDK adds it when sending); may
   * return a new Request to send instead, or a Response to skip the network.
   */
  beforeRequest?: Array<(request: Request) => Request | Response | void | Promise<Request | Response | void>>;
  /** Runs after each response; may return a replacement Response. */
  afterResponse?: Array<(request: Request, response: Response) => Response | void | Promise<Response | void>>;
  /** Runs before a retry. */
  beforeRetry?: Array<(details: { request: Request; error: Error; retryCount: number }) => void | Promise<void>>;
}

/**
 * Options accepted by {@link createClerkClient}, the legacy `Clerk()` factory and the v4 setters.
 * Each falls back to its environment variable, read when a request is made, and then to a default.
 * @public
 */
export interface ClerkOptions {
  /** Secret key from the Clerk Dashboard (`sk_live_…` / `sk_test_…`). Env: `CLERK_SECRET_KEY`. */
  secretKey?: string;
  /** The v4 name of the secret key, still accepted (env `CLERK_API_KEY`). @deprecated Use `secretKey`. */
  apiKey?: string;
  /** Base URL of the Backend API. Env: `CLERK_API_URL`. Default `https://api.clerk.com`. */
  apiUrl?: string;
  /** URL path prefix of the API version. Env: `CLERK_API_VERSION`. Default `v1`. */
  apiVersion?: string;
  /** Value of the `Clerk-API-Version` header, the dated API version requests ask for. Default `2026-05-12`. */
  clerkApiVersion?: string;
  /** HTTP client options applied to every request. Default `{}`. */
  httpOptions?: HttpOptions;
  /** Replaces the `User-Agent` header. Default `@clerk/clerk-sdk-node@<version>`. */
  userAgent?: string;
  /**
   * Logs each attempt (method, path, status, duration, trace id) and each retry when true. Env: `CLERK_LOGGING=true`.
   * Default false.
   */
  logging?: boolean;
  /** Where log lines go when logging is on. Default `console.info`. */
  logger?: (line: string) => void;
  /**
   * PEM public key of the instance, for verifying session tokens without any request (`verifyToken`,
   * `sessions.verifySession`). Env: `CLERK_JWT_KEY`. Without it, the instance JWKS is fetched and cached.
   */
  jwtKey?: string;
}

/**
 * A sort key for list endpoints: a field name, optionally prefixed with `+` (ascending, the default) or `-`
 * (descending).
 * @public
 */
export type OrderBy<Field extends string> = Field | `+${Field}` | `-${Field}`;
