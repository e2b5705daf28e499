// `npm run demo`, Express part: an app protected by ClerkExpressRequireAuth, verified against the emulator's JWKS,
// called with a session token the emulator minted, signed out, and with a forged token. Everything on 127.0.0.1.

/**
 * Runs the Express tour. Returns true when every call got the expected answer.
 * @param {{ emulator: { url: string, secretKey: string }, clerk: any, step: (text: string) => void, heading: (text: string) => void }} tour
 */
export async function runExpressDemo({ emulator, clerk, step, heading }) {
  heading('An Express app protected by ClerkExpressRequireAuth');
  // Express is an optional peer dependency: the package never imports it; the app does.
  const { default: express } = await import('express');
  const { createClerkClient } = await import('@clerk/clerk-sdk-node');
  // The middleware verifies tokens with the instance JWKS (GET /v1/jwks with the secret key, cached).
  const verifier = createClerkClient({ apiUrl: emulator.url, secretKey: emulator.secretKey });

  const app = express();
  app.get('/api/me', verifier.expressRequireAuth(), async (req, res) => {
    const user = await verifier.users.getUser(req.auth.userId);
    res.json({ userId: req.auth.userId, sessionId: req.auth.sessionId, email: user.primaryEmailAddress?.emailAddress });
  });
  app.get('/api/maybe', verifier.expressWithAuth(), (req, res) => res.json({ userId: req.auth.userId }));
  app.get(
    '/api/custom',
    verifier.expressRequireAuth({ onError: (err, _req, res) => res.status(401).json({ error: 'Please sign in', reason: err.reason }) }),
    (req, res) => res.json({ userId: req.auth.userId }),
  );

  // ── Webhook delivery: the lead wires this step when verifyWebhook lands. ─────────────────────────────────────
  // Plan: `app.post('/webhooks/clerk', express.raw({ type: 'application/json' }), handler)` where the handler calls
  // verifyWebhook({ payload: req.body, headers: req.headers }, { signingSecret }) with the secret the emulator
  // reports, then the emulator signs and POSTs one `user.created` event to it.
  // ───────────────────────────────────────────────────────────────────────────────────────────────────────────────

  // The app's error middleware: ClerkExpressRequireAuth refuses with Error('Unauthenticated') carrying status 401
  // (without this middleware Express would also answer 401, and log the error).
  app.use((err, _req, res, _next) => res.status(err.status ?? 500).json({ error: err.message }));

  const server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  let ok = true;
  try {
    const base = `http://127.0.0.1:${server.address().port}`;
    const call = async (path, headers = {}) => {
      const response = await fetch(base + path, { headers });
      return { status: response.status, body: await response.json().catch(() => null), reason: response.headers.get('x-clerk-auth-reason') };
    };
    const expect = (label, condition) => {
      if (!condition) ok = false;
      step(`${condition ? '' : '✗ '}${label}`);
    };

    const [user] = await clerk.users.getUserList({ limit: 1, orderBy: '+created_at' });
    const session = await clerk.sessions.createSession({ userId: user.id });
    const token = await clerk.sessions.getToken(session.id);
    step(`emulator minted a session token for ${user.id} (${session.id})`);

    const signedIn = await call('/api/me', { authorization: `Bearer ${token}` });
    expect(`GET /api/me with the token → ${signedIn.status} ${JSON.stringify(signedIn.body)}`, signedIn.status === 200 && signedIn.body?.userId === user.id);

    const viaCookie = await call('/api/me', { cookie: `__session=${token}` });
    expect(`GET /api/me with the __session cookie → ${viaCookie.status}`, viaCookie.status === 200);

    const signedOut = await call('/api/me');
    expect(`GET /api/me signed out → ${signedOut.status} (reason ${signedOut.reason})`, signedOut.status === 401);

    const [head, payload] = token.split('.');
    const forged = `${head}.${payload}.${Buffer.from('not the signature').toString('base64url')}`;
    const refused = await call('/api/custom', { authorization: `Bearer ${forged}` });
    expect(`GET /api/custom with a forged signature → ${refused.status} ${JSON.stringify(refused.body)}`, refused.status === 401 && refused.body?.reason === 'token-invalid-signature');

    const maybe = await call('/api/maybe');
    expect(`GET /api/maybe (ClerkExpressWithAuth) signed out → ${maybe.status} ${JSON.stringify(maybe.body)}`, maybe.status === 200 && maybe.body?.userId === null);
  } finally {
    server.closeAllConnections?.();
    await new Promise((resolve) => server.close(resolve));
  }
  return ok;
}
