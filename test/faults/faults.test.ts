import nock from 'nock';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ClerkConnectionError,
  ClerkInvalidResponseError,
  ClerkRateLimitError,
  ClerkServerError,
  ClerkTimeoutError,
  createClerkClient,
  type ClerkClient,
  type HttpOptions,
} from '../../src/index';
import { activeTimers, closedPort, eventually, startFaultServer, USER_JSON, type FaultHandler, type FaultServer } from './server';

const KEY = 'sk_test_fault_suite_0123456789';
const TIMEOUT = 300;
const FAST_RETRY = { backoffLimit: 20 };

let server: FaultServer;
let baselineTimers = 0;

beforeAll(async () => {
  // The real fetch, not nock's interceptor: aborts must reach real sockets for the connection checks to mean anything.
  nock.restore();
  server = await startFaultServer((_req, res) => res.end());
});

afterAll(async () => {
  await server.close();
  nock.activate();
});

afterEach(() => {
  server.handle((_req, res) => res.end());
});

function client(httpOptions: HttpOptions = {}, apiUrl = server.url): ClerkClient {
  return createClerkClient({ secretKey: KEY, apiUrl, httpOptions: { timeout: TIMEOUT, retry: FAST_RETRY, ...httpOptions } });
}

interface Outcome {
  error: any;
  attempts: number;
  elapsed: number;
}

// Runs one call against a fault, and checks what every fault test checks: it rejects, and no timer outlives it.
async function fault(handler: FaultHandler, call: (c: ClerkClient) => Promise<unknown>, httpOptions: HttpOptions = {}): Promise<Outcome> {
  server.handle(handler);
  const before = server.requests;
  baselineTimers = activeTimers();
  const started = Date.now();
  let error: unknown;
  try {
    await call(client(httpOptions));
  } catch (e) {
    error = e;
  }
  const elapsed = Date.now() - started;
  expect(error, 'the call should have failed').toBeDefined();
  expect(activeTimers(), 'a timer outlived the call').toBeLessThanOrEqual(baselineTimers);
  return { error, attempts: server.requests - before, elapsed };
}

const getUser = (c: ClerkClient) => c.users.getUser('user_1');
const createUser = (c: ClerkClient) => c.users.createUser({ firstName: 'Ada' });

function json(res: import('node:http').ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

describe('connection failures', () => {
  it('refused: typed, names host and reason, and a GET and even a POST are retried (nothing was sent)', async () => {
    const port = await closedPort();
    for (const call of [getUser, createUser]) {
      const started = Date.now();
      const before = activeTimers();
      let error: any;
      await call(client({}, `http://127.0.0.1:${port}`)).catch((e: unknown) => (error = e));
      expect(error).toBeInstanceOf(ClerkConnectionError);
      expect(error.code).toBe('network_error');
      expect(error.message).toContain(`ECONNREFUSED 127.0.0.1:${port}`);
      expect(error.attempts).toBe(3);
      expect(error.message).toContain('after 3 attempts');
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(activeTimers()).toBeLessThanOrEqual(before);
    }
  });

  it('reset before headers: a GET is retried, a POST is not', async () => {
    const reset: FaultHandler = (req) => req.socket.resetAndDestroy();
    const get = await fault(reset, getUser);
    expect(get.error).toBeInstanceOf(ClerkConnectionError);
    expect(get.attempts).toBe(3);
    expect(get.error.attempts).toBe(3);
    const post = await fault(reset, createUser);
    expect(post.error).toBeInstanceOf(ClerkConnectionError);
    expect(post.attempts).toBe(1);
  });

  it('reset mid-body: a connection error, not a raw TypeError', async () => {
    const { error, attempts } = await fault((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '5000' });
      res.write(USER_JSON.slice(0, 40));
      setTimeout(() => res.socket?.resetAndDestroy(), 10);
    }, getUser);
    expect(error).toBeInstanceOf(ClerkConnectionError);
    expect(error.message).toContain('while reading the response body');
    expect(attempts).toBe(3);
    expect(await eventually(() => server.openConnections === 0)).toBe(true);
  });

  it('short content-length: the body ends early and the call fails typed', async () => {
    const { error, attempts } = await fault((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(USER_JSON.length + 100) });
      res.write(USER_JSON);
      res.socket?.end();
    }, getUser);
    expect(error).toBeInstanceOf(ClerkConnectionError);
    expect(attempts).toBe(3);
  });
});

describe('stalls: the deadline covers headers and body, and the socket is released', () => {
  it('stall before headers', async () => {
    const { error, attempts, elapsed } = await fault(() => undefined, getUser, { retry: 0 });
    expect(error).toBeInstanceOf(ClerkTimeoutError);
    expect(error.message).toContain(`${TIMEOUT} ms`);
    expect(attempts).toBe(1);
    expect(elapsed).toBeLessThan(TIMEOUT + 700);
    expect(await eventually(() => server.openConnections === 0)).toBe(true);
  });

  it('stall mid-body', async () => {
    const { error, attempts, elapsed } = await fault(
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(USER_JSON.length) });
        res.write(USER_JSON.slice(0, 20));
      },
      getUser,
      { retry: 0 },
    );
    expect(error).toBeInstanceOf(ClerkTimeoutError);
    expect(error.message).toContain('while reading the response body');
    expect(attempts).toBe(1);
    expect(elapsed).toBeLessThan(TIMEOUT + 700);
    expect(await eventually(() => server.openConnections === 0)).toBe(true);
  });

  it('trickle mid-body: a byte at a time never outlives the deadline, retries included', async () => {
    const timers = new Set<NodeJS.Timeout>();
    const { error, attempts, elapsed } = await fault(
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        let i = 0;
        const tick = setInterval(() => {
          if (res.destroyed || i >= USER_JSON.length) {
            clearInterval(tick);
            timers.delete(tick);
            return;
          }
          res.write(USER_JSON[i++]);
        }, 25);
        timers.add(tick);
      },
      getUser,
      { totalTimeout: 700 },
    );
    for (const t of timers) clearInterval(t);
    expect(error).toBeInstanceOf(ClerkTimeoutError);
    expect(attempts).toBeGreaterThanOrEqual(2);
    expect(attempts).toBeLessThanOrEqual(3);
    expect(elapsed).toBeLessThan(700 + 700);
    expect(await eventually(() => server.openConnections === 0)).toBe(true);
  });
});

describe('bodies that lie', () => {
  it('truncated JSON: invalid_response, not retried', async () => {
    const { error, attempts } = await fault((_req, res) => json(res, 200, USER_JSON.slice(0, 50)), getUser);
    expect(error).toBeInstanceOf(ClerkInvalidResponseError);
    expect(error.status).toBe(200);
    expect(attempts).toBe(1);
  });

  it('bad gzip: invalid_response', async () => {
    const { error, attempts } = await fault((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      res.end(Buffer.from('this is not gzip at all, not even a little'));
    }, getUser);
    expect(error).toBeInstanceOf(ClerkInvalidResponseError);
    expect(error.message).toMatch(/could not be decoded|not JSON/);
    expect(attempts).toBe(1);
  });

  it('gzip bomb: refused at the size limit while streaming, without inflating it into memory', async () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
    const rssBefore = process.memoryUsage().rss;
    const { error, attempts } = await fault(
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': String(bomb.length) });
        res.end(bomb);
      },
      getUser,
      { maxResponseBytes: 1024 * 1024, timeout: 5_000 },
    );
    expect(error).toBeInstanceOf(ClerkInvalidResponseError);
    expect(error.message).toContain('larger than the limit of 1048576 bytes');
    expect(attempts).toBe(1);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(48 * 1024 * 1024);
  });

  it('a plain body whose content-length is above the limit is refused before it is read', async () => {
    const { error } = await fault((_req, res) => json(res, 200, `{"id":"${'x'.repeat(2000)}"}`), getUser, { maxResponseBytes: 1000 });
    expect(error).toBeInstanceOf(ClerkInvalidResponseError);
  });

  it('HTML 502 from a proxy: a server error naming the content type, retried for a GET', async () => {
    const { error, attempts } = await fault((_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html><body>Bad gateway</body></html>');
    }, getUser);
    expect(error).toBeInstanceOf(ClerkServerError);
    expect(error.status).toBe(502);
    expect(error.message).toContain('text/html');
    expect(attempts).toBe(3);
  });

  it.each([
    ['204', (res: import('node:http').ServerResponse) => res.writeHead(204).end()],
    ['an empty 200', (res: import('node:http').ServerResponse) => json(res, 200, '')],
    ['null', (res: import('node:http').ServerResponse) => json(res, 200, 'null')],
    ['{}', (res: import('node:http').ServerResponse) => json(res, 200, '{}')],
  ])('%s where a model is expected: invalid_response', async (_name, answer) => {
    const { error, attempts } = await fault((_req, res) => answer(res), getUser);
    expect(error).toBeInstanceOf(ClerkInvalidResponseError);
    expect(attempts).toBe(1);
  });

  it('wrong content type: HTML with 200 is invalid_response naming it', async () => {
    const { error, attempts } = await fault((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Login</title>');
    }, getUser);
    expect(error).toBeInstanceOf(ClerkInvalidResponseError);
    expect(error.message).toContain('text/html');
    expect(attempts).toBe(1);
  });
});

describe('rate limits and storms', () => {
  it('429 with Retry-After in seconds is waited out and retried', async () => {
    let seen = 0;
    server.handle((_req, res) => (++seen === 1 ? json(res, 429, '{}', { 'retry-after': '1' }) : json(res, 200, USER_JSON)));
    const before = server.requests;
    const started = Date.now();
    const user = await client({ timeout: 2_000 }).users.getUser('user_1');
    expect(user.id).toBe('user_2grace');
    expect(server.requests - before).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('429 with Retry-After as an HTTP date is honoured', async () => {
    let seen = 0;
    server.handle((_req, res) =>
      ++seen === 1 ? json(res, 429, '{}', { 'retry-after': new Date(Date.now() + 1_000).toUTCString() }) : json(res, 200, USER_JSON),
    );
    const before = server.requests;
    await expect(client({ timeout: 2_000 }).users.createUser({ firstName: 'Ada' })).resolves.toBeDefined();
    expect(server.requests - before).toBe(2);
  });

  it('429 above the cap fails at once with retryAfter', async () => {
    const { error, attempts, elapsed } = await fault(
      (_req, res) => json(res, 429, '{"errors":[{"code":"too_many_requests","message":"slow"}]}', { 'retry-after': '120' }),
      getUser,
    );
    expect(error).toBeInstanceOf(ClerkRateLimitError);
    expect(error.retryAfter).toBe(120);
    expect(attempts).toBe(1);
    expect(elapsed).toBeLessThan(1_000);
  });

  it('429 past the overall deadline fails at once', async () => {
    const { error, attempts, elapsed } = await fault((_req, res) => json(res, 429, '{}', { 'retry-after': '5' }), getUser, { totalTimeout: 1_000 });
    expect(error).toBeInstanceOf(ClerkRateLimitError);
    expect(attempts).toBe(1);
    expect(elapsed).toBeLessThan(1_000);
  });

  it('503 storm: a GET makes exactly 3 attempts, a POST 1, both bounded', async () => {
    const storm: FaultHandler = (_req, res) => json(res, 503, '{"errors":[{"code":"service_unavailable","message":"down"}]}');
    const get = await fault(storm, getUser);
    expect(get.error).toBeInstanceOf(ClerkServerError);
    expect(get.attempts).toBe(3);
    expect(get.error.attempts).toBe(3);
    expect(get.error.code).toBe('service_unavailable');
    expect(get.elapsed).toBeLessThan(2_000);
    const post = await fault(storm, createUser);
    expect(post.attempts).toBe(1);
  });
});
