// Adds request authentication and the Express middleware to a client. Small on purpose: the verification code
// (./authenticate and the token verifier) loads on the first authenticated request.
import type { APIKeyAPI } from '../api/APIKeyAPI';
import type { IdPOAuthAccessTokenAPI } from '../api/IdPOAuthAccessTokenAPI';
import type { M2MTokenAPI } from '../api/M2MTokenAPI';
import type { SessionAPI } from '../api/SessionAPI';
import { createClerkExpressRequireAuth, createClerkExpressWithAuth } from '../express/middleware';
import type { ClerkMiddleware, ClerkMiddlewareOptions } from '../express/types';
import type { TokenVerifier } from '../tokens/types';
import type { AuthenticateContext } from './authenticate';
import type { AuthenticateRequestInput, AuthenticateRequestOptions, RequestState, SessionClaims } from './types';

/**
 * The request-authentication methods every client has.
 * @public
 */
export interface RequestAuthMethods {
  /**
   * Authenticates an incoming request: reads the token from `Authorization: Bearer` or the `__session` cookie,
   * verifies it (session tokens locally with `jwtKey` or the cached JWKS; API keys, M2M tokens and OAuth access
   * tokens with the Backend API when `acceptsToken` allows them) and says who made the request. It never rejects
   * for a bad or missing token: that is a signed-out state whose `reason` names the failed check.
   * v4's single-argument form `authenticateRequest({ request, headerToken, cookieToken, ...options })` works too.
   * @param request - A Node `IncomingMessage` (or Express request) or a fetch `Request`.
   * @param options - Keys, claim checks and the accepted token kinds.
   * @returns The request state; `toAuth()` gives the auth object.
   */
  authenticateRequest(request: AuthenticateRequestInput, options?: AuthenticateRequestOptions): Promise<RequestState>;
  /**
   * v4's form: one object with the request (or the tokens) and the options.
   * @param options - `request`, `headerToken` or `cookieToken`, and the options.
   * @returns The request state.
   */
  authenticateRequest(options: AuthenticateRequestOptions & { request?: AuthenticateRequestInput }): Promise<RequestState>;
  /**
   * An Express middleware that sets `req.auth` (signed out: every field null) and never blocks; same as
   * `ClerkExpressWithAuth`, bound to this client.
   * @param options - Keys and claim checks.
   * @returns The middleware.
   */
  expressWithAuth(options?: ClerkMiddlewareOptions): ClerkMiddleware;
  /**
   * An Express middleware that lets only signed-in requests through; same as `ClerkExpressRequireAuth`, bound to
   * this client.
   * @param options - Keys, claim checks and `onError`.
   * @returns The middleware.
   */
  expressRequireAuth(options?: ClerkMiddlewareOptions): ClerkMiddleware;
}

/** What authentication uses from a client's resources. */
export interface AuthResources {
  apiKeys: Pick<APIKeyAPI, 'verify'>;
  m2m: Pick<M2MTokenAPI, 'verify'>;
  idPOAuthAccessToken: Pick<IdPOAuthAccessTokenAPI, 'verify'>;
  sessions: Pick<SessionAPI, 'getToken'>;
  verifyToken: TokenVerifier;
}

type AuthenticateModule = typeof import('../lazy');
let authenticateModule: Promise<AuthenticateModule> | undefined;

/** The most clients with other secret keys kept per client (middleware given their own `secretKey`). */
const MAX_DERIVED_CLIENTS = 8;

function isRequestLike(value: unknown): value is AuthenticateRequestInput {
  return typeof value === 'object' && value !== null && 'headers' in value && typeof (value as { headers: unknown }).headers === 'object';
}

/**
 * Adds `authenticateRequest`, `expressWithAuth` and `expressRequireAuth` to a client.
 * @param resources - The client's resources.
 * @param withSecretKey - The same resources on another secret key (for a per-call `secretKey`).
 */
export function attachRequestAuth<T extends AuthResources>(
  resources: T,
  withSecretKey: (secretKey: string) => AuthResources,
  config: () => { secretKey: string | undefined; apiUrl: string; apiVersion: string },
): T & RequestAuthMethods {
  const derived = new Map<string, AuthResources>();
  // A secret key that is not the client's own means another instance, reached at the client's API URL.
  const otherKey = (secretKey: string | undefined): string | undefined => (secretKey && secretKey !== config().secretKey ? secretKey : undefined);
  const resourcesFor = (given: string | undefined): AuthResources => {
    const secretKey = otherKey(given);
    if (!secretKey) return resources;
    let found = derived.get(secretKey);
    if (!found) {
      if (derived.size >= MAX_DERIVED_CLIENTS) derived.delete(derived.keys().next().value as string);
      found = withSecretKey(secretKey);
      derived.set(secretKey, found);
    }
    return found;
  };
  const context: AuthenticateContext = {
    verifySessionToken: (token, options) => {
      const secretKey = otherKey(options.secretKey);
      const instance = secretKey ? { secretKey, apiUrl: config().apiUrl, apiVersion: config().apiVersion } : {};
      return resources.verifyToken(token, {
        // v4's middleware did not check the issuer; the client method's default Clerk-issuer check is off here.
        issuer: null,
        ...instance,
        jwtKey: options.jwtKey,
        authorizedParties: options.authorizedParties,
        audience: options.audience,
        clockSkewInMs: options.clockSkewInMs,
      }) as Promise<SessionClaims>;
    },
    machine(secretKey) {
      const api = resourcesFor(secretKey);
      return {
        verifyApiKey: (secret) => api.apiKeys.verify(secret),
        verifyM2MToken: (token) => api.m2m.verify(token),
        verifyOAuthToken: (token) => api.idPOAuthAccessToken.verify(token),
      };
    },
    mintFromTemplate: (sessionId, template) => resources.sessions.getToken(sessionId, template),
  };

  const client = resources as T & RequestAuthMethods;
  const authenticateRequest = async (
    first: AuthenticateRequestInput | (AuthenticateRequestOptions & { request?: AuthenticateRequestInput }),
    options?: AuthenticateRequestOptions,
  ): Promise<RequestState> => {
    authenticateModule ??= import('../lazy');
    const { authenticate } = await authenticateModule;
    if (!isRequestLike(first) && first && typeof first === 'object') {
      const { request, ...rest } = first as AuthenticateRequestOptions & { request?: AuthenticateRequestInput };
      return authenticate(context, request, rest);
    }
    return authenticate(context, first as AuthenticateRequestInput | undefined, options);
  };
  client.authenticateRequest = authenticateRequest as RequestAuthMethods['authenticateRequest'];
  client.expressWithAuth = createClerkExpressWithAuth({ clerkClient: client });
  client.expressRequireAuth = createClerkExpressRequireAuth({ clerkClient: client });
  return client;
}
