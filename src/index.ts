import { createClientFromConfig, type ClerkClient } from './client';
import { checkHttpOptions, createConfigSource } from './config';
import type { ClerkOptions, HttpOptions } from './core/types';

// The default client's options. Empty means "read the environment at the first request"; the v4 setters fill it in
// and reset the resolved configuration.
const defaultOptions: ClerkOptions = {};
const defaultConfig = createConfigSource(defaultOptions);

/**
 * The default client, configured from `CLERK_SECRET_KEY` and the other environment variables, which are read at
 * the first request (so loading dotenv after the import still works) and kept once a key is found.
 * @public
 */
export const clerkClient: ClerkClient = createClientFromConfig(defaultConfig);
export default clerkClient;

/** The default client's allowlist API (v4 named export). @public */
export const allowlistIdentifiers = clerkClient.allowlistIdentifiers;
/** The default client's clients API (v4 named export). @public */
export const clients = clerkClient.clients;
/** The default client's domains API (v4 named export). @public */
export const domains = clerkClient.domains;
/** The default client's email addresses API (v4 named export). @public */
export const emailAddresses = clerkClient.emailAddresses;
/** The default client's retired emails API (v4 named export). @public @deprecated Its endpoint no longer exists. */
export const emails = clerkClient.emails;
/** The default client's interstitial API. @public */
export const interstitial = clerkClient.interstitial;
/** The default client's invitations API (v4 named export). @public */
export const invitations = clerkClient.invitations;
/** The default client's organizations API (v4 named export). @public */
export const organizations = clerkClient.organizations;
/** The default client's phone numbers API (v4 named export). @public */
export const phoneNumbers = clerkClient.phoneNumbers;
/** The default client's redirect URLs API. @public */
export const redirectUrls = clerkClient.redirectUrls;
/** The default client's sessions API (v4 named export). @public */
export const sessions = clerkClient.sessions;
/** The default client's sign-in tokens API. @public */
export const signInTokens = clerkClient.signInTokens;
/** The default client's retired SMS API (v4 named export). @public @deprecated Its endpoint no longer exists. */
export const smsMessages = clerkClient.smsMessages;
/** The default client's users API (v4 named export). @public */
export const users = clerkClient.users;

/**
 * Sets the secret key of the default client (v4).
 * @deprecated Set `CLERK_SECRET_KEY`, or use {@link createClerkClient} with `secretKey`.
 * @public
 */
export function setClerkApiKey(value: string): void {
  defaultOptions.secretKey = value;
  defaultConfig.reset();
}

/**
 * Sets the API base URL of the default client (v4).
 * @deprecated Set `CLERK_API_URL`, or use {@link createClerkClient} with `apiUrl`.
 * @public
 */
export function setClerkServerApiUrl(value: string): void {
  defaultOptions.apiUrl = value;
  defaultConfig.reset();
}

/**
 * Sets the API version path prefix of the default client (v4).
 * @deprecated Set `CLERK_API_VERSION`, or use {@link createClerkClient} with `apiVersion`.
 * @public
 */
export function setClerkApiVersion(value: string): void {
  defaultOptions.apiVersion = value;
  defaultConfig.reset();
}

/**
 * Sets the HTTP options of the default client (v4).
 * @deprecated Use {@link createClerkClient} with `httpOptions`.
 * @public
 */
export function setClerkHttpOptions(value: HttpOptions): void {
  checkHttpOptions(value);
  defaultOptions.httpOptions = value;
  defaultConfig.reset();
}

export * from './exports';
// v4 exported these from the main entry only; the error class and its guard are in ./exports for both entries.
export { decodeJwt } from './tokens/decode';
export { verifyJwt, verifyToken } from './tokens';

// The Express middleware and the handler wrappers, bound to the default client (v4 main-entry exports). The
// middleware is a plain (req, res, next) function: express is never imported, and keys are read per request.
import { createClerkExpressRequireAuth, createClerkExpressWithAuth, createRequireAuth, createWithAuth } from './express/middleware';
import type { ClerkMiddleware, ClerkMiddlewareOptions } from './express/types';

/**
 * Express middleware that sets `req.auth` from the request's session token and always continues; a signed-out
 * request gets `userId` and `sessionId` null. Uses the default client (`CLERK_SECRET_KEY`, `CLERK_JWT_KEY`).
 * @param options - Keys, claim checks and accepted token kinds.
 * @returns The middleware.
 * @public
 */
export function ClerkExpressWithAuth(options?: ClerkMiddlewareOptions): ClerkMiddleware {
  return createClerkExpressWithAuth({ clerkClient })(options);
}

/**
 * Express middleware that lets only signed-in requests through. A signed-out or forged request is refused with
 * `Error('Unauthenticated')` (with `status` 401): passed to `onError(err, req, res, next)` when given, else to
 * `next(err)`. Uses the default client (`CLERK_SECRET_KEY`, `CLERK_JWT_KEY`).
 * @param options - Keys, claim checks and `onError`.
 * @returns The middleware.
 * @public
 */
export function ClerkExpressRequireAuth(options?: ClerkMiddlewareOptions): ClerkMiddleware {
  return createClerkExpressRequireAuth({ clerkClient })(options);
}

/**
 * Wraps a `(req, res)` handler so it receives `req.auth`, with the default client (v4).
 * @public
 */
export const withAuth = createWithAuth(clerkClient);

/**
 * Wraps a `(req, res)` handler so it runs only for signed-in requests, with the default client (v4).
 * @public
 */
export const requireAuth = createRequireAuth(clerkClient);

export { createClerkExpressRequireAuth, createClerkExpressWithAuth, UnauthenticatedError } from './express/middleware';
export type { AuthenticatingClient, CreateClerkExpressMiddlewareOptions } from './express/middleware';
export { AuthStatus } from './auth/types';
export { debugRequestState, makeAuthObjectSerializable, prunePrivateMetadata, sanitizeAuthObject, signedOutAuthObject } from './auth/helpers';
