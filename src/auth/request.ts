import type { AuthenticateRequestInput, FetchRequestLike, NodeRequestLike } from './types';

/** Tokens longer than this are refused before any parsing (Node's default header limit is 16 KiB). */
export const MAX_TOKEN_LENGTH = 16 * 1024;

/** The session cookie Clerk's frontend sets. */
export const SESSION_COOKIE = '__session';

/** Where a token came from. */
export type TokenCarrier = 'header' | 'cookie';

function isFetchRequest(request: AuthenticateRequestInput): request is FetchRequestLike {
  const headers = (request as { headers?: unknown }).headers;
  return typeof headers === 'object' && headers !== null && typeof (headers as { get?: unknown }).get === 'function';
}

/** One header of a Node or fetch request, joined when Node gives an array. */
export function readHeader(request: AuthenticateRequestInput, name: string): string | undefined {
  if (isFetchRequest(request)) return request.headers.get(name) ?? undefined;
  const headers = (request as NodeRequestLike).headers;
  if (!headers || typeof headers !== 'object') return undefined;
  const value = headers[name];
  if (Array.isArray(value)) return value.join(name === 'cookie' ? '; ' : ', ');
  return typeof value === 'string' ? value : undefined;
}

/** The token of `Authorization: Bearer <token>`; other schemes count as no header token. */
export function bearerToken(authorization: string | undefined): string | undefined {
  if (!authorization) return undefined;
  const trimmed = authorization.trim();
  if (trimmed.length < 7 || trimmed.slice(0, 7).toLowerCase() !== 'bearer ') return undefined;
  const token = trimmed.slice(7).trim();
  return token === '' ? undefined : token;
}

/** The value of one cookie in a `Cookie` header, percent-decoded when it is valid percent-encoding. */
export function cookieValue(cookieHeader: string | undefined, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  let start = 0;
  while (start < cookieHeader.length) {
    let end = cookieHeader.indexOf(';', start);
    if (end === -1) end = cookieHeader.length;
    const eq = cookieHeader.indexOf('=', start);
    if (eq !== -1 && eq < end && cookieHeader.slice(start, eq).trim() === name) {
      let value = cookieHeader.slice(eq + 1, end).trim();
      if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
      if (value === '') return undefined;
      try {
        return value.includes('%') ? decodeURIComponent(value) : value;
      } catch {
        return value;
      }
    }
    start = end + 1;
  }
  return undefined;
}

/** The token a request carries: the `Authorization: Bearer` header first, then the `__session` cookie. */
export function tokenFromRequest(
  request: AuthenticateRequestInput | undefined,
  given: { headerToken?: string | undefined; cookieToken?: string | undefined } = {},
): { token: string; carrier: TokenCarrier } | undefined {
  const header = given.headerToken || (request ? bearerToken(readHeader(request, 'authorization')) : undefined);
  if (header) return { token: header, carrier: 'header' };
  const cookie = given.cookieToken || (request ? cookieValue(readHeader(request, 'cookie'), SESSION_COOKIE) : undefined);
  if (cookie) return { token: cookie, carrier: 'cookie' };
  return undefined;
}
