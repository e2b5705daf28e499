// Tests for mutants of src/core/http.ts that survived a Stryker run (see test/MUTATION.md): the retry decision and
// backoff, the size limit at its edge, the exact messages of unusable answers, and Retry-After parsing. Answers come
// from a custom fetch (no network) or nock.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveConfig } from '../../src/config';
import { ClerkAPIResponseError, ClerkInvalidResponseError, ClerkRateLimitError, ClerkSDKError } from '../../src/core/errors';
import { createRequester, parseRetryAfter, parseRetryAfterMs, type RequestSpec } from '../../src/core/http';
import type { ClerkOptions, HttpOptions } from '../../src/core/types';
import { clerkApi, rejectionOf, TEST_API_URL, TEST_SECRET_KEY } from '../helpers/nock';

function send<T = unknown>(spec: RequestSpec<T>, options: ClerkOptions = {}): Promise<T> {
  const config = resolveConfig({ secretKey: TEST_SECRET_KEY, apiUrl: TEST_API_URL, ...options }, {});
  return createRequester(() => config).request(spec);
}

/** A custom fetch that answers from a list (one per request) and counts the requests. */
function answers(...make: Array<() => Response>): { fetch: NonNullable<HttpOptions['fetch']>; requests: string[] } {
  const requests: string[] = [];
  return {
    requests,
    fetch: async (request: Request) => {
      requests.push(request.method);
      const next = make[requests.length - 1];
      if (!next) throw new Error('unexpected extra request');
      return next();
    },
  };
}

const json =
  (status: number, body: unknown, headers: Record<string, string> = {}) =>
  () =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('retry decision', () => {
  it('a 300 is an API error, not a success', async () => {
    const { fetch } = answers(json(300, { errors: [{ code: 'multiple_choices', message: 'm' }] }));
    const error = await rejectionOf(send({ method: 'GET', path: '/users' }, { httpOptions: { fetch } }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(300);
  });

  it('retry.methods lists which methods may be retried, in lower case', async () => {
    const get = answers(json(503, {}), json(200, { id: 'user_1' }));
    await expect(
      send({ method: 'GET', path: '/users/user_1' }, { httpOptions: { fetch: get.fetch, retry: { methods: ['get'], backoffLimit: 1 } } }),
    ).resolves.toEqual({
      id: 'user_1',
    });
    expect(get.requests).toEqual(['GET', 'GET']);
    // A 429 POST is retried by default, but not when POST is not in the list.
    const post = answers(json(429, {}, { 'retry-after': '0' }));
    const error = await rejectionOf(
      send({ method: 'POST', path: '/users', body: { a: 1 } }, { httpOptions: { fetch: post.fetch, retry: { methods: ['get'] } } }),
    );
    expect(error).toBeInstanceOf(ClerkRateLimitError);
    expect(post.requests).toEqual(['POST']);
  });

  it('a Retry-After above the default cap of 60 s fails at once', async () => {
    const { fetch, requests } = answers(json(429, {}, { 'retry-after': '61' }));
    const started = Date.now();
    const error = await rejectionOf(send({ method: 'GET', path: '/users' }, { httpOptions: { fetch } }));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(error.retryAfter).toBe(61);
    expect(requests).toHaveLength(1);
  });

  it('a Retry-After equal to maxRetryAfter is still waited out', async () => {
    const { fetch, requests } = answers(json(429, {}, { 'retry-after': '1' }), json(200, { id: 'user_1' }));
    await expect(send({ method: 'GET', path: '/users/user_1' }, { httpOptions: { fetch, retry: { maxRetryAfter: 1000 } } })).resolves.toEqual({ id: 'user_1' });
    expect(requests).toHaveLength(2);
  });

  it('backs off by random × min(backoffLimit, 500 ms × 2^(attempt-1))', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.01);
    const delays: number[] = [];
    const first = answers(json(503, {}), json(503, {}), json(200, []));
    await send({ method: 'GET', path: '/users' }, { httpOptions: { fetch: first.fetch, onRetry: (e) => delays.push(e.delayMs) } });
    expect(delays).toEqual([5, 10]);
    delays.length = 0;
    const capped = answers(json(503, {}), json(503, {}), json(200, []));
    await send(
      { method: 'GET', path: '/users' },
      { httpOptions: { fetch: capped.fetch, retry: { backoffLimit: 700 }, onRetry: (e) => delays.push(e.delayMs) } },
    );
    expect(delays).toEqual([5, 7]);
  });
});

describe('response size limit', () => {
  it('a body of exactly maxResponseBytes is read, with or without a content-length', async () => {
    clerkApi().get('/v1/page').reply(200, 'abcdefghij', { 'content-length': '10' });
    await expect(send({ method: 'GET', path: '/page', responseType: 'text' }, { httpOptions: { maxResponseBytes: 10 } })).resolves.toBe('abcdefghij');
    const { fetch } = answers(() => new Response(new TextEncoder().encode('abcdefghij')));
    await expect(send({ method: 'GET', path: '/page', responseType: 'text' }, { httpOptions: { fetch, maxResponseBytes: 10 } })).resolves.toBe('abcdefghij');
  });

  it('a body of unknown size is counted while it is read and refused past the limit', async () => {
    const { fetch } = answers(() => new Response(new TextEncoder().encode('abcdefghijk')));
    const error = await rejectionOf(send({ method: 'GET', path: '/page', responseType: 'text' }, { httpOptions: { fetch, maxResponseBytes: 10 } }));
    expect(error).toBeInstanceOf(ClerkInvalidResponseError);
    expect(error.message).toBe('GET /page: the response body is larger than the limit of 10 bytes (httpOptions.maxResponseBytes); it was not read.');
  });
});

describe('messages of unusable successful answers', () => {
  const model = (raw: { id?: unknown }) => ({ id: raw.id });

  it('an empty body where an object is expected names the status', async () => {
    clerkApi().get('/v1/users/u1').reply(204).get('/v1/users/u2').reply(200, '');
    expect((await rejectionOf(send({ method: 'GET', path: '/users/u1', deserialize: model }))).message).toBe(
      'GET /users/u1: expected a JSON object, got a 204 with no body.',
    );
    expect((await rejectionOf(send({ method: 'GET', path: '/users/u2', deserialize: model }))).message).toBe(
      'GET /users/u2: expected a JSON object, got an empty 200 body.',
    );
  });

  it.each([
    ['null', 'null'],
    ['"text"', 'string'],
    ['5', 'number'],
  ])('JSON %s where an object is expected is refused', async (body, what) => {
    const { fetch } = answers(() => new Response(body, { status: 200 }));
    const error = await rejectionOf(send({ method: 'GET', path: '/users/u1', deserialize: model }, { httpOptions: { fetch } }));
    expect(error).toBeInstanceOf(ClerkInvalidResponseError);
    expect(error.message).toBe(`GET /users/u1: expected a JSON object, got ${what}.`);
  });

  it('a body that is not JSON and has no content type says so', async () => {
    const { fetch } = answers(() => new Response(new TextEncoder().encode('<html>')));
    const error = await rejectionOf(send({ method: 'GET', path: '/users' }, { httpOptions: { fetch } }));
    expect(error.message).toBe('Clerk API answered 200 with a body that is not JSON (no content type).');
  });

  it('a deserializer that refuses with a ClerkSDKError keeps its message, prefixed with the call', async () => {
    const { fetch } = answers(json(200, { id: 'x' }));
    const refuse = () => {
      throw new ClerkSDKError('invalid_response', 'expected a list.');
    };
    const error = await rejectionOf(
      send({ method: 'GET', path: '/users', deserialize: (raw: unknown) => (raw ? refuse() : undefined) }, { httpOptions: { fetch } }),
    );
    expect(error).toBeInstanceOf(ClerkInvalidResponseError);
    expect(error.message).toBe('GET /users: expected a list.');
    expect(error.cause).toBeUndefined();
  });

  it.each([
    [new Error('boom'), 'boom'],
    [undefined, 'undefined'],
    ['plain', 'plain'],
  ])('a deserializer that throws %s is reported with what it threw', async (thrown, what) => {
    const { fetch } = answers(json(200, { id: 'x' }));
    const error = await rejectionOf(
      send(
        {
          method: 'GET',
          path: '/users',
          deserialize: (raw: unknown) => {
            if (raw) throw thrown;
          },
        },
        { httpOptions: { fetch } },
      ),
    );
    expect(error).toBeInstanceOf(ClerkInvalidResponseError);
    expect(error.message).toBe(`GET /users: the response could not be read as the expected object (${what}).`);
  });

  it('an object without id or object is refused; a result that is null, or whose id came from elsewhere, is not', async () => {
    const empty = answers(json(200, {}));
    expect((await rejectionOf(send({ method: 'GET', path: '/users/u1', deserialize: model }, { httpOptions: { fetch: empty.fetch } }))).message).toBe(
      'GET /users/u1: expected an object with an id, got one without.',
    );
    const nothing = answers(json(200, { name: 'x' }));
    await expect(
      send({ method: 'GET', path: '/users/u1', deserialize: (raw: unknown) => (raw ? null : null) }, { httpOptions: { fetch: nothing.fetch } }),
    ).resolves.toBeNull();
    const computed = answers(json(200, { name: 'x' }));
    await expect(
      send(
        { method: 'GET', path: '/users/u1', deserialize: (raw: { name: string }) => ({ id: `id_${raw.name}` }) },
        { httpOptions: { fetch: computed.fetch } },
      ),
    ).resolves.toEqual({ id: 'id_x' });
  });
});

describe('messages of API errors without error entries', () => {
  it.each([
    [502, 'Bad Gateway', 'text/html; charset=utf-8', 'Clerk API error 502: 502 Bad Gateway (non-JSON response: text/html)'],
    [500, 'Internal Server Error', 'application/json', 'Clerk API error 500: 500 Internal Server Error'],
    [500, '', 'application/json', 'Clerk API error 500: 500 error'],
  ])('%d %j (%s)', async (status, statusText, type, message) => {
    const { fetch } = answers(() => new Response(type.startsWith('text') ? '<html>' : '{}', { status, statusText, headers: { 'content-type': type } }));
    const error = await rejectionOf(send({ method: 'GET', path: '/users' }, { httpOptions: { fetch, retry: 0 } }));
    expect(error.message).toBe(message);
  });

  it('entries with fields of the wrong type get the defaults', async () => {
    const { fetch } = answers(json(422, { errors: [{ code: 12, message: null, long_message: 3, meta: 'x' }, 'junk'] }));
    const error = await rejectionOf(send({ method: 'GET', path: '/users' }, { httpOptions: { fetch } }));
    const blank = { code: 'unknown_error', message: '', longMessage: '', meta: {} };
    expect(error.errors).toEqual([blank, blank]);
  });
});

describe('Retry-After parsing', () => {
  it('reads delta-seconds, trimmed', () => {
    expect(parseRetryAfter(' 5 ')).toBe(5);
    expect(parseRetryAfterMs(' 2 ')).toBe(2000);
  });

  it('ignores values that are neither delta-seconds nor a date', () => {
    for (const value of [null, '', '   ', '5abc', '10 seconds']) {
      expect(parseRetryAfter(value)).toBeUndefined();
      expect(parseRetryAfterMs(value)).toBeUndefined();
    }
  });

  it('reads HTTP dates, in the IMF and asctime forms, as the time left (0 once past)', () => {
    const inOneMinute = new Date(Date.now() + 60_000);
    const ms = parseRetryAfterMs(inOneMinute.toUTCString()) as number;
    expect(ms).toBeGreaterThan(55_000);
    expect(ms).toBeLessThanOrEqual(60_000);
    expect(parseRetryAfter(inOneMinute.toUTCString())).toBeGreaterThanOrEqual(55);
    expect(parseRetryAfter('Sun Nov  6 08:49:37 1994')).toBe(0);
    expect(parseRetryAfterMs('Sun Nov  6 08:49:37 1994')).toBe(0);
  });
});
