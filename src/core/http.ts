// The one place that talks HTTP: building the request, the attempt loop (deadlines, aborts, retries, events) and
// reading the answer into a result or a typed error. See README "Reliability" for the policy it implements.
import type { ResolvedConfig } from '../config';
import { checkRequestOptions, DEFAULT_TIMEOUT_MS, ENV } from '../config';
import { toCamelKeysDeep, toSnakeCase, toSnakeKeys, toSnakeKeysDeep, isPlainObject } from './case';
import { ClerkAPIResponseError, ClerkSDKError, createAPIError, createSDKError, type ClerkAPIError } from './errors';
import type { ApiPath } from './path';
import type { HttpHooks, HttpOptions, RequestOptions, RetryOptions } from './types';

/**
 * HTTP methods the Backend API uses.
 * @public
 */
export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * Everything one API call needs; API classes describe requests with it and never see the HTTP library.
 * @internal
 */
export interface RequestSpec<T> {
  /** The HTTP method of the operation. */
  method: HttpMethod;
  /** Built with the `path` tag, so every id in it is percent-encoded. */
  path: ApiPath;
  /** camelCase keys are snake_cased; arrays become repeated keys; undefined and null are left out. */
  query?: Record<string, unknown> | undefined;
  /** JSON body. Object keys are snake_cased one level deep; array bodies have each element's keys converted. */
  body?: Record<string, unknown> | readonly unknown[] | undefined;
  /** Multipart body; keys are snake_cased, values are strings or Blobs/Files. */
  formData?: Record<string, unknown> | undefined;
  /** Convert nested keys too (only for bodies whose nested keys the spec fixes). */
  deepSnakeBody?: boolean;
  /** With `deepSnakeBody`: keys whose values are user-owned maps, copied without converting their keys. */
  mapKeys?: readonly string[];
  /** Maps the parsed JSON to the SDK's result. Without it the JSON is returned as is. */
  deserialize?: (json: any) => T;
  /** `text` returns the raw body (HTML endpoints). Default `json`. */
  responseType?: 'json' | 'text';
  /** false for the endpoints that are not under the `/v1` prefix. Default true. */
  versionPrefix?: boolean;
  /** false for the few public endpoints that take no secret key. Default true. */
  auth?: boolean;
  /** Per-call headers, applied last. */
  headers?: Record<string, string>;
  /** Send `{}` when the body has no fields (the operation's spec marks its body as required). */
  bodyRequired?: boolean;
  /** The caller's per-call options (signal, timeout, retries, headers). */
  options?: RequestOptions | undefined;
}

/**
 * The request layer shared by every sub-API of a client.
 * @internal
 */
export interface Requester {
  /** Sends one request and resolves to its deserialized result, or rejects with a Clerk error. */
  request<T>(spec: RequestSpec<T>): Promise<T>;
}

/** Retries a call gets when neither `httpOptions.retry` nor the call's `maxRetries` says otherwise. */
export const DEFAULT_MAX_RETRIES = 2;
/** Longest `Retry-After` wait honoured by default, in milliseconds. */
export const DEFAULT_MAX_RETRY_AFTER_MS = 60_000;
/** Default cap on a decoded response body, in bytes (100 MB). */
export const DEFAULT_MAX_RESPONSE_BYTES = 100 * 1024 * 1024;
const DEFAULT_RETRY_STATUSES: readonly number[] = [408, 429, 500, 502, 503, 504];
const BACKOFF_BASE_MS = 500;
const DEFAULT_BACKOFF_LIMIT_MS = 8_000;
const IDEMPOTENT = new Set(['GET', 'PUT', 'DELETE', 'HEAD', 'OPTIONS']);
// Failures where the request provably never left: nothing reached the server, so even a POST may be sent again.
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);
// Printable ASCII without space: anything else in a header value is refused by fetch, or splits the header.
const SAFE_KEY = /^[\x21-\x7e]+$/;

// The abort reason of an attempt that ran out of time; told apart from a caller's reason by identity.
const DEADLINE: unique symbol = Symbol('clerk-deadline');
// The abort reason used to release a connection after a failure that was not an abort.
const RELEASE: unique symbol = Symbol('clerk-release');

type RetryWhen = 'never' | 'always' | 'idempotent' | 'status';

// One attempt's failure, with when it may be retried.
class AttemptFailure {
  constructor(
    readonly error: ClerkSDKError,
    readonly when: RetryWhen,
    readonly overall = false,
  ) {}
}

interface Call {
  readonly method: HttpMethod;
  readonly url: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body: BodyInit | undefined;
  readonly secret: string | undefined;
  readonly http: HttpOptions;
  readonly config: ResolvedConfig;
  readonly signal: AbortSignal | undefined;
  readonly attemptTimeout: number | undefined;
  readonly deadline: number | undefined;
  readonly totalTimeout: number | undefined;
  readonly maxRetries: number;
  readonly retry: RetryOptions | undefined;
  readonly maxBytes: number;
  readonly hooks: HttpHooks | undefined;
  readonly events: boolean;
}

export function createRequester(getConfig: () => ResolvedConfig): Requester {
  return {
    async request<T>(spec: RequestSpec<T>): Promise<T> {
      if (typeof spec.path !== 'string') throw spec.path.error;
      const config = getConfig();
      const options = spec.options;
      if (options !== undefined) checkRequestOptions(options);
      const signal = options?.signal ?? config.httpOptions.signal;
      if (signal?.aborted) throw abortedError(spec.method, spec.path, signal, 0);
      const headers: Record<string, string> = {
        'user-agent': config.userAgent,
        'clerk-api-version': config.clerkApiVersion,
      };
      const secret = config.secretKey;
      if (spec.auth !== false) {
        if (!secret) {
          throw new ClerkSDKError(
            'missing_secret_key',
            `Missing Clerk secret key: set the ${ENV.secretKey} environment variable or pass { secretKey } to createClerkClient(). No request was sent.`,
          );
        }
        if (!SAFE_KEY.test(secret)) {
          throw new ClerkSDKError(
            'invalid_argument',
            `The Clerk secret key contains a character that cannot be sent in an HTTP header (a space, control or non-ASCII character); check ${ENV.secretKey} or the secretKey option. No request was sent.`,
          );
        }
        headers.authorization = `Bearer ${secret}`;
      }
      const pathAndQuery = spec.path + buildQuery(spec.query);
      const url =
        spec.versionPrefix === false || config.apiVersion === '' ? `${config.apiUrl}${pathAndQuery}` : `${config.apiUrl}/${config.apiVersion}${pathAndQuery}`;
      let body: BodyInit | undefined;
      if (spec.formData) {
        body = buildFormData(spec.formData);
      } else if (spec.body !== undefined) {
        const json = serializeBody(spec.body, spec.deepSnakeBody === true ? (spec.mapKeys ?? []) : undefined) ?? (spec.bodyRequired ? '{}' : undefined);
        if (json !== undefined) {
          body = json;
          headers['content-type'] = 'application/json';
        }
      }
      const http = config.httpOptions;
      if (http.headers) mergeHeaders(headers, http.headers);
      if (spec.headers) mergeHeaders(headers, spec.headers);
      if (options?.headers) mergeHeaders(headers, options.headers);

      const retry = typeof http.retry === 'object' && http.retry !== null ? http.retry : undefined;
      const maxRetries = options?.maxRetries ?? (typeof http.retry === 'number' ? http.retry : retry?.limit) ?? DEFAULT_MAX_RETRIES;
      const timeoutSetting = options?.timeout ?? http.timeout ?? DEFAULT_TIMEOUT_MS;
      const attemptTimeout = timeoutSetting === false ? undefined : timeoutSetting;
      const totalSetting = http.totalTimeout ?? (attemptTimeout === undefined ? false : attemptTimeout * (maxRetries + 1));
      const totalTimeout = totalSetting === false ? undefined : totalSetting;
      const hooks = http.hooks;
      const call: Call = {
        method: spec.method,
        url,
        path: pathAndQuery,
        headers,
        body,
        secret,
        http,
        config,
        signal,
        attemptTimeout,
        totalTimeout,
        deadline: totalTimeout === undefined ? undefined : performance.now() + totalTimeout,
        maxRetries,
        retry,
        maxBytes: http.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
        hooks: hooks && (nonEmpty(hooks.beforeRequest) || nonEmpty(hooks.afterResponse) || nonEmpty(hooks.beforeRetry)) ? hooks : undefined,
        events: config.logging || http.onRequest !== undefined || http.onResponse !== undefined || http.onRetry !== undefined,
      };
      return run(call, spec);
    },
  };
}

function nonEmpty(list: readonly unknown[] | undefined): boolean {
  return list !== undefined && list.length > 0;
}

async function run<T>(call: Call, spec: RequestSpec<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const started = call.events ? performance.now() : 0;
    if (call.events) emitRequest(call, attempt);
    let failure: ClerkAPIResponseError | ClerkSDKError;
    let retryAfterMs: number | undefined;
    let allowed: boolean;
    let status: number | undefined;
    try {
      const { response, text } = await attempt1(call, attempt);
      status = response.status;
      if (status >= 200 && status < 300) {
        if (call.events) emitResponse(call, attempt, status, started, response.headers.get('cf-ray') ?? undefined, undefined);
        return parseSuccess(spec, text, status, response, attempt);
      }
      const apiError = toAPIError(status, response, text, call.method, call.path, attempt);
      failure = apiError;
      retryAfterMs = parseRetryAfterMs(response.headers.get('retry-after'));
      allowed = retryAllowed(call, 'status', status);
    } catch (error) {
      if (!(error instanceof AttemptFailure)) throw error;
      failure = error.error;
      allowed = !error.overall && retryAllowed(call, error.when, undefined);
    }
    const trace = failure instanceof ClerkAPIResponseError ? failure.clerkTraceId : undefined;
    if (call.events) emitResponse(call, attempt, status, started, trace, failure);
    if (!allowed || attempt > call.maxRetries) throw failure;
    const cap = call.retry?.maxRetryAfter ?? DEFAULT_MAX_RETRY_AFTER_MS;
    // A server that asks for a longer wait than the cap gets its answer now, with its retryAfter, not an hour later.
    if (retryAfterMs !== undefined && retryAfterMs > cap) throw failure;
    const delay = retryAfterMs ?? Math.random() * Math.min(call.retry?.backoffLimit ?? DEFAULT_BACKOFF_LIMIT_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
    if (call.deadline !== undefined && performance.now() + delay >= call.deadline) throw failure;
    if (call.events) emitRetry(call, attempt, status, started, trace, failure, delay);
    if (call.hooks?.beforeRetry) {
      const request = hookRequest(call, undefined);
      for (const hook of call.hooks.beforeRetry) await hook({ request, error: failure, retryCount: attempt });
    }
    await sleep(delay, call, attempt);
  }
}

function retryAllowed(call: Call, when: RetryWhen, status: number | undefined): boolean {
  if (when === 'never' || call.maxRetries === 0) return false;
  const methods = call.retry?.methods;
  if (methods !== undefined && !methods.includes(call.method.toLowerCase())) return false;
  if (when === 'always') return true;
  const idempotent = IDEMPOTENT.has(call.method);
  if (when === 'idempotent') return idempotent;
  const statuses = call.retry?.statusCodes ?? DEFAULT_RETRY_STATUSES;
  // A 429 means the server refused the request without acting on it, so POST and PATCH may send it again.
  return status !== undefined && statuses.includes(status) && (idempotent || status === 429);
}

function sleep(ms: number, call: Call, attempts: number): Promise<void> {
  const signal = call.signal;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortedError(call.method, call.path, signal, attempts));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortedError(call.method, call.path, signal as AbortSignal, attempts));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function abortAtDeadline(controller: AbortController): void {
  controller.abort(DEADLINE);
}

interface Answer {
  response: Response;
  text: string;
}

// One attempt: its own AbortController, aborted at the attempt's deadline (covering headers and body) or when the
// caller's signal fires, so the socket is torn down and nothing waits on it afterwards. Passing a signal to fetch
// costs ~20-30 us per request in undici; a timer race without one cannot release a hung socket (see README).
async function attempt1(call: Call, attempt: number): Promise<Answer> {
  const controller = new AbortController();
  let ms = call.attemptTimeout;
  let overall = false;
  // The default overall deadline leaves the first attempt its full timeout; only later attempts (or an explicit,
  // shorter totalTimeout) are cut to what is left of it.
  if (call.deadline !== undefined && (attempt > 1 || call.http.totalTimeout !== undefined)) {
    const left = Math.max(1, call.deadline - performance.now());
    if (ms === undefined || left < ms) {
      ms = left;
      overall = true;
    }
  }
  const timer = ms === undefined ? undefined : setTimeout(abortAtDeadline, ms, controller);
  const signal = call.signal;
  const onAbort = signal ? (): void => controller.abort(signal.reason) : undefined;
  if (onAbort) (signal as AbortSignal).addEventListener('abort', onAbort, { once: true });
  const phase = { body: false };
  try {
    if (call.hooks === undefined && call.http.fetch === undefined) {
      const response = await fetch(call.url, { method: call.method, headers: call.headers, body: call.body, signal: controller.signal });
      phase.body = true;
      return { response, text: await readBody(response, call, attempt) };
    }
    return await raceAbort(viaHooks(call, controller, phase, attempt), controller.signal);
  } catch (error) {
    // Whatever went wrong, the connection is released now rather than left to the server or to GC.
    if (!controller.signal.aborted) controller.abort(RELEASE);
    throw classify(error, call, controller.signal, phase.body, attempt, overall, ms);
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    if (onAbort) (signal as AbortSignal).removeEventListener('abort', onAbort);
  }
}

// A custom fetch or a hook might ignore the signal; the race makes the deadline and the caller's abort hold anyway.
function raceAbort<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

// The Request hooks see has no Authorization header, so a hook that logs or keeps it cannot leak the key.
function hookRequest(call: Call, signal: AbortSignal | undefined): Request {
  const headers: Record<string, string> = {};
  for (const name of Object.keys(call.headers)) if (name !== 'authorization') headers[name] = call.headers[name] as string;
  return new Request(call.url, { method: call.method, headers, body: call.body ?? null, signal: signal ?? null });
}

async function viaHooks(call: Call, controller: AbortController, phase: { body: boolean }, attempt: number): Promise<Answer> {
  const hooks = call.hooks;
  let request = hooks ? hookRequest(call, controller.signal) : undefined;
  let response: Response | undefined;
  for (const hook of hooks?.beforeRequest ?? []) {
    const result = await hook(request as Request);
    if (result instanceof Response) {
      response = result;
      break;
    }
    if (result instanceof Request) request = result;
  }
  if (response === undefined) {
    let outgoing: Request;
    if (request === undefined) {
      outgoing = new Request(call.url, { method: call.method, headers: call.headers, body: call.body ?? null, signal: controller.signal });
    } else {
      const headers = new Headers(request.headers);
      const auth = call.headers.authorization;
      if (auth !== undefined && !headers.has('authorization')) headers.set('authorization', auth);
      outgoing = new Request(request, { headers, signal: controller.signal });
    }
    response = await (call.http.fetch ?? fetch)(outgoing);
  }
  for (const hook of hooks?.afterResponse ?? []) {
    const result = await hook(request as Request, response);
    if (result instanceof Response) response = result;
  }
  phase.body = true;
  return { response, text: await readBody(response, call, attempt) };
}

async function readBody(response: Response, call: Call, attempt: number): Promise<string> {
  const status = response.status;
  const stream = response.body;
  if (stream === null) return '';
  if (status === 204 || status === 205 || (call.method as string) === 'HEAD') {
    await stream.cancel().catch(() => undefined);
    return '';
  }
  const limit = call.maxBytes;
  const length = response.headers.get('content-length');
  // A plain body of known size is read in one go; a compressed or unsized one is counted chunk by chunk, so a
  // gzip bomb is stopped at the limit instead of being inflated into memory first.
  if (length !== null && !response.headers.has('content-encoding')) {
    if (Number(length) > limit) throw tooLarge(call, status, limit, attempt);
    return response.text();
  }
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(call, status, limit, attempt);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total).toString('utf8');
}

function tooLarge(call: Call, status: number, limit: number, attempt: number): AttemptFailure {
  return new AttemptFailure(
    createSDKError(
      'invalid_response',
      `${call.method} ${call.path}: the response body is larger than the limit of ${limit} bytes (httpOptions.maxResponseBytes); it was not read.`,
      {
        status,
        attempts: attempt,
      },
    ),
    'never',
  );
}

interface SystemError {
  name?: string;
  message?: string;
  code?: string;
  errno?: number;
  syscall?: string;
  address?: string;
  port?: number;
  hostname?: string;
  socket?: { remoteAddress?: string; remotePort?: number };
  errors?: unknown[];
  cause?: unknown;
}

// undici reports "fetch failed" / "terminated" with the system error one or two causes down (an AggregateError
// when several addresses were tried); the first error in the chain that has a code says what happened.
function systemError(error: unknown): SystemError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const e = current as SystemError;
    if (typeof e.code === 'string') {
      const inner = Array.isArray(e.errors) ? (e.errors[0] as SystemError | undefined) : undefined;
      return inner && typeof inner.code === 'string' ? { ...inner, code: inner.code } : e;
    }
    current = e.cause;
  }
  return undefined;
}

function classify(error: unknown, call: Call, signal: AbortSignal, inBody: boolean, attempt: number, overall: boolean, ms: number | undefined): AttemptFailure {
  if (error instanceof AttemptFailure) return error;
  const { method, path } = call;
  if (signal.aborted && signal.reason === DEADLINE) {
    const message = overall
      ? `${method} ${path} timed out: the call's overall deadline of ${call.totalTimeout} ms passed${inBody ? ' while reading the response body' : ''}.`
      : `${method} ${path} timed out after ${ms} ms${inBody ? ' while reading the response body' : ' waiting for a response'}.`;
    return new AttemptFailure(createSDKError('timeout', message, { attempts: attempt }), 'idempotent', overall);
  }
  if (call.signal?.aborted && signal.aborted && signal.reason !== RELEASE) {
    return new AttemptFailure(abortedError(method, path, call.signal, attempt), 'never');
  }
  if (error instanceof ClerkSDKError || error instanceof ClerkAPIResponseError) {
    return new AttemptFailure(error as ClerkSDKError, 'never');
  }
  const system = systemError(error);
  const code = system?.code;
  const host = describeHost(system, call.url);
  const detail = scrub(system?.message ?? (error as { message?: string } | undefined)?.message ?? String(error), call.secret);
  const cause = cleanCause(system ?? error, call.secret);
  if (inBody && code !== undefined && (code.startsWith('Z_') || code === 'ERR_INVALID_CHUNK_SIZE')) {
    return new AttemptFailure(
      createSDKError('invalid_response', `${method} ${path}: the response body from ${host} could not be decoded (${code}: ${detail}).`, {
        cause,
        attempts: attempt,
      }),
      'never',
    );
  }
  if (inBody) {
    return new AttemptFailure(
      createSDKError(
        'network_error',
        `${method} ${path}: the connection to ${host} broke while reading the response body (${code ?? 'terminated'}: ${detail}).`,
        {
          cause,
          attempts: attempt,
        },
      ),
      'idempotent',
    );
  }
  // fetch refuses some ports (the "bad ports" list, e.g. 1 or 6000) without trying them.
  const badPort = code === undefined && (error as { cause?: { message?: unknown } } | undefined)?.cause?.message === 'bad port';
  if (code === 'ERR_INVALID_URL' || badPort) {
    const why = badPort ? `fetch refuses to connect to port ${host.split(':').pop()} (bad port)` : `the API URL is not valid (${detail})`;
    return new AttemptFailure(createSDKError('network_error', `${method} ${path} could not be sent: ${why}.`, { cause, attempts: attempt }), 'never');
  }
  const neverSent = code !== undefined && NEVER_SENT.has(code);
  return new AttemptFailure(
    createSDKError(
      'network_error',
      `${method} ${path} failed before a response arrived: ${code ?? 'error'} ${host}${neverSent ? ' (nothing was sent)' : ''} (${detail}).`,
      {
        cause,
        attempts: attempt,
      },
    ),
    neverSent ? 'always' : 'idempotent',
  );
}

function describeHost(system: SystemError | undefined, url: string): string {
  if (system?.address !== undefined) return system.port !== undefined ? `${system.address}:${system.port}` : system.address;
  if (system?.hostname !== undefined) return system.hostname;
  const socket = system?.socket;
  if (socket?.remoteAddress !== undefined) return `${socket.remoteAddress}:${socket.remotePort ?? ''}`;
  try {
    return new URL(url).host;
  } catch {
    return 'the API host';
  }
}

// A fresh Error with the original's name, message and system fields only: undici's errors can reference the socket
// and a custom fetch's errors the Request (with its Authorization header), and neither belongs in a cause chain.
function cleanCause(error: unknown, secret: string | undefined): Error {
  const source = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as SystemError;
  const clean = new Error(scrub(typeof source.message === 'string' ? source.message : 'unknown error', secret));
  if (typeof source.name === 'string') clean.name = source.name;
  const target = clean as Error & Record<string, unknown>;
  for (const key of ['code', 'errno', 'syscall', 'address', 'port', 'hostname'] as const) {
    const value = source[key];
    if (typeof value === 'string' || typeof value === 'number') target[key] = typeof value === 'string' ? scrub(value, secret) : value;
  }
  clean.stack = `${clean.name}: ${clean.message}`;
  return clean;
}

function scrub(text: string, secret: string | undefined): string {
  return secret && secret.length >= 4 && text.includes(secret) ? text.split(secret).join('[redacted]') : text;
}

function abortedError(method: string, path: string, signal: AbortSignal, attempts: number): ClerkSDKError {
  return createSDKError('aborted', `${method} ${path} was aborted by the caller's signal.`, { cause: signal.reason, attempts });
}

function emitRequest(call: Call, attempt: number): void {
  const listener = call.http.onRequest;
  if (listener) safely(() => listener({ method: call.method, path: call.path, attempt }));
}

function emitResponse(call: Call, attempt: number, status: number | undefined, started: number, trace: string | undefined, error: Error | undefined): void {
  const durationMs = performance.now() - started;
  if (call.config.logging) {
    // The path never carries the key; headers are never logged.
    const outcome = status ?? `failed (${(error as ClerkSDKError | undefined)?.code ?? 'error'})`;
    call.config.logger(`[clerk] ${call.method} ${call.path} ${outcome} ${durationMs.toFixed(1)}ms${trace ? ` trace=${trace}` : ''}`);
  }
  const listener = call.http.onResponse;
  if (listener) safely(() => listener({ method: call.method, path: call.path, attempt, status, durationMs, clerkTraceId: trace, error }));
}

function emitRetry(call: Call, attempt: number, status: number | undefined, started: number, trace: string | undefined, error: Error, delayMs: number): void {
  if (call.config.logging) {
    const reason = status ?? (error as ClerkSDKError).code;
    call.config.logger(
      `[clerk] retry ${call.method} ${call.path} attempt ${attempt + 1} of ${call.maxRetries + 1} in ${Math.round(delayMs)}ms after ${reason}`,
    );
  }
  const listener = call.http.onRetry;
  if (listener) {
    const durationMs = performance.now() - started;
    safely(() => listener({ method: call.method, path: call.path, attempt, status, durationMs, clerkTraceId: trace, error, delayMs }));
  }
}

// An event listener's own failure must not change the outcome of the call it observes.
function safely(fn: () => void): void {
  try {
    fn();
  } catch {
    // ignored on purpose
  }
}

function mergeHeaders(target: Record<string, string>, extra: Record<string, string>): void {
  for (const name of Object.keys(extra)) {
    const value = extra[name];
    if (value !== undefined) target[name.toLowerCase()] = value;
  }
}

export function buildQuery(query: Record<string, unknown> | undefined): string {
  if (!query) return '';
  let out = '';
  for (const key of Object.keys(query)) {
    const value = query[key];
    if (value === undefined || value === null) continue;
    const name = encodeURIComponent(toSnakeCase(key));
    if (Array.isArray(value)) {
      for (const item of value) {
        if (item !== undefined && item !== null) out += `${out ? '&' : '?'}${name}=${encodeValue(item, key)}`;
      }
    } else {
      out += `${out ? '&' : '?'}${name}=${encodeValue(value, key)}`;
    }
  }
  return out;
}

function encodeValue(value: unknown, key: string): string {
  const text = queryValue(value, key);
  try {
    return encodeURIComponent(text);
  } catch {
    // A lone UTF-16 surrogate has no UTF-8 form, so no URL can carry it.
    throw new ClerkSDKError('invalid_argument', `Query parameter "${key}" is not well-formed Unicode. No request was sent.`);
  }
}

function queryValue(value: unknown, key: string): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    default:
      // Timestamps in query strings are Unix milliseconds in this API.
      if (value instanceof Date && !Number.isNaN(value.getTime())) return String(value.getTime());
      // An object would otherwise go out as "[object Object]".
      throw new ClerkSDKError(
        'invalid_argument',
        `Query parameter "${key}" must be a string, number, boolean, valid Date or an array of them; got ${value instanceof Date ? 'an invalid Date' : Array.isArray(value) ? 'a nested array' : typeof value}. No request was sent.`,
      );
  }
}

// `deep`: the map keys to keep when nested keys are converted too; undefined for a shallow conversion.
function serializeBody(body: Record<string, unknown> | readonly unknown[], deep: readonly string[] | undefined): string | undefined {
  const convert = (value: unknown): unknown => (deep ? toSnakeKeysDeep(value, deep) : isPlainObject(value) ? toSnakeKeys(value) : value);
  if (Array.isArray(body)) return JSON.stringify(body.map(convert));
  const converted = convert(body) as Record<string, unknown>;
  // An empty body is not sent at all, as the reference SDKs do.
  for (const _ in converted) return JSON.stringify(converted);
  return undefined;
}

function buildFormData(fields: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const key of Object.keys(fields)) {
    const value = fields[key];
    if (value === undefined || value === null) continue;
    if (value instanceof Blob) form.append(toSnakeCase(key), value);
    else form.append(toSnakeCase(key), String(value));
  }
  return form;
}

function parseSuccess<T>(spec: RequestSpec<T>, text: string, status: number, response: Response, attempts: number): T {
  if (spec.responseType === 'text') return text as T;
  const deserialize = spec.deserialize;
  // A deserializer that declares no parameter (`() => undefined`) belongs to an operation that returns nothing useful.
  const expectsBody = deserialize !== undefined && deserialize.length > 0;
  const where = `${spec.method} ${spec.path}`;
  if (text === '') {
    if (expectsBody)
      throw invalidResponse(`${where}: expected a JSON object, got ${status === 204 ? 'a 204 with no body' : `an empty ${status} body`}.`, status, attempts);
    return (deserialize ? deserialize(undefined) : undefined) as T;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    const type = response.headers.get('content-type') ?? 'no content type';
    throw invalidResponse(`Clerk API answered ${status} with a body that is not JSON (${type}).`, status, attempts, cause);
  }
  if (!deserialize) return json as T;
  if (expectsBody && (typeof json !== 'object' || json === null)) {
    throw invalidResponse(`${where}: expected a JSON object, got ${json === null ? 'null' : typeof json}.`, status, attempts);
  }
  let result: T;
  try {
    result = deserialize(json);
  } catch (cause) {
    if (cause instanceof ClerkSDKError) throw invalidResponse(`${where}: ${cause.message}`, status, attempts, undefined);
    throw invalidResponse(
      `${where}: the response could not be read as the expected object (${(cause as Error)?.message ?? String(cause)}).`,
      status,
      attempts,
      cause,
    );
  }
  // Clerk's objects carry `id` or `object`; a model read from a body with neither (`{}`, some other JSON) would be a
  // shell whose id is undefined.
  if (
    typeof result === 'object' &&
    result !== null &&
    !Array.isArray(result) &&
    'id' in result &&
    (result as { id: unknown }).id == null &&
    !Array.isArray(json) &&
    (json as Record<string, unknown>).id === undefined &&
    (json as Record<string, unknown>).object === undefined
  ) {
    throw invalidResponse(`${where}: expected an object with an id, got one without.`, status, attempts);
  }
  return result;
}

function invalidResponse(message: string, status: number, attempts: number, cause?: unknown): ClerkSDKError {
  return createSDKError('invalid_response', message, { status, attempts, cause });
}

function toAPIError(status: number, response: Response, text: string, method: string, pathAndQuery: string, attempts: number): ClerkAPIResponseError {
  let body: unknown;
  const first = text.charCodeAt(0);
  // Proxies and gateways answer HTML or plain text; only bodies that look like JSON are parsed.
  if (first === 123 /* { */ || first === 91 /* [ */) {
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
  }
  const record = isPlainObject(body) ? body : undefined;
  const errors = Array.isArray(record?.errors) ? record.errors.map(parseErrorEntry) : [];
  const traceFromBody = typeof record?.clerk_trace_id === 'string' ? record.clerk_trace_id : undefined;
  const type = response.headers.get('content-type');
  return createAPIError({
    status,
    attempts,
    errors,
    clerkTraceId: traceFromBody ?? response.headers.get('cf-ray') ?? undefined,
    retryAfter: parseRetryAfter(response.headers.get('retry-after')),
    method,
    path: pathAndQuery,
    message: `${status} ${response.statusText || 'error'}${type && !/json/i.test(type) ? ` (non-JSON response: ${type.split(';')[0]})` : ''}`,
  });
}

function parseErrorEntry(entry: unknown): ClerkAPIError {
  const e = isPlainObject(entry) ? entry : {};
  const message = typeof e.message === 'string' ? e.message : '';
  return {
    code: typeof e.code === 'string' ? e.code : 'unknown_error',
    message,
    longMessage: typeof e.long_message === 'string' ? e.long_message : message,
    meta: isPlainObject(e.meta) ? (toCamelKeysDeep(e.meta) as Record<string, unknown>) : {},
  };
}

/** Seconds from a `Retry-After` header (delta-seconds or an HTTP date), rounded up. */
export function parseRetryAfter(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** Milliseconds from a `Retry-After` header (delta-seconds or an HTTP date). */
export function parseRetryAfterMs(value: string | null): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
