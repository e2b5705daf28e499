import nock from 'nock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveConfig } from '../../src/config';
import { buildQuery, createRequester, type RequestSpec } from '../../src/core/http';
import { path } from '../../src/core/path';
import type { ClerkOptions, RequestOptions } from '../../src/core/types';
import {
  ClerkAbortedError,
  ClerkAPIResponseError,
  ClerkInvalidResponseError,
  ClerkNotFoundError,
  ClerkRateLimitError,
  ClerkSDKError,
  ClerkServerError,
  ClerkTimeoutError,
  createClerkClient,
  setClerkHttpOptions,
} from '../../src/index';
import { User } from '../../src/models/User';
import { clerkApi, fixture, rejectionOf, TEST_API_URL, TEST_SECRET_KEY } from '../helpers/nock';

function send<T = unknown>(spec: RequestSpec<T>, options: ClerkOptions = {}, call?: RequestOptions): Promise<T> {
  const config = resolveConfig({ secretKey: TEST_SECRET_KEY, apiUrl: TEST_API_URL, ...options }, {});
  return createRequester(() => config).request(call === undefined ? spec : { ...spec, options: call });
}

const FAST = { retry: { backoffLimit: 1 } };

afterEach(() => {
  vi.useRealTimers();
});

describe('deadlines', () => {
  it('applies the 30 s default timeout to an attempt', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    clerkApi().get('/v1/users').delay(60_000).reply(200, []);
    let settled: unknown;
    const pending = send({ method: 'GET', path: '/users' }, { httpOptions: { retry: 0 } }).then(
      (value) => (settled = { value }),
      (error: unknown) => (settled = { error }),
    );
    await vi.advanceTimersByTimeAsync(29_999);
    expect(settled).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    await Promise.race([pending, new Promise((resolve) => setImmediate(resolve))]);
    const error = (settled as { error: ClerkSDKError }).error;
    expect(error).toBeInstanceOf(ClerkTimeoutError);
    expect(error.code).toBe('timeout');
    expect(error.message).toBe('GET /users timed out after 30000 ms waiting for a response.');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('ignores a response that arrives after the timeout', async () => {
    clerkApi()
      .get('/v1/users')
      .delay(80)
      .reply(200, [{ id: 'late' }]);
    const error = await rejectionOf(send({ method: 'GET', path: '/users' }, { httpOptions: { timeout: 20, retry: 0 } }));
    expect(error.code).toBe('timeout');
    expect(error.message).toContain('20 ms');
    await new Promise((resolve) => setTimeout(resolve, 150));
  });

  it('does not time out with timeout: false', async () => {
    clerkApi()
      .get('/v1/users')
      .delay(60)
      .reply(200, [{ id: 'slow' }]);
    await expect(send({ method: 'GET', path: '/users' }, { httpOptions: { timeout: false } })).resolves.toEqual([{ id: 'slow' }]);
  });

  it('lets a call’s timeout override the client’s', async () => {
    clerkApi().get('/v1/users').delay(200).reply(200, []);
    const error = await rejectionOf(send({ method: 'GET', path: '/users' }, { httpOptions: { timeout: 10_000 } }, { timeout: 30, maxRetries: 0 }));
    expect(error.message).toContain('30 ms');
  });

  it('stops retrying at the overall deadline', async () => {
    clerkApi().get('/v1/users').times(3).delay(200).reply(200, []);
    const started = Date.now();
    const error = await rejectionOf(send({ method: 'GET', path: '/users' }, { httpOptions: { timeout: 60, totalTimeout: 100, ...FAST } }));
    expect(error.code).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(error.attempts).toBeLessThanOrEqual(2);
    nock.cleanAll();
  });

  it.each([0, -1, Number.NaN, 2_147_483_648, Infinity])('refuses timeout %s when the client is made, by the setter and per call', async (timeout) => {
    expect(() => createClerkClient({ secretKey: TEST_SECRET_KEY, httpOptions: { timeout } })).toThrow(ClerkSDKError);
    expect(() => setClerkHttpOptions({ timeout })).toThrow(/httpOptions\.timeout/);
    const client = createClerkClient({ secretKey: TEST_SECRET_KEY, apiUrl: TEST_API_URL });
    const error = await rejectionOf(send({ method: 'GET', path: '/jwks' }, {}, { timeout }));
    expect(error.code).toBe('invalid_argument');
    expect(client).toBeDefined();
  });

  it('refuses bad retry limits and maxRetries', async () => {
    expect(() => createClerkClient({ httpOptions: { retry: -1 } })).toThrow(/whole number/);
    expect(() => createClerkClient({ httpOptions: { retry: { limit: 1.5 } } })).toThrow(/whole number/);
    expect((await rejectionOf(send({ method: 'GET', path: '/jwks' }, {}, { maxRetries: Number.NaN }))).code).toBe('invalid_argument');
  });
});

describe('retry policy', () => {
  it('retries a GET on 503 and succeeds', async () => {
    clerkApi()
      .get('/v1/users')
      .reply(503, 'unavailable')
      .get('/v1/users')
      .reply(200, [{ id: 'user_1' }]);
    await expect(send({ method: 'GET', path: '/users' }, { httpOptions: FAST })).resolves.toEqual([{ id: 'user_1' }]);
  });

  it('does not retry a POST on 503, even when methods lists post', async () => {
    clerkApi().post('/v1/users').reply(503, 'unavailable');
    const error = await rejectionOf(send({ method: 'POST', path: '/users', body: { a: 1 } }, { httpOptions: { retry: { limit: 3, methods: ['post'] } } }));
    expect(error).toBeInstanceOf(ClerkServerError);
    expect(error.attempts).toBe(1);
  });

  it('retries a POST on 429, honouring Retry-After: 0', async () => {
    clerkApi().post('/v1/users').reply(429, {}, { 'retry-after': '0' }).post('/v1/users').reply(200, { id: 'user_1' });
    await expect(send({ method: 'POST', path: '/users', body: { a: 1 } })).resolves.toEqual({ id: 'user_1' });
  });

  it('fails at once with the 429 and its retryAfter when Retry-After is above the cap', async () => {
    clerkApi()
      .get('/v1/users')
      .reply(429, { errors: [{ code: 'too_many_requests', message: 'slow' }] }, { 'retry-after': '3600' });
    const started = Date.now();
    const error = await rejectionOf(send({ method: 'GET', path: '/users' }));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(error).toBeInstanceOf(ClerkRateLimitError);
    expect(error.retryAfter).toBe(3600);
    expect(error.code).toBe('too_many_requests');
    expect(error.attempts).toBe(1);
  });

  it('lets a call turn retries off with maxRetries: 0', async () => {
    clerkApi().get('/v1/users').reply(503, 'unavailable');
    const error = await rejectionOf(send({ method: 'GET', path: '/users' }, {}, { maxRetries: 0 }));
    expect(error.attempts).toBe(1);
  });

  it('reports each attempt and retry to the events and the log, without secrets', async () => {
    const lines: string[] = [];
    const events: unknown[] = [];
    clerkApi().get('/v1/users').reply(503, 'unavailable', { 'cf-ray': 'ray_1' }).get('/v1/users').reply(200, []);
    await send(
      { method: 'GET', path: '/users' },
      {
        logging: true,
        logger: (line) => lines.push(line),
        httpOptions: {
          ...FAST,
          onRequest: (e) => events.push(['request', e]),
          onResponse: (e) => events.push(['response', e]),
          onRetry: (e) => events.push(['retry', e]),
        },
      },
    );
    expect(events.map((e) => (e as [string])[0])).toEqual(['request', 'response', 'retry', 'request', 'response']);
    expect(events[1]).toEqual(['response', expect.objectContaining({ method: 'GET', path: '/users', attempt: 1, status: 503, clerkTraceId: 'ray_1' })]);
    expect(events[2]).toEqual(['retry', expect.objectContaining({ attempt: 1, status: 503, delayMs: expect.any(Number) })]);
    expect(events[4]).toEqual(['response', expect.objectContaining({ attempt: 2, status: 200 })]);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^\[clerk\] retry GET \/users attempt 2 of 3 in \d+ms after 503$/);
    expect(JSON.stringify(events) + lines.join('')).not.toContain(TEST_SECRET_KEY);
  });
});

describe('hooks and custom fetch (the httpOptions.hooks contract)', () => {
  it('gives hooks a Request without the key, and still sends the key', async () => {
    const seen: string[] = [];
    clerkApi().get('/v1/users/user_1').reply(200, { id: 'user_1' });
    await send(
      { method: 'GET', path: '/users/user_1' },
      {
        httpOptions: {
          hooks: {
            beforeRequest: [(request) => void seen.push(`before ${request.method} ${request.headers.get('authorization')}`)],
            afterResponse: [(request, response) => void seen.push(`after ${response.status} ${request.headers.get('authorization')}`)],
          },
        },
      },
    );
    expect(seen).toEqual(['before GET null', 'after 200 null']);
  });

  it('lets beforeRequest answer instead of the network and afterResponse replace the response', async () => {
    const result = await send(
      { method: 'GET', path: '/users/user_1' },
      {
        httpOptions: {
          hooks: {
            beforeRequest: [() => new Response(JSON.stringify({ id: 'from_hook' }), { status: 200 })],
            afterResponse: [() => new Response(JSON.stringify({ id: 'replaced' }), { status: 200 })],
          },
        },
      },
    );
    expect(result).toEqual({ id: 'replaced' });
  });

  it('calls beforeRetry with the typed error and the retry count', async () => {
    const retries: Array<[number, string]> = [];
    clerkApi().get('/v1/users').reply(503, 'x').get('/v1/users').reply(200, []);
    await send(
      { method: 'GET', path: '/users' },
      {
        httpOptions: {
          ...FAST,
          hooks: {
            beforeRetry: [({ error, retryCount, request }) => void retries.push([retryCount, `${error.name} ${request.headers.get('authorization')}`])],
          },
        },
      },
    );
    expect(retries).toEqual([[1, 'ClerkServerError null']]);
  });

  it('hands a custom fetch a Request that carries the key and the per-call headers', async () => {
    const fetch = vi.fn(
      async (request: Request) =>
        new Response(JSON.stringify({ auth: request.headers.get('authorization'), x: request.headers.get('x-call') }), { status: 200 }),
    );
    await expect(send({ method: 'GET', path: '/jwks' }, { httpOptions: { fetch } }, { headers: { 'X-Call': 'yes' } })).resolves.toEqual({
      auth: `Bearer ${TEST_SECRET_KEY}`,
      x: 'yes',
    });
  });

  it('bounds a custom fetch that ignores the signal by the deadline', async () => {
    const fetch = () => new Promise<Response>(() => undefined);
    const error = await rejectionOf(send({ method: 'GET', path: '/jwks' }, { httpOptions: { fetch, timeout: 30, retry: 0 } }));
    expect(error).toBeInstanceOf(ClerkTimeoutError);
  });

  it('maps statuses and network failures the same way with hooks as without', async () => {
    for (const httpOptions of [{ retry: 0 }, { retry: 0, hooks: { beforeRequest: [() => undefined] } }]) {
      clerkApi()
        .get('/v1/users/user_404')
        .reply(404, { errors: [{ code: 'resource_not_found', message: 'm', long_message: 'Gone.' }] });
      const apiError = await rejectionOf(send({ method: 'GET', path: '/users/user_404' }, { httpOptions }));
      expect(apiError).toBeInstanceOf(ClerkNotFoundError);
      expect(apiError.errors[0].longMessage).toBe('Gone.');
      clerkApi().get('/v1/users').replyWithError({ code: 'ECONNRESET', message: 'socket hang up' });
      const networkError = await rejectionOf(send({ method: 'GET', path: '/users' }, { httpOptions }));
      expect(networkError.code).toBe('network_error');
      expect(networkError.message).toContain('ECONNRESET');
    }
  });

  it('leaves no timer behind when a replaced global fetch throws synchronously', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.stubGlobal('fetch', () => {
      throw new TypeError('fetch is broken');
    });
    try {
      const error = await rejectionOf(send({ method: 'GET', path: '/users' }, { httpOptions: { retry: 0 } }));
      expect(error.code).toBe('network_error');
      expect(error.message).toContain('fetch is broken');
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('reports an unparsable base URL as a network error without retrying', async () => {
    const error = await rejectionOf(send({ method: 'GET', path: '/users' }, { apiUrl: 'not a url' }));
    expect(error.code).toBe('network_error');
    expect(error.message).toContain('not valid');
    expect(error.attempts).toBe(1);
  });

  it('follows httpOptions replaced after the client was built (the v4 setter)', async () => {
    const options: ClerkOptions = { secretKey: TEST_SECRET_KEY, apiUrl: TEST_API_URL };
    const requester = createRequester(() => resolveConfig(options, {}));
    clerkApi().get('/v1/jwks').delay(100).reply(200, {});
    options.httpOptions = { timeout: 20, retry: 0 };
    expect((await rejectionOf(requester.request({ method: 'GET', path: '/jwks' }))).code).toBe('timeout');
  });
});

describe('signals', () => {
  it('rejects at once when the signal already fired, sending nothing', async () => {
    const controller = new AbortController();
    controller.abort('stop');
    const error = await rejectionOf(send({ method: 'GET', path: '/users' }, {}, { signal: controller.signal }));
    expect(error).toBeInstanceOf(ClerkAbortedError);
    expect(error.cause).toBe('stop');
  });

  it('does not let a fired client-wide signal kill a call that brings its own', async () => {
    const clientWide = new AbortController();
    clientWide.abort();
    clerkApi().get('/v1/jwks').reply(200, { keys: [] });
    await expect(
      send({ method: 'GET', path: '/jwks' }, { httpOptions: { signal: clientWide.signal } }, { signal: new AbortController().signal }),
    ).resolves.toEqual({
      keys: [],
    });
    expect((await rejectionOf(send({ method: 'GET', path: '/jwks' }, { httpOptions: { signal: clientWide.signal } }))).code).toBe('aborted');
  });

  it('aborts a backoff wait at once', async () => {
    const controller = new AbortController();
    clerkApi().get('/v1/users').reply(429, {}, { 'retry-after': '30' });
    const pending = rejectionOf(send({ method: 'GET', path: '/users' }, {}, { signal: controller.signal }));
    setTimeout(() => controller.abort(new Error('bye')), 50);
    const started = Date.now();
    const error = await pending;
    expect(Date.now() - started).toBeLessThan(1000);
    expect(error.code).toBe('aborted');
    expect(error.cause.message).toBe('bye');
  });
});

describe('input and response checks', () => {
  it('refuses a key with CR, LF, NUL or non-ASCII characters without echoing it', async () => {
    for (const secretKey of ['sk_test_a\r\nX-Evil: 1', 'sk_test_\0nul', 'sk_test_é']) {
      const error = await rejectionOf(send({ method: 'GET', path: '/jwks' }, { secretKey }));
      expect(error.code).toBe('invalid_argument');
      expect(error.message).not.toContain(secretKey);
      expect(error.message).not.toContain('sk_test');
    }
  });

  it('refuses query values that are objects, invalid Dates or nested arrays', () => {
    expect(() => buildQuery({ a: { b: 1 } })).toThrow(/Query parameter "a"/);
    expect(() => buildQuery({ a: new Date(Number.NaN) })).toThrow(/invalid Date/);
    expect(() => buildQuery({ a: [[1]] })).toThrow(/nested array/);
    expect(buildQuery({ a: [1, 'x', true], d: new Date(5) })).toBe('?a=1&a=x&a=true&d=5');
  });

  it.each([Number.NaN, Infinity, -1, 1.5])('refuses the numeric id %s', (id) => {
    expect(typeof path`/users/${id}`).toBe('object');
  });

  it.each([
    ['an empty 200', ''],
    ['null', 'null'],
    ['a string', '"hello"'],
    ['an empty object', '{}'],
  ])('refuses %s where a model is expected', async (_name, body) => {
    clerkApi().get('/v1/users/user_1').reply(200, body, { 'content-type': 'application/json' });
    const error = await rejectionOf(send({ method: 'GET', path: '/users/user_1', deserialize: User.fromJSON }));
    expect(error).toBeInstanceOf(ClerkInvalidResponseError);
    expect(error.status).toBe(200);
  });

  it('refuses a 204 where a model is expected but accepts it where nothing is', async () => {
    clerkApi().get('/v1/users/user_1').reply(204).delete('/v1/webhooks/svix').reply(204);
    expect((await rejectionOf(send({ method: 'GET', path: '/users/user_1', deserialize: User.fromJSON }))).message).toContain('204');
    await expect(send({ method: 'DELETE', path: '/webhooks/svix', deserialize: () => undefined })).resolves.toBeUndefined();
  });

  it('turns a deserializer that throws into invalid_response, never a raw TypeError', async () => {
    clerkApi().get('/v1/x').reply(200, { id: 'x' });
    const error = await rejectionOf(
      send({
        method: 'GET',
        path: '/x',
        deserialize: (json: { nested: { deep: string } }) => json.nested.deep,
      }),
    );
    expect(error).toBeInstanceOf(ClerkInvalidResponseError);
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('accepts a { data, total_count } users list and refuses other list shapes', async () => {
    const user = fixture('users/get-user');
    const client = createClerkClient({ secretKey: TEST_SECRET_KEY, apiUrl: TEST_API_URL });
    clerkApi()
      .get('/v1/users')
      .reply(200, { data: [user], total_count: 1 })
      .get('/v1/users/count')
      .reply(200, { object: 'total_count', total_count: 1 });
    const list = await client.users.getUserList();
    expect(list.map((u) => u.id)).toEqual([user.id]);
    clerkApi().get('/v1/allowlist_identifiers').query(true).reply(200, { rows: [] });
    expect((await rejectionOf(client.allowlistIdentifiers.getAllowlistIdentifierList())).code).toBe('invalid_response');
    clerkApi().get('/v1/allowlist_identifiers').query(true).reply(200, { data: [], total_count: 'x' });
    expect((await rejectionOf(client.allowlistIdentifiers.getAllowlistIdentifierList())).message).toContain('total_count');
  });
});

describe('the error family', () => {
  it.each([
    [400, 'ClerkBadRequestError'],
    [401, 'ClerkAuthenticationError'],
    [403, 'ClerkPermissionDeniedError'],
    [404, 'ClerkNotFoundError'],
    [409, 'ClerkConflictError'],
    [422, 'ClerkUnprocessableEntityError'],
    [429, 'ClerkRateLimitError'],
    [500, 'ClerkServerError'],
    [418, 'ClerkAPIResponseError'],
  ])('maps %i to %s with the first error code on the error', async (status, name) => {
    clerkApi()
      .get('/v1/users')
      .reply(status, { errors: [{ code: `code_${status}`, message: 'm' }] });
    const error = await rejectionOf(send({ method: 'GET', path: '/users' }, { httpOptions: { retry: 0 } }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.name).toBe(name);
    expect(error.code).toBe(`code_${status}`);
    expect(error instanceof ClerkNotFoundError).toBe(status === 404);
  });
});

describe('ports fetch will not use', () => {
  it('reports port 1 (a fetch "bad port") as a network error naming the port, without retrying', async () => {
    nock.restore();
    try {
      const error = await rejectionOf(send({ method: 'GET', path: '/users' }, { apiUrl: 'http://127.0.0.1:1' }));
      expect(error.code).toBe('network_error');
      expect(error.message).toContain('port 1 (bad port)');
      expect(error.attempts).toBe(1);
    } finally {
      nock.activate();
    }
  });
});
