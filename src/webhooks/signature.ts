// The Svix / Standard Webhooks signature scheme, on node:crypto. verify.ts loads this module on the first
// verification (dynamic import), so node:crypto is not loaded when the package is imported.
//
// Scheme: key = base64-decode(secret without its `whsec_` prefix); signature = base64(HMAC-SHA256(key,
// `${id}.${timestamp}.${body}`)); the header holds space-separated `version,signature` entries, of which only `v1`
// is defined. A delivery is authentic when any `v1` entry equals the signature computed here.
import { createHmac, timingSafeEqual } from 'node:crypto';

const SECRET_PREFIX = 'whsec_';
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Turns a `whsec_…` secret (the prefix is optional) into the HMAC key, or returns undefined when it is unusable. */
export function decodeSigningSecret(secret: string): Buffer | undefined {
  const trimmed = secret.trim();
  const body = trimmed.startsWith(SECRET_PREFIX) ? trimmed.slice(SECRET_PREFIX.length) : trimmed;
  if (!BASE64.test(body)) return undefined;
  const key = Buffer.from(body, 'base64');
  return key.length > 0 ? key : undefined;
}

/** The base64 HMAC-SHA256 of `${id}.${timestamp}.` followed by the body bytes (no `v1,` prefix). */
export function computeSignature(key: Buffer, id: string, timestamp: string, body: Uint8Array): string {
  return createHmac('sha256', key).update(`${id}.${timestamp}.`).update(body).digest('base64');
}

/**
 * True when one `v1` entry of a signature header equals `expected`, compared in constant time. Entries of other
 * versions are skipped. A trailing comma is dropped from each entry, because Node joins repeated headers with `, `.
 */
export function headerHasSignature(header: string, expected: string): boolean {
  const want = Buffer.from(expected, 'utf8');
  for (const entry of header.split(/\s+/)) {
    const comma = entry.indexOf(',');
    if (comma < 0 || entry.slice(0, comma) !== 'v1') continue;
    const given = Buffer.from(entry.slice(comma + 1).replace(/,$/, ''), 'utf8');
    if (given.length === want.length && timingSafeEqual(given, want)) return true;
  }
  return false;
}

/**
 * Signs a payload the way Clerk (Svix) does and returns the `svix-signature` header value (`v1,<base64>`).
 * For tests and tools that need to produce deliveries; throws a TypeError when the secret is unusable.
 * @internal
 */
export function signWebhookPayload(secret: string, id: string, timestampSeconds: number, payload: string | Uint8Array): string {
  const key = decodeSigningSecret(secret);
  if (!key) throw new TypeError('The webhook signing secret must be `whsec_` followed by base64.');
  const body = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload;
  return `v1,${computeSignature(key, id, String(Math.floor(timestampSeconds)), body)}`;
}
