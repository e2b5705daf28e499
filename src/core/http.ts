// The one place that talks HTTP. ky, its options and its errors never leave this file.
import type { KyInstance, Options as KyOptions } from 'ky';
import type { ResolvedConfig } from '../config';
import { DEFAULT_TIMEOUT_MS, ENV } from '../config';
import { toCamelKeysDeep, toSnakeCase, toSnakeKeys, toSnakeKeysDeep, isPlainObject } from './case';
import { ClerkAPIResponseError, ClerkSDKError, type ClerkAPIError } from './errors';
import type { ApiPath } from './path';
import type { HttpOptions, RequestOptions } from './types';

/**
 * HTTP methods the Backend API uses.
 * @public
 */
export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * Everything one API call needs; API classes describe requests with it and never see the HTTP library.
 * @public
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
 * @public
 */
export interface Requester {
  /** Sends one request and resolves to its deserialized result, or rejects with a Clerk error. */
  request<T>(spec: RequestSpec<T>): Promise<T>;
}

let kyLoading: Promise<KyInstance> | undefined;
// Loaded on the first request, not at import: ky's top level constructs a Request, which starts undici (~40 ms).
function loadKy(): Promise<KyInstance> {
  // In the CJS build ky is a bundled CommonJS chunk, and `import()` of CommonJS puts its exports object on `default`.
  kyLoading ??= import('ky').then((mod) => {
    const candidate: unknown = mod.default;
    return (typeof candidate === 'function' ? candidate : (candidate as { default: KyInstance }).default) as KyInstance;
  });
  return kyLoading;
}

const DEFAULT_RETRY_METHODS = ['get', 'put', 'head', 'delete', 'options', 'trace'];
const DEFAULT_RETRY_STATUSES = [408, 413, 429, 500, 502, 503, 504];

export function createRequester(getConfig: () => ResolvedConfig): Requester {
  return {
    async request<T>(spec: RequestSpec<T>): Promise<T> {
      if (typeof spec.path !== 'string') throw spec.path.error;
      const config = getConfig();
      const headers: Record<string, string> = {
        'user-agent': config.userAgent,
        'clerk-api-version': config.clerkApiVersion,
      };
      if (spec.auth !== false) {
        if (!config.secretKey) {
          throw new ClerkSDKError(
            'missing_secret_key',
            `Missing Clerk secret key: set the ${ENV.secretKey} environment variable or pass { secretKey } to createClerkClient(). No request was sent.`,
          );
        }
        headers.authorization = `Bearer ${config.secretKey}`;
      }
      const pathAndQuery = spec.path + buildQuery(spec.query);
      const url =
        spec.versionPrefix === false || config.apiVersion === ''
          ? `${config.apiUrl}${pathAndQuery}`
          : `${config.apiUrl}/${config.apiVersion}${pathAndQuery}`;
      let body: BodyInit | undefined;
      if (spec.formData) {
        body = buildFormData(spec.formData);
      } else if (spec.body !== undefined) {
        const json = serializeBody(spec.body, spec.deepSnakeBody === true) ?? (spec.bodyRequired ? '{}' : undefined);
        if (json !== undefined) {
          body = json;
          headers['content-type'] = 'application/json';
        }
      }
      const http = config.httpOptions;
      if (http.headers) mergeHeaders(headers, http.headers);
      if (spec.headers) mergeHeaders(headers, spec.headers);
      if (spec.options?.headers) mergeHeaders(headers, spec.options.headers);

      const started = config.logging ? performance.now() : 0;
      let response: Response;
      try {
        if (usesKy(http)) {
          const ky = await loadKy();
          response = await ky(url, kyOptions(spec.method, headers, body, http));
        } else {
          response = await plainFetch(spec.method, url, headers, body, http.timeout ?? DEFAULT_TIMEOUT_MS);
        }
      } catch (error) {
        const retried = retryExhaustedResponse(error);
        if (!retried) {
          const failure = toTransportError(error, spec.method, pathAndQuery, http);
          if (config.logging) log(config, spec.method, pathAndQuery, 'failed', started, failure.message);
          throw failure;
        }
        response = retried;
      }
      const status = response.status;
      const text = status === 204 || status === 205 ? '' : await response.text();
      if (status >= 200 && status < 300) {
        if (config.logging) log(config, spec.method, pathAndQuery, status, started, response.headers.get('cf-ray'));
        return parseSuccess(spec, text, status, response);
      }
      const error = toAPIError(status, response, text, spec.method, pathAndQuery);
      if (config.logging) log(config, spec.method, pathAndQuery, status, started, error.clerkTraceId);
      throw error;
    },
  };
}

// Above this ky refuses the timeout with a RangeError; such values stay on ky's path so that still happens.
const MAX_TIMER_MS = 2_147_483_647;

// ky costs ~100 us of CPU per request on Node 20, mostly in undici's AbortSignal plumbing: ky builds a Request
// with its own signal, clones it for retries, and fetch() copies it again, and each signal-carrying Request adds
// EventTarget listeners and a FinalizationRegistry entry. A bare fetch() with a plain headers object costs none of
// that, so requests that ask for nothing only ky provides (retries, hooks, a custom fetch, a caller's signal)
// skip it. The check reads httpOptions per request because the v4 setters may replace them at any time.
function usesKy(http: HttpOptions): boolean {
  if (http.fetch !== undefined || http.signal !== undefined) return true;
  const retry = http.retry;
  const limit = typeof retry === 'number' ? retry : retry?.limit ?? 0;
  if (!(limit <= 0)) return true;
  const hooks = http.hooks;
  if (hooks && ((hooks.beforeRequest?.length ?? 0) > 0 || (hooks.afterResponse?.length ?? 0) > 0 || (hooks.beforeRetry?.length ?? 0) > 0)) {
    return true;
  }
  const timeout = http.timeout;
  return !(timeout === undefined || timeout === false || (typeof timeout === 'number' && !(timeout > MAX_TIMER_MS)));
}

// The timeout races a timer instead of passing an AbortSignal: any signal given to fetch() costs 20-30 us per
// request in undici, a third of ky's overhead. As with ky, the timer covers the wait for the response headers and
// the caller sees a TimeoutError-caused `timeout` error at the deadline. The socket is not torn down at that moment;
// a response that still arrives has its body cancelled so the connection is released.
function plainFetch(method: HttpMethod, url: string, headers: Record<string, string>, body: BodyInit | undefined, timeout: number | false): Promise<Response> {
  const init: RequestInit = { method, headers, body };
  if (timeout === false) return fetch(url, init);
  return new Promise<Response>((resolve, reject) => {
    // Started before the timer, so a fetch replacement that throws synchronously leaves no timer behind.
    const pending = fetch(url, init);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      const error = new Error(`Request timed out: ${method} ${url}`);
      error.name = 'TimeoutError';
      reject(error);
    }, timeout);
    pending.then(
      (response) => {
        clearTimeout(timer);
        if (timedOut) response.body?.cancel().catch(() => undefined);
        else resolve(response);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

function kyOptions(method: HttpMethod, headers: Record<string, string>, body: BodyInit | undefined, http: HttpOptions): KyOptions {
  const retry = normalizeRetry(http.retry);
  const options: KyOptions = {
    method,
    headers,
    body,
    retry,
    timeout: http.timeout ?? DEFAULT_TIMEOUT_MS,
    // ky only retries on statuses it throws for; we throw for those alone and map every other status ourselves.
    throwHttpErrors: retry.limit > 0 ? (status: number) => retry.statusCodes.includes(status) : false,
  };
  if (http.fetch) options.fetch = http.fetch as KyOptions['fetch'];
  if (http.signal) options.signal = http.signal;
  if (http.hooks) {
    const { beforeRequest, afterResponse, beforeRetry } = http.hooks;
    options.hooks = {
      beforeRequest: beforeRequest?.map((hook) => (request: Request) => hook(request)),
      afterResponse: afterResponse?.map((hook) => (request: Request, _options: unknown, response: Response) => hook(request, response)),
      beforeRetry: beforeRetry?.map((hook) => (state: { request: Request; error: Error; retryCount: number }) =>
        hook({ request: state.request, error: state.error, retryCount: state.retryCount })),
    } as KyOptions['hooks'];
  }
  return options;
}

function normalizeRetry(retry: HttpOptions['retry']): { limit: number; methods: string[]; statusCodes: number[]; backoffLimit?: number } {
  if (typeof retry === 'number') return { limit: retry, methods: DEFAULT_RETRY_METHODS, statusCodes: DEFAULT_RETRY_STATUSES };
  const out = {
    limit: retry?.limit ?? 0,
    methods: retry?.methods ?? DEFAULT_RETRY_METHODS,
    statusCodes: retry?.statusCodes ?? DEFAULT_RETRY_STATUSES,
  };
  return retry?.backoffLimit === undefined ? out : { ...out, backoffLimit: retry.backoffLimit };
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
        if (item !== undefined && item !== null) out += `${out ? '&' : '?'}${name}=${encodeURIComponent(queryValue(item))}`;
      }
    } else {
      out += `${out ? '&' : '?'}${name}=${encodeURIComponent(queryValue(value))}`;
    }
  }
  return out;
}

function queryValue(value: unknown): string {
  // Timestamps in query strings are Unix milliseconds in this API.
  if (value instanceof Date) return String(value.getTime());
  return String(value);
}

function serializeBody(body: Record<string, unknown> | readonly unknown[], deep: boolean): string | undefined {
  const convert = (value: unknown): unknown =>
    deep ? toSnakeKeysDeep(value) : isPlainObject(value) ? toSnakeKeys(value) : value;
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

function parseSuccess<T>(spec: RequestSpec<T>, text: string, status: number, response: Response): T {
  if (spec.responseType === 'text') return text as T;
  if (text === '') return (spec.deserialize ? spec.deserialize(undefined) : undefined) as T;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    const type = response.headers.get('content-type') ?? 'no content type';
    throw new ClerkSDKError('invalid_response', `Clerk API answered ${status} with a body that is not JSON (${type}).`, {
      cause,
      status,
    });
  }
  return spec.deserialize ? spec.deserialize(json) : (json as T);
}

function toAPIError(status: number, response: Response, text: string, method: string, pathAndQuery: string): ClerkAPIResponseError {
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
  return new ClerkAPIResponseError({
    status,
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

export function parseRetryAfter(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

// ky throws HTTPError only for the retryable statuses we asked it to, once its retries have run out.
function retryExhaustedResponse(error: unknown): Response | undefined {
  const err = error as { name?: string; response?: unknown } | undefined;
  return err?.name === 'HTTPError' && err.response instanceof Response ? err.response : undefined;
}

function toTransportError(error: unknown, method: string, pathAndQuery: string, http: HttpOptions): Error {
  if (error instanceof ClerkSDKError) return error;
  const err = error as { name?: string; message?: string } | undefined;
  // A caller's own abort is theirs to handle: hand back their AbortError untouched.
  if (http.signal?.aborted && err?.name === 'AbortError') return error as Error;
  if (err?.name === 'TimeoutError') {
    return new ClerkSDKError('timeout', `${method} ${pathAndQuery} timed out after ${http.timeout ?? DEFAULT_TIMEOUT_MS} ms.`, { cause: error });
  }
  return new ClerkSDKError('network_error', `${method} ${pathAndQuery} failed before a response arrived: ${err?.message ?? String(error)}`, {
    cause: error,
  });
}

function log(config: ResolvedConfig, method: string, pathAndQuery: string, status: number | string, started: number, trace: string | null | undefined): void {
  const ms = (performance.now() - started).toFixed(1);
  // The path never carries the key; headers are never logged.
  config.logger(`[clerk] ${method} ${pathAndQuery} ${status} ${ms}ms${trace ? ` trace=${trace}` : ''}`);
}
