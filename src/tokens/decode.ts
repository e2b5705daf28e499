import { TokenVerificationError } from './errors';
import type { Jwt, JwtHeader, JwtPayload } from './types';

/** Longer tokens are refused before any decoding: a session token is about 1 KB, and a cookie holds at most 4 KB. */
export const MAX_TOKEN_LENGTH = 16 * 1024;

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** The token split at its dots, each part checked for shape; the header and payload parsed. */
export interface ParsedToken {
  header: JwtHeader;
  payload: JwtPayload;
  rawHeader: string;
  rawPayload: string;
  rawSignature: string;
  /** Header and payload with the dot between them: the bytes the signature covers. */
  signingInput: string;
}

function invalid(message: string): TokenVerificationError {
  return new TokenVerificationError({
    reason: 'token-invalid',
    message,
    action: 'Make sure that this is a Clerk-generated JWT.',
  });
}

function parseJsonObject(part: string, what: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    throw invalid(`The JWT ${what} is not base64url-encoded JSON.`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid(`The JWT ${what} is not a JSON object.`);
  }
  return value as Record<string, unknown>;
}

/** Splits and parses a token, throwing a `token-invalid` error for anything that is not a compact JWS. */
export function parseToken(token: unknown): ParsedToken {
  if (typeof token !== 'string' || token.length === 0) throw invalid('The token is missing or is not a string.');
  if (token.length > MAX_TOKEN_LENGTH) {
    throw invalid(`The token is ${token.length} characters long; at most ${MAX_TOKEN_LENGTH} are accepted.`);
  }
  const first = token.indexOf('.');
  const second = first < 0 ? -1 : token.indexOf('.', first + 1);
  if (second < 0 || token.indexOf('.', second + 1) >= 0) {
    throw invalid('Invalid JWT form: a JWT has three parts separated by dots.');
  }
  const rawHeader = token.slice(0, first);
  const rawPayload = token.slice(first + 1, second);
  const rawSignature = token.slice(second + 1);
  // An empty signature is left to the algorithm and signature checks, so `alg: none` is reported as such.
  if (!BASE64URL.test(rawHeader) || !BASE64URL.test(rawPayload) || (rawSignature !== '' && !BASE64URL.test(rawSignature))) {
    throw invalid('Invalid JWT form: the header or payload is empty, or a part holds characters outside base64url.');
  }
  const header = parseJsonObject(rawHeader, 'header');
  if (typeof header.alg !== 'string') throw invalid('The JWT header has no "alg".');
  const payload = parseJsonObject(rawPayload, 'payload');
  return {
    header: header as JwtHeader,
    payload: payload as JwtPayload,
    rawHeader,
    rawPayload,
    rawSignature,
    signingInput: token.slice(0, second),
  };
}

/**
 * Splits a JWT into its decoded header, claims and signature, without verifying anything. Use it to read a
 * token's `kid` or claims before choosing how to verify it; trust nothing in it until {@link verifyJwt} or
 * {@link verifyToken} has checked it.
 * @param token - A compact JWT (three base64url parts joined by dots).
 * @returns The decoded {@link Jwt}.
 * @throws {@link TokenVerificationError} with reason `token-invalid` when the input is not a JWT (wrong shape,
 * not base64url, not JSON, or longer than 16 KiB). This function is synchronous, as in v4.
 * @public
 */
export function decodeJwt(token: string): Jwt {
  const parsed = parseToken(token);
  return {
    header: parsed.header,
    payload: parsed.payload,
    signature: new Uint8Array(Buffer.from(parsed.rawSignature, 'base64url')),
    raw: { header: parsed.rawHeader, payload: parsed.rawPayload, signature: parsed.rawSignature, text: token },
  };
}
