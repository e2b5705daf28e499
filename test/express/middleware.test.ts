// The Express middleware with real express on 127.0.0.1, tokens signed in the test with node:crypto.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type NextFunction, type Request, type Response } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ClerkExpressRequireAuth,
  ClerkExpressWithAuth,
  createClerkClient,
  createClerkExpressRequireAuth,
  createClerkExpressWithAuth,
  requireAuth,
  withAuth,
  type RequireAuthProp,
  type WithAuthProp,
} from '../../src/index';
import { makeKeys, signToken, v1Claims, type TestKeys } from '../auth/helpers';
import { clerkApi, fixture, testClient } from '../helpers/nock';

let keys: TestKeys;
let otherKeys: TestKeys;
let good: string;
let forged: string;
let server: Server;
let base: string;
const calls: Record<string, unknown[][]> = {};
const record = (name: string, ...args: unknown[]) => (calls[name] ??= []).push(args);

function listen(handler: Parameters<typeof createServer>[1]): Promise<Server> {
  const s = createServer(handler);
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s)));
}

async function close(s: Server): Promise<void> {
  s.closeAllConnections();
  await new Promise((resolve) => s.close(resolve));
}

const urlOf = (s: Server) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`;

async function get(path: string, headers: Record<string, string> = {}, at = base) {
  const response = await fetch(`${at}${path}`, { headers });
  const text = await response.text();
  let body: any = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON (an HTML error page)
  }
  return { status: response.status, body, headers: response.headers };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

const savedEnv = { secret: process.env.CLERK_SECRET_KEY, jwt: process.env.CLERK_JWT_KEY };

beforeAll(async () => {
  keys = makeKeys();
  otherKeys = makeKeys();
  good = signToken(v1Claims({ org_id: 'org_1', org_role: 'org:admin', org_slug: 'acme', org_permissions: ['org:x:read'] }), keys.privateKey);
  forged = signToken(v1Claims(), otherKeys.privateKey);

  const clerk = createClerkClient({ secretKey: 'sk_test_express', apiUrl: 'http://127.0.0.1:9', jwtKey: keys.pem });
  const app = express();
  const show = (req: Request, res: Response) => {
    const auth = (req as WithAuthProp<Request>).auth;
    res.json({ auth, hasAdmin: auth.tokenType === 'session_token' && auth.has({ role: 'org:admin' }) });
  };

  // The default-client middleware are made here, before the keys are in the environment: keys are read per request.
  app.get('/default/with', ClerkExpressWithAuth(), show);
  app.get('/default/require', ClerkExpressRequireAuth(), show);

  app.get('/with', clerk.expressWithAuth(), show);
  app.get('/with/factory', createClerkExpressWithAuth({ clerkClient: clerk })(), show);
  app.get('/require/plain', clerk.expressRequireAuth(), show);
  app.get('/require/factory', createClerkExpressRequireAuth({ clerkClient: clerk })(), show);
  app.get('/require/azp', clerk.expressRequireAuth({ authorizedParties: ['https://other.example.test'] }), show);
  app.get(
    '/require/jwtkey',
    createClerkExpressRequireAuth({ clerkClient: createClerkClient({ secretKey: 'sk_test_nokey', apiUrl: 'http://127.0.0.1:9' }) })({ jwtKey: keys.pem }),
    show,
  );

  // API keys through the middleware (verified with the Backend API, here nock).
  const apiClient = testClient({ jwtKey: keys.pem });
  app.get('/machine/require', apiClient.expressRequireAuth({ acceptsToken: ['session_token', 'api_key'] }), show);
  app.get('/machine/default', apiClient.expressRequireAuth(), show);

  // onError, each way public code writes it.
  app.get(
    '/onerror/responds',
    clerk.expressRequireAuth({
      onError: (err: any, _req: any, res: any) => {
        record('responds', err.message, err.status, err.reason);
        res.status(401).json({ custom: 'please sign in' });
      },
    }),
    show,
  );
  app.get(
    '/onerror/logs',
    clerk.expressRequireAuth({
      onError: (err: any) => {
        record('logs', err.message);
      },
    }),
    show,
  );
  app.get('/onerror/returns', clerk.expressRequireAuth({ onError: () => ({ status: 403, message: 'Nope' }) }), show);
  app.get(
    '/onerror/async',
    clerk.expressRequireAuth({
      onError: async (err: any) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        record('async', err.message);
      },
    }),
    show,
  );
  app.get('/onerror/next', clerk.expressRequireAuth({ onError: (err: any, _req: any, _res: any, next: any) => next(err) }), show);
  app.get(
    '/onerror/throws',
    clerk.expressRequireAuth({
      onError: () => {
        throw Object.assign(new Error('handler broke'), { status: 418 });
      },
    }),
    show,
  );

  // withAuth / requireAuth wrappers used as Express route handlers.
  app.get(
    '/wrapped/with',
    withAuth((req: WithAuthProp<Request>, res: Response) => {
      res.json({ userId: req.auth.userId });
    }),
  );
  app.get(
    '/wrapped/require',
    requireAuth((req: RequireAuthProp<Request>, res: Response) => {
      res.json({ userId: req.auth.userId, claims: req.auth.claims.sub });
    }),
  );

  // The app's own error middleware, for the paths under /handled.
  const handled = express.Router();
  handled.get('/require', clerk.expressRequireAuth(), show);
  handled.get('/onerror/next', clerk.expressRequireAuth({ onError: (err: any, _req: any, _res: any, next: any) => next(err) }), show);
  handled.get(
    '/onerror/throws',
    clerk.expressRequireAuth({
      onError: () => {
        throw new Error('handler broke');
      },
    }),
    show,
  );
  handled.get(
    '/wrapped/require',
    requireAuth((_req: RequireAuthProp<Request>, res: Response) => {
      res.json({ reached: true });
    }),
  );
  handled.use((err: any, _req: Request, res: Response, _next: NextFunction) => {
    record('app-error-middleware', err.message, err.status);
    res.status(499).json({ handledBy: 'app', message: err.message, status: err.status, reason: err.reason });
  });
  app.use('/handled', handled);

  server = await listen(app);
  base = urlOf(server);
  process.env.CLERK_SECRET_KEY = 'sk_test_from_env';
  process.env.CLERK_JWT_KEY = keys.pem;
});

afterAll(async () => {
  if (server) await close(server);
  if (savedEnv.secret === undefined) delete process.env.CLERK_SECRET_KEY;
  else process.env.CLERK_SECRET_KEY = savedEnv.secret;
  if (savedEnv.jwt === undefined) delete process.env.CLERK_JWT_KEY;
  else process.env.CLERK_JWT_KEY = savedEnv.jwt;
});

describe('ClerkExpressWithAuth', () => {
  it.each(['/with', '/with/factory', '/default/with'])('%s: sets req.auth from a header token', async (path) => {
    const { status, body, headers } = await get(path, bearer(good));
    expect(status).toBe(200);
    expect(body.auth).toMatchObject({
      tokenType: 'session_token',
      userId: 'user_2ada',
      sessionId: 'sess_2ada',
      orgId: 'org_1',
      orgRole: 'org:admin',
      orgSlug: 'acme',
      orgPermissions: ['org:x:read'],
      sessionClaims: { sub: 'user_2ada', sid: 'sess_2ada' },
      claims: { sub: 'user_2ada', sid: 'sess_2ada' },
    });
    expect(body.hasAdmin).toBe(true);
    expect(headers.get('x-clerk-auth-status')).toBe('signed-in');
  });

  it('reads the __session cookie', async () => {
    const { body } = await get('/with', { cookie: `__session=${good}` });
    expect(body.auth.userId).toBe('user_2ada');
  });

  it('never blocks: a signed-out request continues with userId and sessionId null', async () => {
    const { status, body, headers } = await get('/with');
    expect(status).toBe(200);
    expect(body.auth).toMatchObject({ userId: null, sessionId: null, orgId: null, claims: null, sessionClaims: null });
    expect(headers.get('x-clerk-auth-status')).toBe('signed-out');
    expect(headers.get('x-clerk-auth-reason')).toBe('session-token-missing');
  });

  it.each([
    ['forged', () => forged],
    ['garbage', () => 'garbage'],
    ['10 KB', () => 'a'.repeat(10_000)],
    ['10 KB dotted', () => `${'e'.repeat(4000)}.${'f'.repeat(4000)}.${'g'.repeat(2000)}`],
  ])('a %s token is signed out, and the process keeps serving', async (_name, make) => {
    const { status, body, headers } = await get('/with', bearer(make()));
    expect(status).toBe(200);
    expect(body.auth.userId).toBeNull();
    expect(headers.get('x-clerk-auth-status')).toBe('signed-out');
    expect(headers.get('x-clerk-auth-reason')).not.toBe('session-token-missing');
  });
});

describe('ClerkExpressRequireAuth', () => {
  it.each(['/require/plain', '/require/factory', '/default/require', '/require/jwtkey'])('%s: lets a valid token through', async (path) => {
    const { status, body } = await get(path, bearer(good));
    expect(status).toBe(200);
    expect(body.auth.userId).toBe('user_2ada');
  });

  it.each([
    ['no token', {}],
    ['a forged token', { authorization: 'forged' }],
    ['garbage', { authorization: 'Bearer garbage' }],
    ['a 10 KB token', { authorization: `Bearer ${'z'.repeat(10_000)}` }],
  ])('without an app error middleware, refuses %s with 401 (not v4 HTML 500)', async (_name, headers) => {
    const sent = { ...headers } as Record<string, string>;
    if (sent.authorization === 'forged') sent.authorization = `Bearer ${forged}`;
    for (const path of ['/require/plain', '/default/require']) {
      const { status } = await get(path, sent);
      expect(status).toBe(401);
    }
  });

  it('refuses a token whose azp is not an authorized party', async () => {
    expect((await get('/require/azp', bearer(good))).status).toBe(401);
  });

  it("passes Error('Unauthenticated') with status 401 to the app's error middleware, once", async () => {
    calls['app-error-middleware'] = [];
    const { status, body } = await get('/handled/require', bearer(forged));
    expect(status).toBe(499);
    expect(body).toMatchObject({ handledBy: 'app', message: 'Unauthenticated', status: 401, reason: 'token-invalid-signature' });
    expect(calls['app-error-middleware']).toHaveLength(1);
  });

  it('calls a 4-argument onError once, and its answer is what the client gets', async () => {
    calls.responds = [];
    const { status, body } = await get('/onerror/responds');
    expect(status).toBe(401);
    expect(body).toEqual({ custom: 'please sign in' });
    expect(calls.responds).toEqual([['Unauthenticated', 401, 'session-token-missing']]);
  });

  it('answers 401 when onError only logs', async () => {
    calls.logs = [];
    const { status, body } = await get('/onerror/logs', bearer(forged));
    expect(status).toBe(401);
    expect(body).toEqual({ error: 'Unauthenticated' });
    expect(calls.logs).toEqual([['Unauthenticated']]);
  });

  it('answers with the status and message onError returns', async () => {
    const { status, body } = await get('/onerror/returns');
    expect(status).toBe(403);
    expect(body).toEqual({ error: 'Nope' });
  });

  it('waits for an async onError, then answers 401', async () => {
    calls.async = [];
    const { status } = await get('/onerror/async');
    expect(status).toBe(401);
    expect(calls.async).toHaveLength(1);
  });

  it('an onError that calls next(err) reaches the app error middleware, or the default 401 without one', async () => {
    expect((await get('/handled/onerror/next')).body).toMatchObject({ handledBy: 'app', status: 401 });
    expect((await get('/onerror/next')).status).toBe(401);
  });

  it('an onError that throws hands the thrown error on to next', async () => {
    expect((await get('/handled/onerror/throws')).body).toMatchObject({ handledBy: 'app', message: 'handler broke' });
    expect((await get('/onerror/throws')).status).toBe(418);
  });

  it('a valid token never calls onError', async () => {
    calls.responds = [];
    expect((await get('/onerror/responds', bearer(good))).status).toBe(200);
    expect(calls.responds).toEqual([]);
  });
});

describe('acceptsToken through the middleware', () => {
  const apiKey = 'ak_live_secret_5c2e8f1a9b7d3e6c4a0f2b8d';

  it('lets an API key through when accepted, with the machine auth object on req.auth', async () => {
    clerkApi().post('/api_keys/verify', { secret: apiKey }).reply(200, fixture('api-keys/api-key'));
    const { status, body } = await get('/machine/require', bearer(apiKey));
    expect(status).toBe(200);
    expect(body.auth).toMatchObject({
      tokenType: 'api_key',
      id: 'ak_3beecc9c60adb5f9b850e91a8ee1e992',
      subject: 'user_2kZ7aQ1mN5bC8dE3fG6hJ9kL0pR',
      scopes: ['read:reports', 'write:deploys'],
    });
    expect((await get('/machine/require', bearer(good))).body.auth.tokenType).toBe('session_token');
  });

  it('refuses an API key by default, without asking the API', async () => {
    const { status, headers } = await get('/machine/default', bearer(apiKey));
    expect(status).toBe(401);
    expect(headers.get('x-clerk-auth-reason')).toBe('token-type-mismatch');
  });
});

describe('withAuth / requireAuth', () => {
  it('withAuth gives the handler req.auth, signed in or not (as an Express route)', async () => {
    expect((await get('/wrapped/with', bearer(good))).body).toEqual({ userId: 'user_2ada' });
    expect((await get('/wrapped/with')).body).toEqual({ userId: null });
  });

  it('requireAuth runs the handler for a signed-in request only; refused ones go to next(err) in Express', async () => {
    expect((await get('/wrapped/require', bearer(good))).body).toEqual({ userId: 'user_2ada', claims: 'user_2ada' });
    expect((await get('/wrapped/require', bearer(forged))).status).toBe(401);
    expect((await get('/handled/wrapped/require')).body).toMatchObject({ handledBy: 'app', message: 'Unauthenticated', status: 401 });
  });

  it('works on a plain node:http server: requireAuth answers 401 JSON itself', async () => {
    let ran = 0;
    const plain = await listen(
      requireAuth(
        (req, res) => {
          ran += 1;
          res.end(JSON.stringify({ userId: req.auth.userId }));
        },
        { jwtKey: keys.pem },
      ),
    );
    try {
      const at = urlOf(plain);
      expect((await get('/', bearer(good), at)).body).toEqual({ userId: 'user_2ada' });
      const refused = await get('/', bearer(forged), at);
      expect(refused.status).toBe(401);
      expect(refused.body).toEqual({ error: 'Unauthenticated' });
      expect(ran).toBe(1);
    } finally {
      await close(plain);
    }
  });

  it('works on a plain node:http server: withAuth passes signed-out requests with null ids', async () => {
    const plain = await listen(
      withAuth((req, res) => {
        res.end(JSON.stringify({ userId: req.auth.userId, sessionId: req.auth.sessionId }));
      }),
    );
    try {
      expect((await get('/', {}, urlOf(plain))).body).toEqual({ userId: null, sessionId: null });
    } finally {
      await close(plain);
    }
  });
});
