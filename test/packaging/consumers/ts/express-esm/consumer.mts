// ESM TypeScript Express app typed with the LooseAuthProp global augmentation. Only Express's types are
// installed: the emitted file must also run without express.
import { createRequire } from 'node:module';
import type { Express, Request, Response } from 'express';
import { ClerkExpressRequireAuth, ClerkExpressWithAuth, withAuth } from '@clerk/clerk-sdk-node';
import type { LooseAuthProp, WithAuthProp } from '@clerk/clerk-sdk-node';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request extends LooseAuthProp {}
  }
}

/** Compiled, never called: every line must type-check against the published declarations and @types/express. */
export function mount(app: Express): void {
  app.use(ClerkExpressWithAuth());
  app.get('/maybe', (req: Request, res: Response) => {
    const userId: string | null = req.auth.userId;
    const sessionId: string | null = req.auth.sessionId;
    res.json({ userId, sessionId, kind: req.auth.tokenType });
  });
  app.get('/strict', ClerkExpressRequireAuth({ onError: () => ({ status: 401, message: 'Sign in first' }) }), (req: Request, res: Response) => {
    res.json({ userId: req.auth.userId });
  });
  app.get(
    '/wrapped',
    withAuth((req: WithAuthProp<Request>, res: Response) => {
      res.json({ userId: req.auth.userId });
    }),
  );
  // @ts-expect-error -- under LooseAuthProp the user id may be null.
  const notNull: string = ({} as Request).auth.userId;
  void notNull;
}

// Runs when the emitted file is executed: the middleware is a plain function, and express is not installed here.
let expressInstalled = true;
try {
  createRequire(import.meta.url).resolve('express');
} catch {
  expressInstalled = false;
}
const req: { headers: Record<string, string>; url: string; auth?: { userId: string | null } } = { headers: { authorization: 'Bearer not-a-jwt' }, url: '/' };
const headers: Record<string, string> = {};
const res = { headersSent: false, statusCode: 200, setHeader: (name: string, value: string) => void (headers[name] = value), end: () => undefined };
await ClerkExpressWithAuth()(req, res, () => {
  console.log(JSON.stringify({ format: 'mts', expressInstalled, userId: req.auth?.userId, status: headers['x-clerk-auth-status'] }));
});
