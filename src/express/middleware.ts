// The Express middleware: plain (req, res, next) functions. Express is never imported; the verification code loads
// on the first request, through the client's authenticateRequest.
import type { AuthenticateRequestInput, AuthenticateRequestOptions, NodeRequestLike, RequestState } from '../auth/types';
import type {
  ClerkMiddleware,
  ClerkMiddlewareOptions,
  LooseAuthObject,
  NextFunctionLike,
  OnErrorResult,
  RequireAuthProp,
  ResponseLike,
  UnauthenticatedErrorLike,
  WithAuthProp,
} from './types';

/**
 * The error a refused request carries to `next` and `onError`: `Error('Unauthenticated')`, as in v4 (its `name` is
 * `Error` and its message `Unauthenticated`), with `status` 401 so that an app without an error middleware answers
 * 401.
 * @public
 */
export class UnauthenticatedError extends Error implements UnauthenticatedErrorLike {
  /** Always 401. */
  readonly status = 401 as const;
  /** Always 401. */
  readonly statusCode = 401 as const;
  /** Why the request was refused. */
  readonly reason: string;

  /** Builds the error; `reason` says which check failed. */
  constructor(reason: string) {
    super('Unauthenticated');
    this.name = 'Error';
    this.reason = reason;
  }
}

/**
 * What the middleware factories need from a client.
 * @public
 */
export interface AuthenticatingClient {
  /** Authenticates a request (every client of this package has it). */
  authenticateRequest(request: AuthenticateRequestInput, options?: AuthenticateRequestOptions): Promise<RequestState>;
}

/**
 * Options of {@link createClerkExpressWithAuth} and {@link createClerkExpressRequireAuth}.
 * @public
 */
export interface CreateClerkExpressMiddlewareOptions {
  /** The client whose keys and API the middleware uses. */
  clerkClient: AuthenticatingClient;
  /** Secret key for every middleware made here; defaults to the client's. */
  secretKey?: string;
  /** v4 name of `secretKey`. @deprecated Use `secretKey`. */
  apiKey?: string;
  /** Accepted for v4 compatibility and ignored. */
  publishableKey?: string;
  /** Accepted for v4 compatibility and ignored. @deprecated Frontend API names are not used by this package; leave it out. */
  frontendApi?: string;
  /** Accepted for v4 compatibility and ignored: the client's `apiUrl` is used. */
  apiUrl?: string;
}

const AUTH_STATUS_HEADER = 'x-clerk-auth-status';
const AUTH_REASON_HEADER = 'x-clerk-auth-reason';
const AUTH_MESSAGE_HEADER = 'x-clerk-auth-message';

function authOptions(create: CreateClerkExpressMiddlewareOptions, options: ClerkMiddlewareOptions): AuthenticateRequestOptions {
  const result: AuthenticateRequestOptions = {};
  const secretKey = options.secretKey || options.apiKey || create.secretKey || create.apiKey;
  if (secretKey) result.secretKey = secretKey;
  if (options.jwtKey) result.jwtKey = options.jwtKey;
  if (options.authorizedParties) result.authorizedParties = options.authorizedParties;
  if (options.audience) result.audience = options.audience;
  if (options.clockSkewInMs !== undefined) result.clockSkewInMs = options.clockSkewInMs;
  if (options.acceptsToken !== undefined) result.acceptsToken = options.acceptsToken;
  return result;
}

/** v4 reported the outcome in three response headers; kept, percent-encoded as v4 did. Never the token. */
function decorate(res: ResponseLike, state: RequestState): void {
  if (!res || res.headersSent || typeof res.setHeader !== 'function') return;
  try {
    res.setHeader(AUTH_STATUS_HEADER, state.status);
    if (state.reason) res.setHeader(AUTH_REASON_HEADER, encodeURIComponent(state.reason));
    if (state.message) res.setHeader(AUTH_MESSAGE_HEADER, encodeURIComponent(state.message));
  } catch {
    // A response that refuses headers still gets its auth decision.
  }
}

/** The auth object as v4 put it on `req.auth`: the auth object plus `claims`. */
function expressAuth(state: RequestState): LooseAuthObject {
  const auth = state.toAuth();
  if (auth.tokenType === 'session_token' && auth.isAuthenticated) return { ...auth, claims: auth.sessionClaims };
  if (!auth.isAuthenticated) return { ...auth, claims: null };
  return { ...auth };
}

async function authenticateSafely(
  create: CreateClerkExpressMiddlewareOptions,
  options: ClerkMiddlewareOptions,
  req: NodeRequestLike,
): Promise<RequestState | { failure: unknown }> {
  try {
    return await create.clerkClient.authenticateRequest(req, authOptions(create, options));
  } catch (failure) {
    return { failure };
  }
}

function isFinished(res: ResponseLike): boolean {
  return Boolean(res && (res.headersSent || res.writableEnded));
}

function answer401(res: ResponseLike, result: unknown): void {
  if (isFinished(res)) return;
  const given = result && typeof result === 'object' ? (result as OnErrorResult) : {};
  const status = Number.isInteger(given.status) && given.status! >= 400 && given.status! <= 599 ? given.status! : 401;
  const message = typeof given.message === 'string' && given.message !== '' ? given.message : 'Unauthenticated';
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ error: message }));
}

/**
 * Runs `onError` once for a refused request. If it neither answered nor called `next` (also after its promise,
 * if it returned one), answers 401 with the status and message it returned, if any.
 */
async function refuse(
  error: UnauthenticatedError,
  options: ClerkMiddlewareOptions,
  req: NodeRequestLike,
  res: ResponseLike,
  next: NextFunctionLike | undefined,
): Promise<void> {
  if (typeof options.onError !== 'function') {
    if (next) next(error);
    else answer401(res, undefined);
    return;
  }
  let nextCalled = false;
  const guardedNext: NextFunctionLike = (value?: unknown) => {
    if (nextCalled) return;
    nextCalled = true;
    if (next) next(value);
    else if (value !== undefined) answer401(res, value);
  };
  let result: unknown;
  try {
    result = await options.onError(error, req, res, guardedNext);
  } catch (thrown) {
    if (nextCalled || isFinished(res)) return;
    nextCalled = true;
    if (next) next(thrown);
    else answer401(res, undefined);
    return;
  }
  if (nextCalled || isFinished(res)) return;
  answer401(res, result);
}

function handle(
  create: CreateClerkExpressMiddlewareOptions,
  options: ClerkMiddlewareOptions,
  requireSignedIn: boolean,
): (req: NodeRequestLike, res: ResponseLike, next: NextFunctionLike | undefined) => Promise<boolean> {
  // Returns true when the request may go on to the handler.
  return async (req, res, next) => {
    const state = await authenticateSafely(create, options, req);
    if ('failure' in state) {
      // authenticateRequest reports every token problem as a signed-out state; this is a bug or a broken client.
      if (next) next(state.failure);
      else answer401(res, undefined);
      return false;
    }
    decorate(res, state);
    (req as { auth?: unknown }).auth = expressAuth(state);
    if (state.isSignedIn || !requireSignedIn) return true;
    await refuse(new UnauthenticatedError(state.reason), options, req, res, next);
    return false;
  };
}

/**
 * Calls `next()` when the request may go on. The returned promise never rejects: Express 4 does not catch a
 * middleware's rejected promise, and an unhandled rejection would end the process.
 */
async function continueOrFail(outcome: Promise<boolean>, res: ResponseLike, next: NextFunctionLike): Promise<void> {
  try {
    if (await outcome) next();
  } catch {
    // Only reachable if `next` or the app's own code under it threw synchronously; answer rather than hang.
    if (!isFinished(res)) {
      res.statusCode = 500;
      res.end();
    }
  }
}

/**
 * Makes `ClerkExpressWithAuth` for a client: the middleware sets `req.auth` and always calls `next()`.
 * @public
 */
export function createClerkExpressWithAuth(createOpts: CreateClerkExpressMiddlewareOptions): (options?: ClerkMiddlewareOptions) => ClerkMiddleware {
  return (options: ClerkMiddlewareOptions = {}) => {
    const run = handle(createOpts, options, false);
    return (req, res, next) => continueOrFail(run(req, res, next), res, next);
  };
}

/**
 * Makes `ClerkExpressRequireAuth` for a client: signed-in requests get `req.auth` and go on; others are refused
 * with {@link UnauthenticatedError} through `onError` or `next(err)`.
 * @public
 */
export function createClerkExpressRequireAuth(createOpts: CreateClerkExpressMiddlewareOptions): (options?: ClerkMiddlewareOptions) => ClerkMiddleware {
  return (options: ClerkMiddlewareOptions = {}) => {
    const run = handle(createOpts, options, true);
    return (req, res, next) => continueOrFail(run(req, res, next), res, next);
  };
}

/**
 * Wraps a plain `(req, res)` handler so it receives `req.auth` (signed-out requests too).
 * @public
 */
export function createWithAuth(clerkClient: AuthenticatingClient) {
  return function withAuth<Req extends NodeRequestLike, Res extends ResponseLike, R>(
    handler: (req: WithAuthProp<Req>, res: Res) => R,
    options?: ClerkMiddlewareOptions,
  ): (req: Req, res: Res, next?: NextFunctionLike) => Promise<Awaited<R> | undefined> {
    const run = handle({ clerkClient }, options ?? {}, false);
    return async (req: Req, res: Res, next?: NextFunctionLike): Promise<Awaited<R> | undefined> => {
      if (!(await run(req, res, next))) return undefined;
      return (await handler(req as WithAuthProp<Req>, res)) as Awaited<R>;
    };
  };
}

/**
 * Wraps a plain `(req, res)` handler so it runs only for signed-in requests. A refused request goes to `onError`,
 * else to `next(err)` when the wrapper is mounted where a `next` is passed (Express), else gets a 401 answer.
 * @public
 */
export function createRequireAuth(clerkClient: AuthenticatingClient) {
  return function requireAuth<Req extends NodeRequestLike, Res extends ResponseLike, R>(
    handler: (req: RequireAuthProp<Req>, res: Res) => R,
    options?: ClerkMiddlewareOptions,
  ): (req: Req, res: Res, next?: NextFunctionLike) => Promise<Awaited<R> | undefined> {
    const run = handle({ clerkClient }, options ?? {}, true);
    return async (req: Req, res: Res, next?: NextFunctionLike): Promise<Awaited<R> | undefined> => {
      if (!(await run(req, res, typeof next === 'function' ? next : undefined))) return undefined;
      return (await handler(req as RequireAuthProp<Req>, res)) as Awaited<R>;
    };
  };
}
