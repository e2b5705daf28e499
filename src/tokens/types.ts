/**
 * The protected header of a JWT.
 * @public
 */
export interface JwtHeader {
  /** Signing algorithm, such as `RS256`. */
  alg: string;
  /** Id of the signing key in the JWKS. */
  kid?: string;
  /** Media type; `JWT` when present. */
  typ?: string;
  /** Other header members. */
  [name: string]: unknown;
}

/**
 * The claims of a Clerk session token (and of any JWT verified here). Only the registered claims and Clerk's
 * session claims are named; every other claim is kept as it came.
 * @public
 */
export interface JwtPayload {
  /** Issuer: the instance's Frontend API URL for Clerk tokens. */
  iss?: string;
  /** Subject: the user id for session tokens. */
  sub: string;
  /** Audience, when the token was minted for one. */
  aud?: string | string[];
  /** Expiry, in seconds since the epoch. */
  exp: number;
  /** Not-before time, in seconds since the epoch. */
  nbf?: number;
  /** Issue time, in seconds since the epoch. */
  iat?: number;
  /** Token id. */
  jti?: string;
  /** Authorized party: the origin the token was minted for. */
  azp?: string;
  /** Session id. */
  sid?: string;
  /** Active organization id (v1 session tokens). */
  org_id?: string;
  /** Role in the active organization (v1 session tokens). */
  org_role?: string;
  /** Slug of the active organization (v1 session tokens). */
  org_slug?: string;
  /** Permissions in the active organization (v1 session tokens). */
  org_permissions?: string[];
  /** The impersonating actor, for actor tokens. */
  act?: Record<string, unknown>;
  /** Other claims (v2 session tokens carry the organization as `o`, the version as `v`). */
  [claim: string]: unknown;
}

/**
 * A JWT split into its parts by `decodeJwt`. Nothing in it has been verified.
 * @public
 */
export interface Jwt {
  /** The decoded header. */
  header: JwtHeader;
  /** The decoded claims. */
  payload: JwtPayload;
  /** The signature bytes. */
  signature: Uint8Array;
  /** The encoded parts as they appear in the token. */
  raw: {
    /** Encoded header. */
    header: string;
    /** Encoded payload. */
    payload: string;
    /** Encoded signature. */
    signature: string;
    /** The whole token. */
    text: string;
  };
}

/**
 * A public key in JWK form (RFC 7517), as found in a JWKS.
 * @public
 */
export interface PublicJwk {
  /** Key type: `RSA`, `EC` or `OKP`. */
  kty: string;
  /** Key id. */
  kid?: string;
  /** Algorithm the key is meant for. */
  alg?: string;
  /** Intended use (`sig`). */
  use?: string;
  /** Other members (`n`, `e`, `crv`, `x`, `y`, ...). */
  [member: string]: unknown;
}

/**
 * Which issuers to accept: one exact value, a list of exact values, or a predicate.
 * @public
 */
export type IssuerResolver = string | readonly string[] | ((iss: string) => boolean);

/**
 * The claim checks shared by `verifyJwt` and `verifyToken`.
 * @public
 */
export interface VerifyClaimsOptions {
  /**
   * Accepted audiences. When given, the token must carry an `aud` that matches one of them (v4 let a token
   * without `aud` through).
   */
  audience?: string | readonly string[] | undefined;
  /** Accepted `azp` values (origins, such as `https://example.com`). A token without `azp` is not checked (as in v4). */
  authorizedParties?: readonly string[] | undefined;
  /**
   * Accepted issuers. When given, the token must carry a matching `iss`. `null` or omitted: not checked (the client
   * method {@link ClerkClient.verifyToken} then checks for a Clerk issuer instead).
   */
  issuer?: IssuerResolver | null | undefined;
  /** Tolerance, in milliseconds, for `exp`, `nbf` and `iat`. Default 5000; 0 means none. */
  clockSkewInMs?: number | undefined;
  /**
   * v4's misnamed tolerance: it was read as milliseconds, and still is. Used only when `clockSkewInMs` is absent.
   * @deprecated Use `clockSkewInMs`.
   */
  clockSkewInSeconds?: number | undefined;
}

/**
 * Options of `verifyJwt`: the key in hand and the claim checks.
 * @public
 */
export interface VerifyJwtOptions extends VerifyClaimsOptions {
  /** The public key: a PEM string (SPKI, `-----BEGIN PUBLIC KEY-----`) or a JWK. */
  key: string | PublicJwk;
}

/**
 * Options of `verifyToken` and {@link ClerkClient.verifyToken}.
 *
 * The key comes from `jwtKey` (or `CLERK_JWT_KEY`), and then no request is made; otherwise from the instance JWKS,
 * fetched from the Backend API with the secret key and cached (see the README for the numbers).
 * @public
 */
export interface VerifyTokenOptions extends VerifyClaimsOptions {
  /** PEM public key of the instance (Dashboard, API keys, "Show JWT public key"). Env: `CLERK_JWT_KEY`. */
  jwtKey?: string | undefined;
  /** Secret key used to fetch the JWKS. Env: `CLERK_SECRET_KEY`. On a client, the client's key is the default. */
  secretKey?: string | undefined;
  /** v4 name of `secretKey`. @deprecated Use `secretKey`. */
  apiKey?: string | undefined;
  /** Backend API base URL for the JWKS request. Env: `CLERK_API_URL`. Default `https://api.clerk.com`. */
  apiUrl?: string | undefined;
  /** Backend API version path. Env: `CLERK_API_VERSION`. Default `v1`. */
  apiVersion?: string | undefined;
  /** How long a fetched JWKS is used before it is fetched again, in milliseconds. Default 300000 (5 minutes). */
  jwksCacheTtlInMs?: number | undefined;
  /** Fetch the JWKS for this call even when a fresh copy is cached. */
  skipJwksCache?: boolean | undefined;
}

/**
 * A function that verifies a session token the way a client's {@link ClerkClient.verifyToken} does; clients hand
 * one to their {@link SessionAPI}.
 * @public
 */
export type TokenVerifier = (token: string, options?: VerifyTokenOptions) => Promise<JwtPayload>;
