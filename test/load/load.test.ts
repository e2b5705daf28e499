import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClerkAPIResponseError, ClerkConnectionError, ClerkNotFoundError, createClerkClient } from '../../src/index';
import { activeTimers, eventually, startFaultServer, USER_JSON, type FaultServer } from '../faults/server';

// A real collection before each heap reading, so the comparison is of live memory, not of garbage not yet collected.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
function liveHeap(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

const CALLS = 10_000;
const CONCURRENCY = 64;

let server: FaultServer;

beforeAll(async () => {
  nock.restore();
  // A fixed share of faults by request number: every 10th answers 503, every 25th resets, every 50th is a 404.
  // Retries turn most 503s and resets into successes; the counts below must still add up exactly.
  server = await startFaultServer((req, res, n) => {
    if (n % 25 === 0) {
      req.socket.destroy();
      return;
    }
    if (n % 10 === 0) {
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end('{"errors":[{"code":"unavailable","message":"busy"}]}');
      return;
    }
    if (n % 50 === 1) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"errors":[{"code":"resource_not_found","message":"no"}]}');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(USER_JSON);
  });
});

afterAll(async () => {
  await server.close();
  nock.activate();
});

describe('load', () => {
  it(`settles ${CALLS} calls at concurrency ${CONCURRENCY} with injected faults; counts add up, handles and heap return`, async () => {
    const client = createClerkClient({ secretKey: 'sk_test_load', apiUrl: server.url, httpOptions: { timeout: 5_000, retry: { backoffLimit: 5 } } });
    // Warm up with the same mix so the baselines include the connection pool, undici's own timer and compiled code.
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let i = 0; i < 30; i++) await client.users.getUser('warm').catch(() => undefined);
      }),
    );
    const warmupRequests = server.requests;
    const timersBefore = activeTimers();
    const heapBefore = liveHeap();
    const counts = { ok: 0, notFound: 0, server: 0, connection: 0, other: 0 };
    let next = 0;
    const started = Date.now();
    async function worker(): Promise<void> {
      while (next < CALLS) {
        next++;
        try {
          await client.users.getUser('user_1');
          counts.ok++;
        } catch (error) {
          if (error instanceof ClerkNotFoundError) counts.notFound++;
          else if (error instanceof ClerkAPIResponseError) counts.server++;
          else if (error instanceof ClerkConnectionError) counts.connection++;
          else counts.other++;
        }
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const elapsed = Date.now() - started;
    expect(counts.ok + counts.notFound + counts.server + counts.connection + counts.other).toBe(CALLS);
    expect(counts.other).toBe(0);
    expect(counts.notFound).toBeGreaterThan(0);
    expect(counts.ok).toBeGreaterThan(CALLS * 0.9);
    // Retries happened: the server saw more requests than there were calls.
    expect(server.requests - warmupRequests).toBeGreaterThan(CALLS);
    expect(elapsed).toBeLessThan(60_000);
    expect(await eventually(() => activeTimers() <= timersBefore)).toBe(true);
    // 10,000 calls leave nothing behind beyond allocator noise (each call's response, error and timers are gone).
    expect(liveHeap() - heapBefore).toBeLessThan(8 * 1024 * 1024);
  }, 90_000);
});
