// When an attempt runs out of time, the SDK must not only reject: it must abort the fetch so the socket closes at the
// deadline, whether the server stalls before the headers or in the middle of the body, and whichever way the request
// went out (the global fetch, hooks, or a custom fetch that honours the signal). The fault server keeps connections
// alive for 5 s and never finishes these answers, so a connection it still holds shortly after the timeout is one the
// SDK left hanging (a timeout that only stopped waiting on the body, say).
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ClerkTimeoutError, createClerkClient, type HttpOptions } from '../../src/index';
import { eventually, startFaultServer, USER_JSON, type FaultHandler, type FaultServer } from './server';

const KEY = 'sk_test_deadline_release_0123456789';
const TIMEOUT = 250;

let server: FaultServer;

beforeAll(async () => {
  // The real fetch, not nock's interceptor: the abort must reach a real socket.
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

const stallBeforeHeaders: FaultHandler = () => undefined;
const stallMidBody: FaultHandler = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(USER_JSON.length) });
  res.write(USER_JSON.slice(0, 20));
};

const ROUTES: Array<[string, HttpOptions]> = [
  ['the global fetch', {}],
  ['hooks', { hooks: { beforeRequest: [() => undefined] } }],
  ['a custom fetch', { fetch: (request: Request) => fetch(request) }],
];

describe('a timed-out attempt closes its connection at the deadline', () => {
  for (const [route, httpOptions] of ROUTES) {
    for (const [stage, handler] of [
      ['before the headers', stallBeforeHeaders],
      ['mid-body', stallMidBody],
    ] as const) {
      it(`${route}, server stalls ${stage}`, async () => {
        server.handle(handler);
        const before = server.requests;
        const clerk = createClerkClient({ secretKey: KEY, apiUrl: server.url, httpOptions: { timeout: TIMEOUT, retry: 0, ...httpOptions } });
        const started = Date.now();
        const error = await clerk.users.getUser('user_1').then(
          () => undefined,
          (e: unknown) => e,
        );
        const elapsed = Date.now() - started;
        expect(error).toBeInstanceOf(ClerkTimeoutError);
        if (stage === 'mid-body') expect((error as Error).message).toContain('while reading the response body');
        expect(server.requests - before).toBe(1);
        expect(elapsed).toBeLessThan(TIMEOUT + 700);
        // Promptly: well inside the server's 5 s keep-alive, which would otherwise hold the connection open.
        expect(await eventually(() => server.openConnections === 0, 600)).toBe(true);
      });
    }
  }
});
