// `npm run demo`, Express part: an app protected by ClerkExpressRequireAuth, verified against the emulator's JWKS,
// called with a session token the emulator minted, signed out, and with a forged token; then a webhook delivery the
// emulator signs, and the same delivery tampered with. Everything on 127.0.0.1.

/**
 * Runs the Express tour. Returns true when every call got the expected answer.
 * @param {{ emulator: { url: string, secretKey: string, webhookSigningSecret: string, deliverWebhook: Function }, clerk: any, step: (text: string) => void, heading: (text: string) => void }} tour
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

  // Webhooks: the raw body (express.raw, not express.json) is what Clerk signed; verifyWebhook checks it against the
  // endpoint's signing secret, here the one the emulator reports.
  const { verifyWebhook, isWebhookVerificationError } = await import('@clerk/clerk-sdk-node');
  const received = [];
  app.post('/webhooks/clerk', express.raw({ type: 'application/json' }), async (req, res) => {
    try {
      const evt = await verifyWebhook({ payload: req.body, headers: req.headers }, { signingSecret: emulator.webhookSigningSecret });
      received.push(evt);
      res.json({ received: evt.type });
    } catch (err) {
      res.status(400).json({ error: isWebhookVerificationError(err) ? err.reason : 'error' });
    }
  });

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
    expect(
      `GET /api/custom with a forged signature → ${refused.status} ${JSON.stringify(refused.body)}`,
      refused.status === 401 && refused.body?.reason === 'token-invalid-signature',
    );

    const delivery = await emulator.deliverWebhook(`${base}/webhooks/clerk`, { type: 'user.created', userId: user.id });
    expect(
      `webhook user.created signed by the emulator → ${delivery.status} ${delivery.body}, data.id ${received[0]?.data?.id}`,
      delivery.status === 200 && received[0]?.type === 'user.created' && received[0]?.data?.id === user.id,
    );
    const tampered = await fetch(`${base}/webhooks/clerk`, {
      method: 'POST',
      headers: { ...delivery.headers, 'content-type': 'application/json' },
      body: delivery.payload.replace(user.id, 'user_someone_else'),
    });
    const tamperedBody = await tampered.json();
    expect(
      `the same delivery with a tampered body → ${tampered.status} ${JSON.stringify(tamperedBody)}`,
      tampered.status === 400 && tamperedBody.error === 'invalid_signature',
    );

    const maybe = await call('/api/maybe');
    expect(
      `GET /api/maybe (ClerkExpressWithAuth) signed out → ${maybe.status} ${JSON.stringify(maybe.body)}`,
      maybe.status === 200 && maybe.body?.userId === null,
    );
  } finally {
    server.closeAllConnections?.();
    await new Promise((resolve) => server.close(resolve));
  }
  return ok;
}
