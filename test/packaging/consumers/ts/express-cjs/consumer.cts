// CommonJS TypeScript Express app typed with the StrictAuthProp global augmentation, as v4 documented it. Only
// Express's types are installed: the emitted file must also run without express.
import type { Express, NextFunction, Request, Response } from 'express';
import { ClerkExpressRequireAuth, ClerkExpressWithAuth, createClerkClient, requireAuth } from '@clerk/clerk-sdk-node';
import type { RequireAuthProp, StrictAuthProp } from '@clerk/clerk-sdk-node';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request extends StrictAuthProp {}
  }
}

/** Compiled, never called: every line must type-check against the published declarations and @types/express. */
export function mount(app: Express): void {
  app.get(
    '/me',
    ClerkExpressRequireAuth({ onError: (err, _req, res) => res.status(401).json({ error: err.message, reason: err.reason }) }),
    (req: Request, res: Response) => {
      const userId: string = req.auth.userId;
      const orgRole: string | undefined = req.auth.orgRole;
      const sub: string = req.auth.claims.sub;
      res.json({ userId, orgRole, sub, admin: req.auth.has({ role: 'org:admin' }) });
    },
  );
  app.use(ClerkExpressWithAuth({ authorizedParties: ['https://example.com'] }));
  app.use(createClerkClient({ secretKey: 'sk_test_123' }).expressRequireAuth());
  app.get(
    '/wrapped',
    requireAuth((req: RequireAuthProp<Request>, res: Response) => {
      const sessionId: string = req.auth.sessionId;
      res.json({ sessionId });
    }),
  );
  app.use((err: Error & { status?: number }, _req: Request, res: Response, _next: NextFunction) => {
    res.status(err.status ?? 500).json({ error: err.message });
  });
  // @ts-expect-error -- under StrictAuthProp the user id is never null.
  const impossible: null = ({} as Request).auth.userId;
  void impossible;
}

// Runs when the emitted file is executed: the middleware is a plain function, and express is not installed here.
let expressInstalled = true;
try {
  require.resolve('express');
} catch {
  expressInstalled = false;
}
const req: { headers: Record<string, string>; url: string; auth?: { userId: string | null } } = { headers: {}, url: '/' };
const headers: Record<string, string> = {};
const res = { headersSent: false, statusCode: 200, setHeader: (name: string, value: string) => void (headers[name] = value), end: () => undefined };
void ClerkExpressWithAuth()(req, res, () => {
  console.log(JSON.stringify({ format: 'cts', expressInstalled, userId: req.auth?.userId, status: headers['x-clerk-auth-status'] }));
});
