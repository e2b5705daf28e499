import { WebhookVerificationError } from './errors';
import type { WebhookEvent } from './events.generated';

// Read at each call (never at import), so a late dotenv load still works.
const SIGNING_SECRET_ENV = 'CLERK_WEBHOOK_SIGNING_SECRET';
const DEFAULT_TOLERANCE_SECONDS = 5 * 60;
const TIMESTAMP = /^[0-9]{1,15}$/;

/**
 * Request headers as Node gives them (`req.headers`, where a value may be an array) or a fetch `Headers` object.
 * Names are matched case-insensitively.
 * @public
 */
export type WebhookHeaders = Headers | Readonly<Record<string, string | readonly string[] | number | undefined>>;

/**
 * A webhook delivery taken apart: the raw body exactly as received, and the request headers.
 * @public
 */
export interface WebhookPayloadInput {
  /**
   * The raw request body: a string, a `Buffer` (what `express.raw()` gives), a `Uint8Array` or an `ArrayBuffer`.
   * Not a parsed object: the signature covers the exact bytes Clerk sent.
   */
  payload: string | Uint8Array | ArrayBuffer;
  /** The request headers, which carry the delivery id, timestamp and signatures. */
  headers: WebhookHeaders;
}

/**
 * Options of {@link verifyWebhook}.
 * @public
 */
export interface VerifyWebhookOptions {
  /**
   * The endpoint's signing secret (`whsec_…`, from the Clerk Dashboard). Defaults to the
   * `CLERK_WEBHOOK_SIGNING_SECRET` environment variable, read at each call.
   */
  signingSecret?: string | undefined;
  /**
   * How far, in seconds, the delivery's timestamp may be from the local clock, in either direction. Default 300
   * (5 minutes, as Svix and Standard Webhooks use). A delivery exactly at the limit passes.
   */
  toleranceInSeconds?: number | undefined;
}

interface DeliveryHeaders {
  id: string;
  timestamp: string;
  signature: string;
}

type SignatureModule = typeof import('./signature');
// The signature module once loaded (later calls skip the await), and the last secret with its decoded key.
let signatureLoading: Promise<SignatureModule> | undefined;
let signatureModule: SignatureModule | undefined;
let lastSecret: { secret: string; key: Buffer } | undefined;

/**
 * Checks that a webhook delivery really comes from Clerk and returns its event.
 *
 * Clerk signs deliveries with Svix (the Standard Webhooks scheme): the `svix-id`, `svix-timestamp` and
 * `svix-signature` headers (the `webhook-*` names work too) carry an HMAC-SHA256 of the id, the timestamp and the
 * raw body, keyed with the endpoint's signing secret. This function recomputes it, compares it in constant time
 * with every `v1` signature in the header, refuses timestamps outside the tolerance, then parses the body.
 *
 * Pass a fetch `Request`, or `{ payload, headers }` with the raw body: with Express, mount
 * `express.raw({ type: 'application/json' })` on the route and pass `{ payload: req.body, headers: req.headers }`.
 *
 * @param input - A fetch `Request` (its body is read), or the raw body and the headers.
 * @param options - The signing secret (default `CLERK_WEBHOOK_SIGNING_SECRET`) and the timestamp tolerance.
 * @returns The event, typed by its `type`, with `data` as the webhook sent it (snake_case field names).
 * @throws {@link WebhookVerificationError} (as a rejection) whose `reason` says which check failed.
 * @public
 */
export async function verifyWebhook(input: Request | WebhookPayloadInput, options: VerifyWebhookOptions = {}): Promise<WebhookEvent> {
  const secret = readSecret(options ?? {});
  const tolerance = readTolerance(options ?? {});
  const signing = signatureModule ?? (signatureModule = await (signatureLoading ??= import('./signature')));
  const key = lastSecret?.secret === secret ? lastSecret.key : signing.decodeSigningSecret(secret);
  if (!key) {
    throw new WebhookVerificationError(
      'invalid_secret',
      'The webhook signing secret is not `whsec_` followed by base64: ' + 'copy it whole from the endpoint page of the Clerk Dashboard.',
    );
  }
  if (lastSecret?.key !== key) lastSecret = { secret, key };

  const read = readInput(input);
  const { body, headers } = read instanceof Promise ? await read : read;
  const delivery = readDeliveryHeaders(headers);
  checkTimestamp(delivery.timestamp, tolerance);
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const expected = signing.computeSignature(key, delivery.id, delivery.timestamp, bytes);
  if (!signing.headerHasSignature(delivery.signature, expected)) {
    throw new WebhookVerificationError(
      'invalid_signature',
      'No v1 signature in the svix-signature header matches this body: the body was changed after signing, ' + 'or it was signed with a different secret.',
    );
  }
  return parseEvent(typeof body === 'string' ? body : bytes.toString('utf8'));
}

function readSecret(options: VerifyWebhookOptions): string {
  // process.env is only read when no secret was passed (each read is a lookup in the real environment).
  const secret: unknown = options.signingSecret ?? (typeof process === 'undefined' ? undefined : process.env[SIGNING_SECRET_ENV]);
  if (secret === undefined || secret === null || (typeof secret === 'string' && secret.trim() === '')) {
    throw new WebhookVerificationError(
      'missing_secret',
      `No webhook signing secret: pass { signingSecret } or set ${SIGNING_SECRET_ENV} (the whsec_… value of the endpoint in the Clerk Dashboard).`,
    );
  }
  if (typeof secret !== 'string') {
    throw new WebhookVerificationError('invalid_secret', 'The webhook signing secret must be a string (whsec_…).');
  }
  return secret;
}

function readTolerance(options: VerifyWebhookOptions): number {
  const tolerance = options.toleranceInSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  if (typeof tolerance !== 'number' || !Number.isFinite(tolerance) || tolerance < 0) {
    throw new WebhookVerificationError('invalid_options', 'toleranceInSeconds must be a finite number of seconds, 0 or more.');
  }
  return tolerance;
}

function isFetchRequest(input: object): input is Request {
  const candidate = input as Partial<Request>;
  return !('payload' in input) && typeof candidate.arrayBuffer === 'function' && typeof (candidate.headers as Headers | undefined)?.get === 'function';
}

const RAW_BODY_HINT =
  'Pass the raw body exactly as received: with Express, mount ' +
  "express.raw({ type: 'application/json' }) on the webhook route (before any express.json()) and pass req.body, " +
  'a Buffer; with a fetch Request, pass the Request itself or await request.text().';

interface RawInput {
  body: string | Buffer;
  headers: WebhookHeaders;
}

/** The raw body and headers; a promise only for a fetch Request, whose body must be read. */
function readInput(input: unknown): RawInput | Promise<RawInput> {
  if (typeof input !== 'object' || input === null) {
    throw new WebhookVerificationError('invalid_payload', `verifyWebhook needs a Request or { payload, headers }. ${RAW_BODY_HINT}`);
  }
  if (isFetchRequest(input)) return readRequest(input);
  const { payload, headers } = input as Partial<WebhookPayloadInput>;
  if (typeof headers !== 'object' || headers === null) {
    throw new WebhookVerificationError('missing_headers', 'verifyWebhook needs the request headers: pass { payload, headers: req.headers }.');
  }
  return { body: readPayload(payload), headers };
}

async function readRequest(input: Request): Promise<RawInput> {
  if (input.bodyUsed) {
    throw new WebhookVerificationError(
      'invalid_payload',
      'The Request body was already read: pass request.clone(), or read the text once and pass { payload, headers }.',
    );
  }
  let raw: ArrayBuffer;
  try {
    raw = await input.arrayBuffer();
  } catch {
    throw new WebhookVerificationError('invalid_payload', 'The Request body could not be read.');
  }
  return { body: Buffer.from(raw), headers: input.headers };
}

function readPayload(payload: unknown): string | Buffer {
  if (typeof payload === 'string') return payload;
  if (payload instanceof Uint8Array) return Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
  if (payload instanceof ArrayBuffer) return Buffer.from(payload);
  if (payload === undefined || payload === null) {
    throw new WebhookVerificationError('invalid_payload', `The webhook payload is empty (${String(payload)}). ${RAW_BODY_HINT}`);
  }
  if (typeof payload === 'object') {
    throw new WebhookVerificationError(
      'body_already_parsed',
      'The webhook payload is an already-parsed object, so the exact bytes Clerk signed are gone ' +
        `(express.json() or another body parser ran first). ${RAW_BODY_HINT}`,
    );
  }
  throw new WebhookVerificationError('invalid_payload', `The webhook payload is a ${typeof payload}. ${RAW_BODY_HINT}`);
}

/** One header's value; undefined when absent. Repeated values must agree, except signatures, which add up. */
function readHeader(headers: WebhookHeaders, name: string, joinRepeated: boolean): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const record = headers as Readonly<Record<string, unknown>>;
  let value = record[name];
  if (value === undefined) {
    const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === name);
    value = key === undefined ? undefined : record[key];
  }
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) return String(value);
  const values = value.map(String);
  if (values.length === 0) return undefined;
  if (joinRepeated) return values.join(' ');
  if (new Set(values).size > 1) {
    throw new WebhookVerificationError('invalid_headers', `The ${name} header is repeated with different values.`);
  }
  return values[0];
}

function readDeliveryHeaders(headers: WebhookHeaders): DeliveryHeaders {
  const pick = (field: string, joinRepeated: boolean) =>
    readHeader(headers, `svix-${field}`, joinRepeated) ?? readHeader(headers, `webhook-${field}`, joinRepeated);
  const id = pick('id', false);
  const timestamp = pick('timestamp', false);
  const signature = pick('signature', true);
  const missing = [id ? undefined : 'svix-id', timestamp ? undefined : 'svix-timestamp', signature ? undefined : 'svix-signature'].filter(
    (name) => name !== undefined,
  );
  if (!id || !timestamp || !signature) {
    throw new WebhookVerificationError(
      'missing_headers',
      `Missing webhook header(s): ${missing.join(', ')} (or their webhook-* names). Is this request a Clerk webhook delivery?`,
    );
  }
  return { id, timestamp: timestamp.trim(), signature };
}

function checkTimestamp(timestamp: string, tolerance: number): void {
  if (!TIMESTAMP.test(timestamp)) {
    throw new WebhookVerificationError('invalid_headers', 'The svix-timestamp header is not a whole number of seconds.');
  }
  const age = Math.floor(Date.now() / 1000) - Number(timestamp);
  if (age > tolerance) {
    throw new WebhookVerificationError(
      'timestamp_too_old',
      `The delivery was signed ${age} s ago, more than the ${tolerance} s tolerance: a replayed delivery, or a wrong local clock.`,
    );
  }
  if (-age > tolerance) {
    throw new WebhookVerificationError(
      'timestamp_too_new',
      `The delivery is dated ${-age} s in the future, more than the ${tolerance} s tolerance: check the local clock.`,
    );
  }
}

function parseEvent(text: string): WebhookEvent {
  let event: unknown;
  try {
    event = JSON.parse(text);
  } catch {
    throw new WebhookVerificationError('invalid_json', 'The webhook body is correctly signed but is not valid JSON.');
  }
  const isEvent = typeof event === 'object' && event !== null && !Array.isArray(event) && typeof (event as { type?: unknown }).type === 'string';
  if (!isEvent) {
    throw new WebhookVerificationError('invalid_event', 'The webhook body is JSON but not an event object with a string `type`.');
  }
  return event as WebhookEvent;
}
