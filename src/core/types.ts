/**
 * Options for the HTTP layer, applied to every request a client makes.
 * @public
 */
export interface HttpOptions {
  /** Extra headers sent with every request. `Authorization` and `User-Agent` set here win over the SDK's. */
  headers?: Record<string, string>;
  /** Milliseconds to wait for a response before failing with a `ClerkSDKError` whose code is `timeout`; `false` disables it. Default 30000. */
  timeout?: number | false;
  /**
   * Automatic retries. A number is the retry limit; an object tunes which methods and statuses are retried.
   * Default 0: the SDK does not retry unless asked, because POSTs are not idempotent.
   */
  retry?: number | RetryOptions;
  /** Functions called around each request, for tracing or tests. */
  hooks?: HttpHooks;
  /** A `fetch` implementation to use instead of the global one (for proxies, custom agents or tests). */
  fetch?: (input: Request, init?: RequestInit) => Promise<Response>;
  /** Aborts every request of this client when signalled. */
  signal?: AbortSignal;
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
  /** Lower-case HTTP methods that may be retried. Default: get, put, head, delete, options, trace. */
  methods?: string[];
  /** Statuses that trigger a retry. Default: 408, 413, 429, 500, 502, 503, 504. */
  statusCodes?: number[];
  /** Upper bound, in milliseconds, of the delay between two attempts. */
  backoffLimit?: number;
}

/**
 * Hooks run around each request.
 * @public
 */
export interface HttpHooks {
  /** Runs before each attempt; may return a new Request to send instead, or a Response to skip the network. */
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
  /** Logs each request (method, path, status, duration, trace id) when true. Env: `CLERK_LOGGING=true`. Default false. */
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
