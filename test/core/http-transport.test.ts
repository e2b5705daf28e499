import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveConfig } from '../../src/config';
import { createRequester, type RequestSpec } from '../../src/core/http';
import type { ClerkOptions } from '../../src/core/types';
import { ClerkAPIResponseError, ClerkSDKError } from '../../src/index';
import { clerkApi, rejectionOf, TEST_API_URL, TEST_SECRET_KEY } from '../helpers/nock';

// ky stays the real ky; the spy only records which requests went through it.
const kyCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock('ky', async (importOriginal) => {
  const real = (await importOriginal<typeof import('ky')>()).default;
  const spy = ((...args: Parameters<typeof real>) => {
    kyCalls.count++;
    return real(...args);
  }) as typeof real;
  return { default: spy };
});

function send<T = unknown>(spec: RequestSpec<T>, options: ClerkOptions = {}): Promise<T> {
  const config = resolveConfig({ secretKey: TEST_SECRET_KEY, apiUrl: TEST_API_URL, ...options }, {});
  return createRequester(() => config).request(spec);
}

afterEach(() => {
  kyCalls.count = 0;
  vi.useRealTimers();
});

describe('which transport a request takes', () => {
  it('sends plain requests with fetch directly, without ky', async () => {
    clerkApi().get('/v1/users/user_1').reply(200, { id: 'user_1' });
    clerkApi().post('/v1/users', { first_name: 'Ada' }).matchHeader('content-type', 'application/json').reply(200, { id: 'user_2' });
    await expect(send({ method: 'GET', path: '/users/user_1' })).resolves.toEqual({ id: 'user_1' });
    await expect(send({ method: 'POST', path: '/users', body: { firstName: 'Ada' } })).resolves.toEqual({ id: 'user_2' });
    expect(kyCalls.count).toBe(0);
  });

  it('counts empty hook lists, retry 0 and timeout false as asking for nothing', async () => {
    clerkApi().get('/v1/jwks').reply(200, {});
    await send(
      { method: 'GET', path: '/jwks' },
      { httpOptions: { retry: { limit: 0 }, timeout: false, hooks: { beforeRequest: [], afterResponse: [], beforeRetry: [] } } },
    );
    expect(kyCalls.count).toBe(0);
  });

  it.each([
    ['retry', { retry: 2 }],
    ['retry object', { retry: { limit: 1 } }],
    ['a beforeRequest hook', { hooks: { beforeRequest: [() => undefined] } }],
    ['an afterResponse hook', { hooks: { afterResponse: [() => undefined] } }],
    ['a beforeRetry hook', { hooks: { beforeRetry: [() => undefined] } }],
    ['a caller signal', { signal: new AbortController().signal }],
  ])('goes through ky when httpOptions ask for %s', async (_name, httpOptions) => {
    clerkApi().get('/v1/jwks').reply(200, { keys: [] });
    await expect(send({ method: 'GET', path: '/jwks' }, { httpOptions })).resolves.toEqual({ keys: [] });
    expect(kyCalls.count).toBe(1);
  });

  it('goes through ky for a custom fetch, which receives a Request', async () => {
    const fetch = vi.fn(async (request: Request) => new Response(JSON.stringify({ url: request.url }), { status: 200 }));
    await expect(send({ method: 'GET', path: '/jwks' }, { httpOptions: { fetch } })).resolves.toEqual({ url: `${TEST_API_URL}/v1/jwks` });
    expect(fetch.mock.calls[0]?.[0]).toBeInstanceOf(Request);
    expect(kyCalls.count).toBe(1);
  });

  it('keeps ky’s refusal of a timeout beyond the timer limit', async () => {
    const error = await rejectionOf(send({ method: 'GET', path: '/jwks' }, { httpOptions: { timeout: 2_147_483_648 } }));
    expect(kyCalls.count).toBe(1);
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.cause).toBeInstanceOf(RangeError);
  });

  it('follows httpOptions replaced after the client was built (the v4 setter)', async () => {
    const options: ClerkOptions = { secretKey: TEST_SECRET_KEY, apiUrl: TEST_API_URL };
    const requester = createRequester(() => resolveConfig(options, {}));
    clerkApi().get('/v1/jwks').twice().reply(200, {});
    await requester.request({ method: 'GET', path: '/jwks' });
    expect(kyCalls.count).toBe(0);
    options.httpOptions = { retry: 1 };
    await requester.request({ method: 'GET', path: '/jwks' });
    expect(kyCalls.count).toBe(1);
  });
});

describe('without ky: the same outcomes', () => {
  it('applies the 30 s default timeout', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    clerkApi().get('/v1/users').delay(60_000).reply(200, []);
    let settled: unknown;
    const pending = send({ method: 'GET', path: '/users' }).then(
      (value) => (settled = { value }),
      (error: unknown) => (settled = { error }),
    );
    await vi.advanceTimersByTimeAsync(29_999);
    expect(settled).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    await Promise.race([pending, new Promise((resolve) => setImmediate(resolve))]);
    expect(settled).toBeDefined();
    const error = (settled as { error: ClerkSDKError & { cause: Error } }).error;
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.code).toBe('timeout');
    expect(error.message).toBe('GET /users timed out after 30000 ms.');
    expect(error.cause.name).toBe('TimeoutError');
    expect(kyCalls.count).toBe(0);
  });

  it('ignores a response that arrives after the timeout', async () => {
    clerkApi().get('/v1/users').delay(80).reply(200, [{ id: 'late' }]);
    const error = await rejectionOf(send({ method: 'GET', path: '/users' }, { httpOptions: { timeout: 20 } }));
    expect(error.code).toBe('timeout');
    expect(error.message).toContain('20 ms');
    // Let the late answer land: it must neither surface nor raise an unhandled rejection.
    await new Promise((resolve) => setTimeout(resolve, 150));
  });

  it('does not time out with timeout: false', async () => {
    clerkApi().get('/v1/users').delay(60).reply(200, [{ id: 'slow' }]);
    await expect(send({ method: 'GET', path: '/users' }, { httpOptions: { timeout: false } })).resolves.toEqual([{ id: 'slow' }]);
  });

  it('maps statuses and network failures exactly as the ky path does', async () => {
    for (const httpOptions of [{}, { hooks: { beforeRequest: [() => undefined] } }]) {
      clerkApi().get('/v1/users/user_404').reply(404, { errors: [{ code: 'resource_not_found', message: 'm', long_message: 'Gone.' }] });
      const apiError = await rejectionOf(send({ method: 'GET', path: '/users/user_404' }, { httpOptions }));
      expect(apiError).toBeInstanceOf(ClerkAPIResponseError);
      expect(apiError.status).toBe(404);
      expect(apiError.errors[0].longMessage).toBe('Gone.');

      clerkApi().get('/v1/users').replyWithError({ code: 'ECONNRESET', message: 'socket hang up' });
      const networkError = await rejectionOf(send({ method: 'GET', path: '/users' }, { httpOptions }));
      expect(networkError).toBeInstanceOf(ClerkSDKError);
      expect(networkError.code).toBe('network_error');
    }
    expect(kyCalls.count).toBe(2);
  });

  it('leaves no timer behind when a replaced global fetch throws synchronously', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.stubGlobal('fetch', () => {
      throw new TypeError('fetch is broken');
    });
    try {
      const error = await rejectionOf(send({ method: 'GET', path: '/users' }));
      expect(error.code).toBe('network_error');
      expect(error.message).toContain('fetch is broken');
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('reports an unparsable base URL as a network error, as ky does', async () => {
    for (const httpOptions of [{}, { retry: 1 }]) {
      const error = await rejectionOf(send({ method: 'GET', path: '/users' }, { apiUrl: 'not a url', httpOptions }));
      expect(error).toBeInstanceOf(ClerkSDKError);
      expect(error.code).toBe('network_error');
      expect(error.message).toContain('Failed to parse URL');
    }
  });
});
