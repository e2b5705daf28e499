// Webhook signing the way Clerk delivers webhooks (through Svix, the Standard Webhooks scheme): the signing secret is
// `whsec_` + base64 key bytes; each delivery carries `svix-id`, `svix-timestamp` (Unix seconds) and
// `svix-signature` = `v1,` + base64(HMAC-SHA256(key, `${id}.${timestamp}.${payload}`)).
import { createHmac, randomBytes } from 'node:crypto';
import { request } from 'node:http';

/** A signing secret in the `whsec_…` form Clerk's dashboard shows. */
export function newSigningSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`;
}

/** The `v1,…` signature of one delivery. */
export function signature(secret: string, id: string, timestamp: number, payload: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${payload}`).digest('base64')}`;
}

/** A message id shaped like Svix's: `msg_` and 27 base62 characters. */
export function newMessageId(): string {
  const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  let out = '';
  for (const byte of randomBytes(27)) out += alphabet[byte % 62];
  return `msg_${out}`;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** Delivers a signed webhook with a POST to a loopback URL; resolves with the status and body text. */
export function post(url: string, payload: string, headers: Record<string, string>, timeoutMs: number): Promise<{ status: number; body: string }> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return Promise.reject(new TypeError(`deliverWebhook needs an absolute http:// URL, got ${JSON.stringify(url)}.`));
  }
  if (target.protocol !== 'http:' || !LOOPBACK.has(target.hostname)) {
    return Promise.reject(new TypeError(`deliverWebhook only posts to http:// loopback addresses (127.0.0.1, localhost, [::1]), not ${target.origin}.`));
  }
  return new Promise((resolve, reject) => {
    const req = request(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          // Keep at most 1 MB of the answer; it is for assertions, not for storage.
          if (size < 1_048_576) chunks.push(chunk);
          size += chunk.length;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`The webhook endpoint did not answer within ${timeoutMs} ms.`)));
    req.on('error', reject);
    req.end(payload);
  });
}
