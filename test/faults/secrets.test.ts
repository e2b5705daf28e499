import { inspect } from 'node:util';
import { gzipSync } from 'node:zlib';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClerkClient, type HttpOptions } from '../../src/index';
import { closedPort, startFaultServer, type FaultHandler, type FaultServer } from './server';

const KEY = 'sk_test_SECRETLEAKCANARY_4f7a9c';

let server: FaultServer;
let refusedUrl: string;

beforeAll(async () => {
  nock.restore();
  server = await startFaultServer((_req, res) => res.end());
  refusedUrl = `http://127.0.0.1:${await closedPort()}`;
});

afterAll(async () => {
  await server.close();
  nock.activate();
});

function json(res: import('node:http').ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(body);
}

// Each failure kind the transport can produce, as a server behaviour (or a client-side setting).
const FAILURES: Array<[string, FaultHandler | 'refused' | 'abort']> = [
  ['refused', 'refused'],
  ['reset', (req) => req.socket.resetAndDestroy()],
  [
    'reset mid-body',
    (_req, res) => {
      res.writeHead(200, { 'content-length': '1000' });
      res.write('{"id":');
      setTimeout(() => res.socket?.resetAndDestroy(), 5);
    },
  ],
  ['stall (timeout)', () => undefined],
  ['abort', 'abort'],
  ['401', (_req, res) => json(res, 401, '{"errors":[{"code":"authentication_invalid","message":"bad key"}]}')],
  [
    'HTML 503',
    (_req, res) => {
      res.writeHead(503, { 'content-type': 'text/html' });
      res.end('<h1>down</h1>');
    },
  ],
  ['429 over cap', (_req, res) => json(res, 429, '{}', { 'retry-after': '999' })],
  ['not JSON', (_req, res) => json(res, 200, '{"id": "us')],
  ['null body', (_req, res) => json(res, 200, 'null')],
  [
    'bad gzip',
    (_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip' });
      res.end('nope');
    },
  ],
  [
    'too large',
    (_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip' });
      res.end(gzipSync(Buffer.alloc(4096, 0x20)));
    },
  ],
];

const PATHS: Array<[string, () => HttpOptions]> = [
  ['plain fetch', () => ({})],
  ['hooks', () => ({ hooks: { beforeRequest: [() => undefined], afterResponse: [() => undefined], beforeRetry: [() => undefined] } })],
  ['custom fetch', () => ({ fetch: (request: Request) => fetch(request) })],
  [
    'custom fetch that rejects holding the Request',
    () => ({ fetch: (request: Request) => Promise.reject(Object.assign(new Error(`failed ${request.headers.get('authorization')}`), { request })) }),
  ],
];

describe('the secret key never leaks', () => {
  for (const [pathName, makeOptions] of PATHS) {
    it.each(FAILURES)(`through ${pathName}: %s`, async (_kind, failure) => {
      const seen: unknown[] = [];
      const lines: string[] = [];
      const record = (...args: unknown[]) => void seen.push(args);
      const base = makeOptions();
      const controller = new AbortController();
      const httpOptions: HttpOptions = {
        ...base,
        timeout: 150,
        maxResponseBytes: 1024,
        retry: { limit: 1, backoffLimit: 5 },
        signal: controller.signal,
        onRequest: record,
        onResponse: record,
        onRetry: record,
        hooks: {
          beforeRequest: [...(base.hooks?.beforeRequest ?? []), (request) => record(request, [...request.headers])],
          afterResponse: [...(base.hooks?.afterResponse ?? []), (request, response) => record(request, response)],
          beforeRetry: [...(base.hooks?.beforeRetry ?? []), (details) => record(details)],
        },
      };
      if (typeof failure === 'function') server.handle(failure);
      else server.handle(() => undefined);
      const client = createClerkClient({
        secretKey: KEY,
        apiUrl: failure === 'refused' ? refusedUrl : server.url,
        httpOptions,
        logging: true,
        logger: (line) => lines.push(line),
      });
      if (failure === 'abort') setTimeout(() => controller.abort(), 30);
      let error: unknown;
      try {
        await client.users.getUser('user_1');
      } catch (e) {
        error = e;
      }
      expect(error).toBeDefined();
      const dumps = [
        inspect(error, { depth: Infinity, showHidden: true }),
        JSON.stringify(error),
        String((error as Error).stack),
        lines.join('\n'),
        inspect(seen, { depth: Infinity, showHidden: true }),
      ];
      for (const dump of dumps) expect(dump).not.toContain(KEY);
      expect(lines.length).toBeGreaterThan(0);
    });
  }

  it('refuses a key with a line break before sending, without echoing it', async () => {
    const lines: string[] = [];
    const client = createClerkClient({ secretKey: `${KEY}\r\nx-injected: 1`, apiUrl: server.url, logging: true, logger: (l) => lines.push(l) });
    const before = server.requests;
    let error: unknown;
    await client.users.getUser('user_1').catch((e: unknown) => (error = e));
    expect((error as { code: string }).code).toBe('invalid_argument');
    expect(inspect(error, { depth: Infinity, showHidden: true }) + JSON.stringify(error) + lines.join('')).not.toContain(KEY);
    expect(server.requests).toBe(before);
  });
});
