// The public face of token verification. This file and what it imports stay small, because the package's main
// entry loads them: the crypto work lives in ./verify, loaded (through ../lazy) on the first verification.
import type { ResolvedConfig } from '../config';
import type { Jwks } from '../models/Jwks';
import type { JwtPayload, TokenVerifier, VerifyJwtOptions, VerifyTokenOptions } from './types';

export type { TokenCarrier, TokenVerificationErrorInit, TokenVerificationErrorReason } from './errors';
export type {
  IssuerResolver,
  Jwt,
  JwtHeader,
  JwtPayload,
  PublicJwk,
  TokenVerifier,
  VerifyClaimsOptions,
  VerifyJwtOptions,
  VerifyTokenOptions,
} from './types';

type VerifyModule = typeof import('../lazy');

let verifyModule: VerifyModule | undefined;
let verifyModuleLoading: Promise<VerifyModule> | undefined;

/** Loads the verification code once; later calls get the module without a promise hop. */
function loadVerify(): Promise<VerifyModule> {
  verifyModuleLoading ??= import('../lazy').then((mod) => (verifyModule = mod));
  return verifyModuleLoading;
}

/**
 * Verifies a Clerk session token (or any JWT the instance signed) and resolves to its claims.
 *
 * The key is `options.jwtKey`, else `CLERK_JWT_KEY` (a PEM public key; no request is made), else the instance
 * JWKS fetched with `options.secretKey` or `CLERK_SECRET_KEY` and cached. Checks, in order: the token's form, the
 * `alg` (an allowlist that fits the key), the signature, then `exp`/`nbf`/`iat` (with `clockSkewInMs`), `azp`,
 * `iss` and `aud` when asked. Unlike {@link ClerkClient.verifyToken}, no issuer is checked unless `issuer` is given.
 * @param token - The session token (from the `Authorization: Bearer` header or the `__session` cookie).
 * @param options - The key source and the claim checks.
 * @returns The verified claims.
 * @throws {@link TokenVerificationError} (as a rejection, never synchronously) whose `reason` names the failed check.
 * @example
 * ```ts
 * const claims = await verifyToken(token, { jwtKey: process.env.CLERK_JWT_KEY, authorizedParties: ['https://example.com'] });
 * console.log(claims.sub, claims.sid);
 * ```
 * @public
 */
export async function verifyToken(token: string, options: VerifyTokenOptions = {}): Promise<JwtPayload> {
  const mod = verifyModule ?? (await loadVerify());
  return mod.verifyTokenStandalone(token, options);
}

/**
 * Verifies a JWT against a key in hand (a PEM public key or a JWK) and resolves to its claims. Same checks as
 * {@link verifyToken}, without any key lookup.
 * @param token - The JWT.
 * @param options - The key and the claim checks.
 * @returns The verified claims.
 * @throws {@link TokenVerificationError} (as a rejection) whose `reason` names the failed check.
 * @public
 */
export async function verifyJwt(token: string, options: VerifyJwtOptions): Promise<JwtPayload> {
  const mod = verifyModule ?? (await loadVerify());
  return mod.verifyJwtWithKey(token, options);
}

/** What a client gives its verifier: its configuration and its own JWKS request. */
export interface ClientVerifierDeps {
  config: () => ResolvedConfig;
  fetchJwks: () => Promise<Jwks>;
}

/**
 * The verifier behind `client.verifyToken` and `client.sessions.verifySession`: the client's keys, its own JWKS
 * cache, and v4's default check that the issuer is a Clerk one. Nothing is loaded until the first call.
 */
export function createClientVerifier(deps: ClientVerifierDeps): TokenVerifier {
  let verifier: TokenVerifier | undefined;
  return async (token, options) => {
    if (!verifier) {
      const mod = verifyModule ?? (await loadVerify());
      verifier ??= mod.createJwksVerifier(deps);
    }
    return verifier(token, options);
  };
}
