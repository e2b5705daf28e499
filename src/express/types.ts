// Types of the Express middleware. They describe requests and responses structurally (the parts the middleware
// touches), so these declarations need neither express nor @types/express, and Express's own Request and Response
// fit them.
import type { AuthenticateRequestOptions, MachineAuthObject, NodeRequestLike, SessionClaims, SignedInAuthObject, SignedOutAuthObject } from '../auth/types';

/**
 * `req.auth` of a request that passed `ClerkExpressRequireAuth`: the signed-in auth object plus `claims`, v4's
 * name for `sessionClaims`.
 * @public
 */
export type StrictAuthObject = SignedInAuthObject & {
  /** The session token's claims (same as `sessionClaims`; v4 name). */
  claims: SessionClaims;
};

/**
 * `req.auth` after `ClerkExpressWithAuth`: signed in, signed out (every field null) or, when `acceptsToken` allows
 * them, a machine token's auth object.
 * @public
 */
export type LooseAuthObject =
  | StrictAuthObject
  | (SignedOutAuthObject & {
      /** Always null for a signed-out request (v4 name of `sessionClaims`). */
      claims: null;
    })
  | MachineAuthObject;

/**
 * `{ auth }` as `ClerkExpressWithAuth` sets it. Extend Express's `Request` with it in a `declare global` block to
 * type `req.auth` everywhere.
 * @public
 */
export type LooseAuthProp = {
  /** Who made the request, or every field null when nobody valid did. */
  auth: LooseAuthObject;
};

/**
 * `{ auth }` as `ClerkExpressRequireAuth` guarantees it: always signed in with a session token. (A middleware whose
 * `acceptsToken` admits machine tokens can also pass a {@link MachineAuthObject}; type such routes with
 * {@link LooseAuthProp} and check `req.auth.tokenType`.)
 * @public
 */
export type StrictAuthProp = {
  /** The signed-in user's auth object. */
  auth: StrictAuthObject;
};

/**
 * A request type with `req.auth` as `ClerkExpressWithAuth` sets it.
 * @public
 */
export type WithAuthProp<T> = T & LooseAuthProp;

/**
 * A request type with `req.auth` as `ClerkExpressRequireAuth` guarantees it.
 * @public
 */
export type RequireAuthProp<T> = T & StrictAuthProp;

/**
 * The minimum of a Node `ServerResponse` (and of an Express response) the middleware uses.
 * @public
 */
export interface ResponseLike {
  /** True once the status line and headers are sent. */
  headersSent: boolean;
  /** True once the response is finished (Node 12.9+). */
  writableEnded?: boolean;
  /** The status code to send. */
  statusCode: number;
  /** Sets one response header. */
  setHeader(name: string, value: string): unknown;
  /** Ends the response. */
  end(chunk?: any): unknown;
}

/**
 * Express's `next`: called with nothing to continue, or with an error to reach the error middleware.
 * @public
 */
export type NextFunctionLike = (error?: any) => void;

/**
 * What `onError` may return: a status and message for the 401 answer the middleware sends when `onError` itself
 * neither answered nor called `next`.
 * @public
 */
export interface OnErrorResult {
  /** HTTP status to answer with (400-599; anything else answers 401). */
  status?: number;
  /** Message for the JSON body `{ "error": message }`. */
  message?: string;
}

/**
 * Called once for each request `ClerkExpressRequireAuth` refuses, with Express's four error-middleware arguments.
 * It may answer (`res.status(401).json(...)`), call `next(err)`, or do neither (log, or return
 * {@link OnErrorResult}): then the middleware answers 401 itself, so the request never hangs.
 * @public
 */
export type OnErrorHandler = (error: UnauthenticatedErrorLike, req: any, res: any, next: NextFunctionLike) => unknown;

/**
 * The error of a refused request: `message` is `Unauthenticated`, as in v4, and `status` is 401.
 * @public
 */
export interface UnauthenticatedErrorLike extends Error {
  /** Always 401, so Express's final handler answers 401. */
  status: 401;
  /** Always 401 (the other name Express reads). */
  statusCode: 401;
  /** Why the request was refused (`session-token-missing`, `token-expired`, ...). */
  reason: string;
}

/**
 * Options of the Express middleware: v4's, plus `acceptsToken` and `clockSkewInMs`.
 * @public
 */
export interface ClerkMiddlewareOptions
  extends Pick<AuthenticateRequestOptions, 'jwtKey' | 'authorizedParties' | 'audience' | 'clockSkewInMs' | 'acceptsToken'> {
  /** Secret key for this middleware; defaults to the client's (`CLERK_SECRET_KEY`), read when a request comes. */
  secretKey?: string;
  /** v4 name of `secretKey`. @deprecated Use `secretKey`. */
  apiKey?: string;
  /** Called for each refused request (`ClerkExpressRequireAuth` only). */
  onError?: OnErrorHandler;
  /** Accepted for v4 compatibility and ignored (no browser handshake here). */
  strict?: boolean;
  /** Accepted for v4 compatibility and ignored (no browser handshake here). */
  signInUrl?: string;
  /** Accepted for v4 compatibility and ignored (satellite domains need the browser handshake). */
  isSatellite?: boolean | ((url: URL) => boolean);
  /** Accepted for v4 compatibility and ignored. */
  domain?: string | ((url: URL) => string);
  /** Accepted for v4 compatibility and ignored. */
  proxyUrl?: string | ((url: URL) => string);
}

/**
 * An Express middleware made by this package: a plain `(req, res, next)` function (express is never imported).
 * @public
 */
export type ClerkMiddleware = (req: NodeRequestLike, res: ResponseLike, next: NextFunctionLike) => Promise<void>;
