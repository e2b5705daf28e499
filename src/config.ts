import { ClerkSDKError } from './core/errors';
import type { ClerkOptions, HttpOptions, RequestOptions } from './core/types';

export const DEFAULT_API_URL = 'https://api.clerk.com';
export const DEFAULT_API_VERSION = 'v1';
/** The dated Backend API version whose spec this SDK implements. */
export const SUPPORTED_BAPI_VERSION = '2026-05-12';
export const DEFAULT_TIMEOUT_MS = 30_000;
/** The largest delay a timer accepts (2^31 - 1 ms); Node turns anything longer into 1 ms. */
export const MAX_TIMER_MS = 2_147_483_647;
/** More retries than this is a storm, not a policy. */
export const MAX_RETRIES_LIMIT = 10;

declare const __PACKAGE_VERSION__: string;
export const PACKAGE_NAME = '@clerk/clerk-sdk-node';
export const PACKAGE_VERSION: string = typeof __PACKAGE_VERSION__ === 'string' ? __PACKAGE_VERSION__ : '0.0.0-dev';
export const DEFAULT_USER_AGENT = `${PACKAGE_NAME}@${PACKAGE_VERSION}`;

/** The environment variables this package reads; named here and nowhere else. */
export const ENV = {
  secretKey: 'CLERK_SECRET_KEY',
  legacyApiKey: 'CLERK_API_KEY',
  apiUrl: 'CLERK_API_URL',
  apiVersion: 'CLERK_API_VERSION',
  logging: 'CLERK_LOGGING',
  jwtKey: 'CLERK_JWT_KEY',
} as const;

export type Env = Readonly<Record<string, string | undefined>>;

export interface ResolvedConfig {
  readonly secretKey: string | undefined;
  readonly apiUrl: string;
  readonly apiVersion: string;
  readonly clerkApiVersion: string;
  readonly userAgent: string;
  readonly httpOptions: HttpOptions;
  readonly logging: boolean;
  readonly logger: (line: string) => void;
  readonly jwtKey: string | undefined;
}

const defaultLogger = (line: string): void => console.info(line);

/** Option, then environment variable, then default. Pure: the environment is passed in. */
export function resolveConfig(options: ClerkOptions, env: Env): ResolvedConfig {
  if (options.httpOptions !== undefined) checkHttpOptions(options.httpOptions);
  return {
    secretKey: options.secretKey || options.apiKey || env[ENV.secretKey] || env[ENV.legacyApiKey] || undefined,
    apiUrl: trimSlashes(options.apiUrl || env[ENV.apiUrl] || DEFAULT_API_URL, false),
    apiVersion: trimSlashes(options.apiVersion || env[ENV.apiVersion] || DEFAULT_API_VERSION, true),
    clerkApiVersion: options.clerkApiVersion || SUPPORTED_BAPI_VERSION,
    userAgent: options.userAgent || DEFAULT_USER_AGENT,
    httpOptions: options.httpOptions ?? {},
    logging: options.logging ?? env[ENV.logging] === 'true',
    logger: options.logger ?? defaultLogger,
    jwtKey: options.jwtKey || env[ENV.jwtKey] || undefined,
  };
}

/** The process environment where there is one (Node, Bun, Deno's compat layer); empty elsewhere. */
export function processEnv(): Env {
  return typeof process !== 'undefined' && process.env ? process.env : {};
}

function trimSlashes(value: string, leading: boolean): string {
  let start = 0;
  let end = value.length;
  if (leading) while (start < end && value.charCodeAt(start) === 47) start++;
  while (end > start && value.charCodeAt(end - 1) === 47) end--;
  return value.slice(start, end);
}

/** Resolves a client's configuration lazily and keeps it; `reset()` makes the next request resolve it again. */
export interface ConfigSource {
  get(): ResolvedConfig;
  reset(): void;
}

/**
 * Nothing is read at import or construction: the environment is read at the first request, so a dotenv loaded
 * after the import still counts. The result is kept once it has a secret key (until then every request reads the
 * environment again), because reading process.env on every call cost ~2-4% of a loopback request (bench/README.md).
 */
export function createConfigSource(options: ClerkOptions, env: () => Env = processEnv): ConfigSource {
  let resolved: ResolvedConfig | undefined;
  return {
    get() {
      if (resolved) return resolved;
      const config = resolveConfig(options, env());
      if (config.secretKey) resolved = config;
      return config;
    },
    reset() {
      resolved = undefined;
    },
  };
}

function refuse(message: string): never {
  throw new ClerkSDKError('invalid_argument', `${message} No request was sent.`);
}

function describeValue(value: unknown): string {
  return typeof value === 'number' ? String(value) : typeof value;
}

// A timeout of 0, a negative one or NaN would fail every request, and one above the timer limit fires at once.
function checkDuration(value: unknown, name: string, allowFalse: boolean): void {
  if (value === undefined || (allowFalse && value === false)) return;
  if (typeof value !== 'number' || !(value > 0) || value > MAX_TIMER_MS) {
    refuse(`${name} must be a number of milliseconds above 0 and at most ${MAX_TIMER_MS}${allowFalse ? ', or false' : ''}; got ${describeValue(value)}.`);
  }
}

function checkRetries(value: unknown, name: string): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_RETRIES_LIMIT) {
    refuse(`${name} must be a whole number from 0 to ${MAX_RETRIES_LIMIT}; got ${describeValue(value)}.`);
  }
}

function checkSignal(value: unknown, name: string): void {
  if (value === undefined) return;
  const signal = value as { aborted?: unknown; addEventListener?: unknown } | null;
  if (typeof signal !== 'object' || signal === null || typeof signal.aborted !== 'boolean' || typeof signal.addEventListener !== 'function') {
    refuse(`${name} must be an AbortSignal.`);
  }
}

function checkHeaders(value: unknown, name: string): void {
  if (value === undefined) return;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) refuse(`${name} must be an object of header names to strings.`);
}

/**
 * Refuses client-wide HTTP options that would break every request (bad timeouts, retry limits, size limits), with
 * an `invalid_argument` error. Runs when a client is made, when the v4 setter is called and when the configuration
 * is resolved.
 */
export function checkHttpOptions(http: HttpOptions): void {
  if (typeof http !== 'object' || http === null) refuse('httpOptions must be an object.');
  checkDuration(http.timeout, 'httpOptions.timeout', true);
  checkDuration(http.totalTimeout, 'httpOptions.totalTimeout', true);
  const retry = http.retry;
  if (typeof retry === 'number') checkRetries(retry, 'httpOptions.retry');
  else if (retry !== undefined) {
    if (typeof retry !== 'object' || retry === null) refuse('httpOptions.retry must be a number or an object.');
    checkRetries(retry.limit, 'httpOptions.retry.limit');
    checkDuration(retry.backoffLimit, 'httpOptions.retry.backoffLimit', false);
    if (retry.maxRetryAfter !== undefined && retry.maxRetryAfter !== 0) checkDuration(retry.maxRetryAfter, 'httpOptions.retry.maxRetryAfter', false);
  }
  const max = http.maxResponseBytes;
  if (max !== undefined && (typeof max !== 'number' || !Number.isInteger(max) || max < 1)) {
    refuse(`httpOptions.maxResponseBytes must be a whole number of bytes above 0; got ${describeValue(max)}.`);
  }
  checkSignal(http.signal, 'httpOptions.signal');
  checkHeaders(http.headers, 'httpOptions.headers');
}

/** Refuses per-call options that cannot work, with an `invalid_argument` error, before anything is sent. */
export function checkRequestOptions(options: RequestOptions): void {
  if (typeof options !== 'object' || options === null) refuse('The options argument must be an object.');
  checkDuration(options.timeout, 'options.timeout', false);
  checkRetries(options.maxRetries, 'options.maxRetries');
  checkSignal(options.signal, 'options.signal');
  checkHeaders(options.headers, 'options.headers');
}
