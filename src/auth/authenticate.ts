// Request authentication. Loaded on the first authenticated request (dynamic import from the client and the
// Express middleware), never at package import.
import { isClerkAPIResponseError, isClerkSDKError } from '../core/errors';
import { machineAuthObject, signedInAuthObject, signedOutAuthObjectOf, type VerifiedMachineToken } from './authObjects';
import { MAX_TOKEN_LENGTH, tokenFromRequest, type TokenCarrier } from './request';
import type {
  AcceptsToken,
  AuthenticateRequestInput,
  AuthenticateRequestOptions,
  MachineSignedInState,
  MachineTokenType,
  RequestState,
  SessionClaims,
  SessionSignedInState,
  SignedOutState,
  TokenType,
} from './types';

/** The options a session token check receives. */
export interface SessionVerifyOptions {
  secretKey?: string | undefined;
  jwtKey?: string | undefined;
  authorizedParties?: string[] | undefined;
  audience?: string | string[] | undefined;
  clockSkewInMs?: number | undefined;
}

/** What authentication needs from a client: a session token check and the three machine verify operations. */
export interface AuthenticateContext {
  /** Verifies a session token; rejects with an error whose `reason` names the failed check. */
  verifySessionToken(token: string, options: SessionVerifyOptions): Promise<SessionClaims>;
  /** `apiKeys.verify`, `m2m.verify`, `idPOAuthAccessToken.verify` and `sessions.getToken` of the client to use. */
  machine(secretKey: string | undefined): {
    verifyApiKey(secret: string): Promise<VerifiedMachineToken & { revoked?: boolean; expired?: boolean }>;
    verifyM2MToken(token: string): Promise<VerifiedMachineToken & { revoked?: boolean; expired?: boolean }>;
    verifyOAuthToken(token: string): Promise<(VerifiedMachineToken & { active: true; revoked?: boolean; expired?: boolean }) | { active: false }>;
  };
  /** Mints a token from a JWT template (`sessions.getToken`). */
  mintFromTemplate(sessionId: string, template: string): Promise<string>;
}

const MACHINE_PREFIXES: ReadonlyArray<readonly [string, MachineTokenType]> = [
  ['ak_', 'api_key'],
  ['mt_', 'm2m_token'],
  ['oat_', 'oauth_token'],
];

const ALL_TYPES: readonly TokenType[] = ['session_token', 'api_key', 'm2m_token', 'oauth_token'];

/** The set of accepted kinds; an unknown value accepts nothing rather than everything. */
function acceptedTypes(accepts: AcceptsToken | undefined): ReadonlySet<TokenType> {
  if (accepts === undefined) return new Set(['session_token']);
  if (accepts === 'any') return new Set(ALL_TYPES);
  const list = (Array.isArray(accepts) ? accepts : [accepts]) as string[];
  return new Set(
    list.map((kind) => (kind === 'machine_token' ? 'm2m_token' : kind)).filter((kind): kind is TokenType => (ALL_TYPES as string[]).includes(kind)),
  );
}

/** The kind of a token, from its prefix (machine tokens) or its JWT header (`at+jwt` OAuth access tokens). */
function tokenTypeOf(token: string): TokenType {
  for (const [prefix, kind] of MACHINE_PREFIXES) if (token.startsWith(prefix)) return kind;
  const dot = token.indexOf('.');
  if (dot > 0 && dot <= 2048) {
    try {
      const header = JSON.parse(Buffer.from(token.slice(0, dot), 'base64url').toString('utf8')) as { typ?: unknown };
      const typ = typeof header?.typ === 'string' ? header.typ.toLowerCase() : '';
      if (typ === 'at+jwt' || typ === 'application/at+jwt') return 'oauth_token';
    } catch {
      // Not JSON: the session check will refuse it with its own reason.
    }
  }
  return 'session_token';
}

function signedOut(reason: string, message: string, tokenType: TokenType | null, carrier?: TokenCarrier): SignedOutState {
  const full = carrier ? `${message} (reason=${reason}, token-carrier=${carrier})` : `${message} (reason=${reason})`;
  return {
    status: 'signed-out',
    reason,
    message: full,
    isSignedIn: false,
    isAuthenticated: false,
    isInterstitial: false,
    isUnknown: false,
    tokenType,
    token: null,
    toAuth: () => signedOutAuthObjectOf(tokenType, reason),
  };
}

/** A signed-in state around its auth object (a session's, or a machine token's). */
function signedIn(tokenType: 'session_token', token: string, auth: ReturnType<typeof signedInAuthObject>): SessionSignedInState;
function signedIn(tokenType: MachineSignedInState['tokenType'], token: string, auth: ReturnType<typeof machineAuthObject>): MachineSignedInState;
function signedIn(tokenType: TokenType, token: string, auth: unknown): SessionSignedInState | MachineSignedInState {
  return {
    status: 'signed-in',
    reason: null,
    message: null,
    isSignedIn: true,
    isAuthenticated: true,
    isInterstitial: false,
    isUnknown: false,
    tokenType,
    token,
    toAuth: () => auth,
  } as SessionSignedInState | MachineSignedInState;
}

/** The reason a failed check reports: the verifier's own reason when it has one. */
function failureOf(error: unknown, fallbackReason: string): { reason: string; message: string } {
  if (isClerkAPIResponseError(error)) {
    // 4xx: the API does not know the token (or it is revoked or expired); 5xx: the check itself failed.
    return error.status < 500
      ? { reason: 'token-invalid', message: `The Backend API refused the token (${error.status}).` }
      : { reason: 'token-verification-failed', message: `The Backend API could not verify the token (${error.status}).` };
  }
  if (isClerkSDKError(error)) return { reason: 'token-verification-failed', message: error.message };
  if (error instanceof Error && typeof (error as { reason?: unknown }).reason === 'string') {
    return { reason: (error as unknown as { reason: string }).reason, message: error.message };
  }
  return { reason: fallbackReason, message: 'The token could not be verified.' };
}

/**
 * Authenticates one request: finds the token (`Authorization: Bearer`, then the `__session` cookie), tells its
 * kind, verifies it and says who made the request. Never throws: every failure is a signed-out state with a reason.
 */
export async function authenticate(
  context: AuthenticateContext,
  request: AuthenticateRequestInput | undefined,
  options: AuthenticateRequestOptions = {},
): Promise<RequestState> {
  const accepted = acceptedTypes(options.acceptsToken);
  let found: { token: string; carrier: TokenCarrier } | undefined;
  try {
    found = tokenFromRequest(request, options);
  } catch {
    found = undefined;
  }
  if (!found) {
    return signedOut('session-token-missing', 'No session token in the Authorization header or the __session cookie.', null);
  }
  const { token, carrier } = found;
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) {
    return signedOut('token-invalid', `The token is longer than ${MAX_TOKEN_LENGTH} characters.`, null, carrier);
  }
  const tokenType = tokenTypeOf(token);
  if (!accepted.has(tokenType)) {
    return signedOut('token-type-mismatch', `A ${tokenType} was presented where it is not accepted.`, tokenType, carrier);
  }
  const secretKey = options.secretKey || options.apiKey || undefined;
  try {
    if (tokenType === 'session_token') {
      const claims = await context.verifySessionToken(token, {
        secretKey,
        jwtKey: options.jwtKey,
        authorizedParties: options.authorizedParties,
        audience: options.audience,
        clockSkewInMs: options.clockSkewInMs,
      });
      if (!claims || typeof claims.sub !== 'string' || claims.sub === '') {
        return signedOut('token-invalid', 'The session token has no subject (sub).', tokenType, carrier);
      }
      return signedIn('session_token', token, signedInAuthObject(claims, token, context.mintFromTemplate));
    }
    const machine = context.machine(secretKey);
    let verified: VerifiedMachineToken & { revoked?: boolean; expired?: boolean };
    if (tokenType === 'api_key') verified = await machine.verifyApiKey(token);
    else if (tokenType === 'm2m_token') verified = await machine.verifyM2MToken(token);
    else {
      const result = await machine.verifyOAuthToken(token);
      if (!result.active) return signedOut('token-invalid', 'The OAuth access token is not active.', tokenType, carrier);
      verified = result;
    }
    if (verified.revoked === true || verified.expired === true) {
      return signedOut('token-invalid', `The ${tokenType} is ${verified.revoked === true ? 'revoked' : 'expired'}.`, tokenType, carrier);
    }
    return signedIn(tokenType, token, machineAuthObject(tokenType, token, verified));
  } catch (error) {
    const { reason, message } = failureOf(error, 'unexpected-error');
    return signedOut(reason, message, tokenType, carrier);
  }
}
