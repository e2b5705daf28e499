// A tiny stand-in for Clerk's Backend API on 127.0.0.1, for scripts that run the installed package for real
// (child processes, so nock cannot help). It checks the bearer token, records every request, answers the list and
// get endpoints the documentation examples call, and answers anything else with Clerk's 404 error JSON.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;

export const USER = fixture('user');
export const SESSION = fixture('session');
export const CLIENT = fixture('client');

export const NOT_FOUND_BODY = {
  errors: [{ code: 'resource_not_found', message: 'not found', long_message: 'Nothing exists at this path.', meta: {} }],
  clerk_trace_id: 'trace_packaging_404',
};
export const UNAUTHORIZED_BODY = {
  errors: [{ code: 'authentication_invalid', message: 'Unauthorized', long_message: 'The secret key was not accepted.', meta: {} }],
  clerk_trace_id: 'trace_packaging_401',
};

export interface SeenRequest {
  method: string;
  /** Path without the query string, for example `/v1/users`. */
  path: string;
  /** Query parameters (each key's values in order). */
  query: Record<string, string[]>;
  authorization: string | undefined;
  userAgent: string | undefined;
  clerkApiVersion: string | undefined;
  /** What the server answered. */
  status: number;
}

export interface FakeApi {
  /** Base URL to pass as CLERK_API_URL. */
  url: string;
  requests: SeenRequest[];
  close(): Promise<void>;
}

/** Starts the fake API on an ephemeral port; it accepts only `Authorization: Bearer <secretKey>`. */
export async function startFakeApi(options: { secretKey: string }): Promise<FakeApi> {
  const requests: SeenRequest[] = [];
  const list = (item: Record<string, unknown>, paginated: boolean): unknown => (paginated ? { data: [item], total_count: 1 } : [item]);

  const answer = (req: IncomingMessage, url: URL): [number, unknown] => {
    if (req.headers.authorization !== `Bearer ${options.secretKey}`) return [401, UNAUTHORIZED_BODY];
    if (req.method !== 'GET') return [404, NOT_FOUND_BODY];
    const paginated = url.searchParams.get('paginated') === 'true';
    switch (url.pathname) {
      case '/v1/users':
        return [200, list(USER, paginated)];
      case '/v1/users/count':
        return [200, { object: 'total_count', total_count: 1 }];
      case '/v1/sessions':
        return [200, list(SESSION, paginated)];
      case '/v1/clients':
        return [200, list(CLIENT, paginated)];
      case `/v1/clients/${String(CLIENT.id)}`:
        return [200, CLIENT];
      default:
        return [404, NOT_FOUND_BODY];
    }
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // Drain any body before answering.
    req.resume();
    req.on('end', () => {
      const [status, body] = answer(req, url);
      const query: Record<string, string[]> = {};
      for (const [key, value] of url.searchParams) (query[key] ??= []).push(value);
      requests.push({
        method: req.method ?? '',
        path: url.pathname,
        query,
        authorization: req.headers.authorization,
        userAgent: req.headers['user-agent'],
        clerkApiVersion: header(req, 'clerk-api-version'),
        status,
      });
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolvePromise) => server.listen(0, '127.0.0.1', resolvePromise));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolvePromise, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolvePromise()));
      }),
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}
