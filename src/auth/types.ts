// Public types of request authentication. Type-only (plus two tiny constant objects), so the main entry can export
// them without loading any verification code.

/**
 * The kinds of token {@link AuthenticateRequestOptions.acceptsToken} can accept, as `@clerk/backend` names them.
 * @public
 */
export type TokenType = 'session_token' | 'api_key' | 'm2m_token' | 'oauth_token';

/**
 * The machine token kinds: everything but a session token.
 * @public
 */
export type MachineTokenType = Exclude<TokenType, 'session_token'>;

/**
 * Which tokens a request may carry: one kind, a list of kinds, or `'any'`. `'machine_token'` is accepted as the
 * older name of `'m2m_token'`.
 * @public
 */
export type AcceptsToken = TokenType | 'machine_token' | 'any' | ReadonlyArray<TokenType | 'machine_token'>;

/**
 * Status values of a {@link RequestState}. `interstitial` and `unknown` are v4 names kept so comparisons in old
 * code still compile; this SDK never produces them (see the README on cookie sessions).
 * @public
 */
export const AuthStatus = {
  /** A valid token was found. */
  SignedIn: 'signed-in',
  /** No token, or a token that failed a check. */
  SignedOut: 'signed-out',
  /** v4's browser interstitial; never produced here. */
  Interstitial: 'interstitial',
  /** v4's undecidable state; never produced here. */
  Unknown: 'unknown',
} as const;

/**
 * One of the `AuthStatus` values.
 * @public
 */
export type AuthStatus = (typeof AuthStatus)[keyof typeof AuthStatus];

/**
 * Why a request is signed out: no token, a token of a kind not accepted, or the reason a check failed (the
 * `reason` of the token verification error, such as `token-expired` or `token-invalid-signature`).
 * @public
 */
export type AuthReason = 'session-token-missing' | 'token-type-mismatch' | 'token-invalid' | 'token-verification-failed' | 'unexpected-error' | (string & {});

/**
 * The `act` claim of an impersonation session: who is acting as the user.
 * @public
 */
export interface ActClaim {
  /** The id of the actor (the impersonating user). */
  sub: string;
  /** Any other fields the token carries. */
  [key: string]: unknown;
}

/**
 * The organization claim of a version-2 session token (`o`).
 * @public
 */
export interface OrganizationClaimV2 {
  /** Organization id. */
  id?: string;
  /** Role, without the `org:` prefix. */
  rol?: string;
  /** Organization slug. */
  slg?: string;
  /** Comma-separated permission names, indexed by the bits of `fpm`. */
  per?: string;
  /** Comma-separated bit masks, one per organization feature of `fea`: which permissions each feature grants. */
  fpm?: string;
  /** Any other fields the token carries. */
  [key: string]: unknown;
}

/**
 * The claims of a Clerk session token, version 1 (`org_id`, `org_role`, ...) or version 2 (`v: 2`, `o: {...}`).
 * @public
 */
export interface SessionClaims {
  /** The user id. */
  sub: string;
  /** The session id. */
  sid?: string;
  /** Issuer: the instance's Frontend API URL. */
  iss?: string;
  /** Authorized party: the origin that requested the token. */
  azp?: string;
  /** Expiry, in seconds since the epoch. */
  exp?: number;
  /** Issue time, in seconds since the epoch. */
  iat?: number;
  /** Not-before time, in seconds since the epoch. */
  nbf?: number;
  /** Impersonation: who acts as the user. */
  act?: ActClaim;
  /** Claims version; 2 for the compact organization claim `o`. */
  v?: number;
  /** Version 2: the active organization. */
  o?: OrganizationClaimV2;
  /** Version 2: comma-separated features with a scope prefix (`o:` organization, `u:` user). */
  fea?: string;
  /** Session status (`active`, `pending`), when the instance adds it. */
  sts?: string;
  /** Version 1: active organization id. */
  org_id?: string;
  /** Version 1: role in the active organization. */
  org_role?: string;
  /** Version 1: slug of the active organization. */
  org_slug?: string;
  /** Version 1: permissions in the active organization. */
  org_permissions?: string[];
  /** Any custom claims. */
  [key: string]: unknown;
}

/**
 * What {@link SignedInAuthObject.has} can check: a role or a permission in the active organization.
 * @public
 */
export type CheckAuthorizationParams = { role: string; permission?: never } | { permission: string; role?: never };

/**
 * Options of {@link SignedInAuthObject.getToken}.
 * @public
 */
export interface GetTokenOptions {
  /** A JWT template name: mints a new token from that template for the session (one Backend API request). */
  template?: string;
}

/**
 * The auth object of a request that carried a valid session token.
 * @public
 */
export interface SignedInAuthObject {
  /** Always `session_token`. */
  tokenType: 'session_token';
  /** Always true. */
  isAuthenticated: true;
  /** The verified claims of the session token. */
  sessionClaims: SessionClaims;
  /** The session id (`sid`). */
  sessionId: string;
  /** The session status claim (`sts`), or null when the token has none. */
  sessionStatus: string | null;
  /** The user id (`sub`). */
  userId: string;
  /** The impersonator, for impersonation sessions. */
  actor: ActClaim | undefined;
  /** The active organization's id, if any. */
  orgId: string | undefined;
  /** The user's role in the active organization (`org:admin`), if any. */
  orgRole: string | undefined;
  /** The active organization's slug, if any. */
  orgSlug: string | undefined;
  /** The user's permissions in the active organization, if any. */
  orgPermissions: string[] | undefined;
  /**
   * Resolves to the request's own session token, or, given a template name, to a new token minted from that
   * template (a Backend API request).
   */
  getToken(options?: GetTokenOptions): Promise<string | null>;
  /** True when the user has the role or the permission in the active organization. */
  has(params: CheckAuthorizationParams): boolean;
  /** A plain summary for logs: ids, status and reason, never a token or key. */
  debug(): Record<string, unknown>;
}

/**
 * The auth object of a request without a valid token: every field null.
 * @public
 */
export interface SignedOutAuthObject {
  /** The kind of token that was presented and refused, or null when there was none. */
  tokenType: TokenType | null;
  /** Always false. */
  isAuthenticated: false;
  /** Always null. */
  sessionClaims: null;
  /** Always null. */
  sessionId: null;
  /** Always null. */
  sessionStatus: null;
  /** Always null. */
  userId: null;
  /** Always null. */
  actor: null;
  /** Always null. */
  orgId: null;
  /** Always null. */
  orgRole: null;
  /** Always null. */
  orgSlug: null;
  /** Always null. */
  orgPermissions: null;
  /** Resolves to null. */
  getToken(options?: GetTokenOptions): Promise<null>;
  /** Always false. */
  has(params: CheckAuthorizationParams): boolean;
  /** A plain summary for logs: status and reason, never a token or key. */
  debug(): Record<string, unknown>;
}

/**
 * The auth object of a request that carried a valid API key, M2M token or OAuth access token, as the Backend API
 * described it when verifying the token.
 * @public
 */
export interface MachineAuthObject {
  /** Which kind of machine token it was. */
  tokenType: MachineTokenType;
  /** Always true. */
  isAuthenticated: true;
  /** The token's id (`ak_…`, `mt_…`, `oat_…`). */
  id: string;
  /** Who the token acts for: a user (`user_…`), an organization (`org_…`) or a machine (`mch_…`). */
  subject: string;
  /** The API key's name; null for other kinds. */
  name: string | null;
  /** Scopes granted to the token. */
  scopes: string[];
  /** Custom claims stored with the token, as the API returned them; null when none. */
  claims: Record<string, unknown> | null;
  /** The subject when it is a user, else null. */
  userId: string | null;
  /** The subject when it is an organization, else null. */
  orgId: string | null;
  /** The subject when it is a machine, else null. */
  machineId: string | null;
  /** The OAuth application's client id, for OAuth access tokens; else null. */
  clientId: string | null;
  /** Always null: a machine token has no session (present so `auth.sessionId` reads the same on every auth object). */
  sessionId: null;
  /** Always null: a machine token carries no session claims. */
  sessionClaims: null;
  /** Always null. */
  actor: null;
  /** Always null. */
  orgRole: null;
  /** Always null. */
  orgSlug: null;
  /** Always null. */
  orgPermissions: null;
  /** Resolves to the token that was presented. */
  getToken(): Promise<string>;
  /** True when `scope` is among the token's scopes (`has({ scope })`); role and permission checks are false. */
  has(params: { scope: string } | CheckAuthorizationParams): boolean;
  /** A plain summary for logs: ids and kind, never the token. */
  debug(): Record<string, unknown>;
}

/**
 * Any auth object a request state's `toAuth()` can return.
 * @public
 */
export type AuthObject = SignedInAuthObject | SignedOutAuthObject | MachineAuthObject;

/**
 * Fields every request state has.
 * @public
 */
export interface RequestStateBase {
  /** v4 field; always false here (no browser interstitial). */
  isInterstitial: false;
  /** v4 field; always false here. */
  isUnknown: false;
}

/**
 * A request with a valid session token.
 * @public
 */
export interface SessionSignedInState extends RequestStateBase {
  /** `signed-in`. */
  status: 'signed-in';
  /** Always null. */
  reason: null;
  /** Always null. */
  message: null;
  /** Always true. */
  isSignedIn: true;
  /** Always true. */
  isAuthenticated: true;
  /** `session_token`. */
  tokenType: 'session_token';
  /** The verified session token. */
  token: string;
  /** The auth object. */
  toAuth(): SignedInAuthObject;
}

/**
 * A request with a valid API key, M2M token or OAuth access token.
 * @public
 */
export interface MachineSignedInState extends RequestStateBase {
  /** `signed-in`. */
  status: 'signed-in';
  /** Always null. */
  reason: null;
  /** Always null. */
  message: null;
  /** Always true. */
  isSignedIn: true;
  /** Always true. */
  isAuthenticated: true;
  /** Which kind of machine token it was. */
  tokenType: MachineTokenType;
  /** The verified token. */
  token: string;
  /** The machine auth object. */
  toAuth(): MachineAuthObject;
}

/**
 * A request without a valid token.
 * @public
 */
export interface SignedOutState extends RequestStateBase {
  /** `signed-out`. */
  status: 'signed-out';
  /** Why: no token, a kind not accepted, or the check that failed. */
  reason: AuthReason;
  /** A sentence for logs, with the reason and where the token was (`header` or `cookie`); never the token. */
  message: string;
  /** Always false. */
  isSignedIn: false;
  /** Always false. */
  isAuthenticated: false;
  /** The kind of token that was refused, or null when there was none. */
  tokenType: TokenType | null;
  /** Always null. */
  token: null;
  /** The signed-out auth object. */
  toAuth(): SignedOutAuthObject;
}

/**
 * The result of a client's `authenticateRequest`: signed in (session or machine token) or signed out, with the reason.
 * @public
 */
export type RequestState = SessionSignedInState | MachineSignedInState | SignedOutState;

/**
 * Options of `authenticateRequest`. The key and token options fall back to the client's configuration and to
 * `CLERK_SECRET_KEY` / `CLERK_JWT_KEY`, read when the request is authenticated.
 * @public
 */
export interface AuthenticateRequestOptions {
  /** Secret key used to fetch the JWKS and to verify machine tokens; defaults to the client's. */
  secretKey?: string;
  /** v4 name of `secretKey`. @deprecated Use `secretKey`. */
  apiKey?: string;
  /** PEM public key of the instance: session tokens are then verified without any network request. */
  jwtKey?: string;
  /** Origins allowed in the token's `azp` claim (recommended against CSRF when cookies carry the token). */
  authorizedParties?: string[];
  /** Expected `aud` claim (one value or a list). */
  audience?: string | string[];
  /** Allowed clock difference for `exp`, `nbf` and `iat`, in milliseconds (default 5000). */
  clockSkewInMs?: number;
  /** Which token kinds are accepted (default `session_token`). */
  acceptsToken?: AcceptsToken;
  /** A token in hand to check instead of reading the request's header (v4 option). */
  headerToken?: string;
  /** A token in hand to check instead of reading the request's `__session` cookie (v4 option). */
  cookieToken?: string;
}

/**
 * The minimum of a Node `IncomingMessage` (and of an Express request) that authentication reads.
 * @public
 */
export interface NodeRequestLike {
  /** Lower-cased request headers, as Node gives them. */
  headers: Record<string, string | string[] | undefined>;
  /** Request path and query. */
  url?: string | undefined;
  /** Request method. */
  method?: string | undefined;
}

/**
 * The minimum of a fetch `Request` that authentication reads.
 * @public
 */
export interface FetchRequestLike {
  /** The request headers. */
  headers: { get(name: string): string | null };
  /** The request URL. */
  url: string;
}

/**
 * What `authenticateRequest` accepts: a Node or Express request, or a fetch `Request`.
 * @public
 */
export type AuthenticateRequestInput = NodeRequestLike | FetchRequestLike;
