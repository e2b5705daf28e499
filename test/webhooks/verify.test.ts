import { createHmac, randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
import { Webhook } from 'standardwebhooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  isWebhookVerificationError,
  verifyWebhook,
  WebhookVerificationError,
  type VerifyWebhookOptions,
  type WebhookEvent,
  type WebhookHeaders,
  type WebhookPayloadInput,
} from '../../src/webhooks';
import { signWebhookPayload } from '../../src/webhooks/signature';

const NOW_MS = Date.UTC(2026, 0, 15, 12, 0, 0);
const NOW = Math.floor(NOW_MS / 1000);
const ENV = 'CLERK_WEBHOOK_SIGNING_SECRET';

const KEY = randomBytes(24);
const SECRET = `whsec_${KEY.toString('base64')}`;
const OTHER_SECRET = `whsec_${randomBytes(24).toString('base64')}`;

const EVENT = {
  object: 'event',
  type: 'user.created',
  timestamp: NOW_MS,
  instance_id: 'ins_123',
  data: { object: 'user', id: 'user_29w83sxmDNGwOuEthce5gg56FcC', email_addresses: [{ email_address: 'ada@example.com' }] },
};
const BODY = JSON.stringify(EVENT);

/** An independent signature of `body` with the raw key: the scheme written out once, for checking ours. */
function sign(body: string | Uint8Array, { id = 'msg_1', timestamp = NOW, key = KEY } = {}): string {
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.`).update(body).digest('base64')}`;
}

function delivery(
  body: string | Uint8Array = BODY,
  { id = 'msg_1', timestamp = NOW, signature }: { id?: string; timestamp?: number; signature?: string } = {},
): WebhookPayloadInput & { headers: Record<string, string> } {
  return {
    payload: body,
    headers: {
      'content-type': 'application/json',
      'svix-id': id,
      'svix-timestamp': String(timestamp),
      'svix-signature': signature ?? sign(body, { id, timestamp }),
    },
  };
}

/** Runs verifyWebhook and returns its rejection (failing the test if it resolves). */
async function rejection(input: unknown, options: VerifyWebhookOptions = { signingSecret: SECRET }): Promise<WebhookVerificationError> {
  const error: unknown = await verifyWebhook(input as WebhookPayloadInput, options).then(
    () => expect.fail('verifyWebhook resolved; a rejection was expected'),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(WebhookVerificationError);
  expect(isWebhookVerificationError(error)).toBe(true);
  return error as WebhookVerificationError;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW_MS);
  vi.stubEnv(ENV, undefined);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

describe('verifyWebhook: valid deliveries', () => {
  it('resolves to the parsed event, typed by its `type`', async () => {
    const event = await verifyWebhook(delivery(), { signingSecret: SECRET });
    expect(event).toEqual(EVENT);
    if (event.type === 'user.created') {
      // Narrowed to the wire user: snake_case fields, as v4 handlers read them.
      const firstEmail: string | undefined = event.data.email_addresses[0]?.email_address;
      expect(firstEmail).toBe('ada@example.com');
      expect(event.data.id).toBe('user_29w83sxmDNGwOuEthce5gg56FcC');
    } else {
      expect.fail(`unexpected type ${event.type}`);
    }
  });

  it('reads CLERK_WEBHOOK_SIGNING_SECRET at call time, and the option wins over it', async () => {
    await expect(verifyWebhook(delivery())).rejects.toMatchObject({ reason: 'missing_secret' });
    vi.stubEnv(ENV, SECRET);
    await expect(verifyWebhook(delivery())).resolves.toEqual(EVENT);
    vi.stubEnv(ENV, OTHER_SECRET);
    await expect(verifyWebhook(delivery())).rejects.toMatchObject({ reason: 'invalid_signature' });
    await expect(verifyWebhook(delivery(), { signingSecret: SECRET })).resolves.toEqual(EVENT);
  });

  it('accepts a secret without the whsec_ prefix, and surrounding whitespace (a pasted env value)', async () => {
    await expect(verifyWebhook(delivery(), { signingSecret: KEY.toString('base64') })).resolves.toEqual(EVENT);
    await expect(verifyWebhook(delivery(), { signingSecret: ` ${SECRET}\n` })).resolves.toEqual(EVENT);
  });

  it('takes the payload as a string, a Buffer, a Uint8Array (also a view into a larger buffer) or an ArrayBuffer', async () => {
    const bytes = new TextEncoder().encode(BODY);
    const padded = new Uint8Array(bytes.length + 8);
    padded.set(bytes, 4);
    const view = padded.subarray(4, 4 + bytes.length);
    const payloads: Array<string | Uint8Array | ArrayBuffer> = [BODY, Buffer.from(BODY), bytes, view, bytes.slice().buffer];
    for (const payload of payloads) {
      const input = delivery(BODY);
      await expect(verifyWebhook({ ...input, payload }, { signingSecret: SECRET })).resolves.toEqual(EVENT);
    }
  });

  it('verifies the exact bytes received, including non-ASCII text', async () => {
    const body = JSON.stringify({ ...EVENT, data: { ...EVENT.data, first_name: 'Zoë 🚀' } });
    const event = await verifyWebhook(delivery(Buffer.from(body)), { signingSecret: SECRET });
    expect(event.data).toMatchObject({ first_name: 'Zoë 🚀' });
  });

  it('accepts the Standard Webhooks header names (webhook-id, webhook-timestamp, webhook-signature)', async () => {
    const headers = { 'webhook-id': 'msg_1', 'webhook-timestamp': String(NOW), 'webhook-signature': sign(BODY) };
    await expect(verifyWebhook({ payload: BODY, headers }, { signingSecret: SECRET })).resolves.toEqual(EVENT);
  });
});

describe('verifyWebhook: forged or altered deliveries', () => {
  it('rejects a tampered body', async () => {
    const input = delivery();
    const tampered = BODY.replace('ada@example.com', 'eve@example.com');
    const error = await rejection({ ...input, payload: tampered });
    expect(error.reason).toBe('invalid_signature');
    expect(error.message).toMatch(/No v1 signature/);
  });

  it('rejects a delivery signed with another secret', async () => {
    const error = await rejection(delivery(), { signingSecret: OTHER_SECRET });
    expect(error.reason).toBe('invalid_signature');
  });

  it('rejects a changed id or timestamp (both are signed)', async () => {
    const input = delivery();
    expect((await rejection({ ...input, headers: { ...input.headers, 'svix-id': 'msg_2' } })).reason).toBe('invalid_signature');
    const moved = { ...input.headers, 'svix-timestamp': String(NOW - 1) };
    expect((await rejection({ ...input, headers: moved })).reason).toBe('invalid_signature');
  });

  it('rejects a signature without the v1 prefix, or under an unknown version only', async () => {
    const good = sign(BODY).slice('v1,'.length);
    for (const signature of [good, `v2,${good}`, `v1a,${good}`, `v0,${good} v2,${good}`]) {
      expect((await rejection(delivery(BODY, { signature }))).reason).toBe('invalid_signature');
    }
  });

  it('rejects a truncated or padded signature', async () => {
    const good = sign(BODY);
    const lastChanged = `${good.slice(0, -2)}${good.at(-2) === 'A' ? 'B' : 'A'}=`;
    for (const signature of [good.slice(0, -2), `${good}AA`, lastChanged, good.toLowerCase()]) {
      expect((await rejection(delivery(BODY, { signature }))).reason).toBe('invalid_signature');
    }
  });
});

describe('verifyWebhook: several signatures in one header', () => {
  it('passes when any one v1 signature matches, whatever its position, and skips unknown versions', async () => {
    const good = sign(BODY);
    const bad = sign(BODY, { key: randomBytes(24) });
    for (const signature of [`${bad} ${good}`, `${good} ${bad}`, `v2,abc ${bad}  ${good}`, `v9,${good.slice(3)} ${good}`]) {
      await expect(verifyWebhook(delivery(BODY, { signature }), { signingSecret: SECRET })).resolves.toEqual(EVENT);
    }
  });

  it('rejects when none of several signatures matches', async () => {
    const signature = [1, 2, 3].map(() => sign(BODY, { key: randomBytes(24) })).join(' ');
    expect((await rejection(delivery(BODY, { signature }))).reason).toBe('invalid_signature');
  });

  it('accepts the signature header as a Node array, or as Node joins repeated headers ("a, b")', async () => {
    const good = sign(BODY);
    const bad = sign(BODY, { key: randomBytes(24) });
    const { headers } = delivery();
    for (const value of [[bad, good], `${bad}, ${good}`]) {
      const input = { payload: BODY, headers: { ...headers, 'svix-signature': value } };
      await expect(verifyWebhook(input, { signingSecret: SECRET })).resolves.toEqual(EVENT);
    }
  });
});

describe('verifyWebhook: timestamps', () => {
  const at = (offset: number, options: VerifyWebhookOptions = {}) =>
    verifyWebhook(delivery(BODY, { timestamp: NOW + offset }), { signingSecret: SECRET, ...options });

  it('accepts a delivery exactly 5 minutes old or 5 minutes ahead (the default tolerance)', async () => {
    await expect(at(-300)).resolves.toEqual(EVENT);
    await expect(at(300)).resolves.toEqual(EVENT);
  });

  it('rejects one second beyond the boundary, with the direction in the reason', async () => {
    const old = await at(-301).catch((error: unknown) => error);
    expect(old).toMatchObject({ reason: 'timestamp_too_old' });
    expect((old as Error).message).toMatch(/301 s ago, more than the 300 s tolerance/);
    const ahead = await at(301).catch((error: unknown) => error);
    expect(ahead).toMatchObject({ reason: 'timestamp_too_new' });
    expect((ahead as Error).message).toMatch(/301 s in the future/);
  });

  it('rejects far-off timestamps (a replay from last year, a delivery dated next year)', async () => {
    await expect(at(-365 * 86400)).rejects.toMatchObject({ reason: 'timestamp_too_old' });
    await expect(at(365 * 86400)).rejects.toMatchObject({ reason: 'timestamp_too_new' });
  });

  it('honours a configured tolerance, including 0', async () => {
    await expect(at(-10, { toleranceInSeconds: 10 })).resolves.toEqual(EVENT);
    await expect(at(-11, { toleranceInSeconds: 10 })).rejects.toMatchObject({ reason: 'timestamp_too_old' });
    await expect(at(0, { toleranceInSeconds: 0 })).resolves.toEqual(EVENT);
    await expect(at(1, { toleranceInSeconds: 0 })).rejects.toMatchObject({ reason: 'timestamp_too_new' });
    await expect(at(-3600, { toleranceInSeconds: 7200 })).resolves.toEqual(EVENT);
  });

  it('refuses an unusable tolerance', async () => {
    for (const toleranceInSeconds of [-1, Number.NaN, Number.POSITIVE_INFINITY, '300' as unknown as number]) {
      expect((await rejection(delivery(), { signingSecret: SECRET, toleranceInSeconds })).reason).toBe('invalid_options');
    }
  });

  it('rejects a timestamp that is not whole seconds', async () => {
    const { headers } = delivery();
    for (const value of [`${NOW}abc`, `${NOW}.5`, '-5', '', 'soon', `${NOW_MS}000000`]) {
      const error = await rejection({ payload: BODY, headers: { ...headers, 'svix-timestamp': value } });
      expect(error.reason).toBe(value === '' ? 'missing_headers' : 'invalid_headers');
    }
  });
});

describe('verifyWebhook: what it is handed', () => {
  it('explains a body that express.json() (or any parser) already parsed', async () => {
    for (const payload of [EVENT, [EVENT], {}]) {
      const error = await rejection({ ...delivery(), payload });
      expect(error.reason).toBe('body_already_parsed');
      expect(error.message).toContain("express.raw({ type: 'application/json' })");
      expect(error.message).toMatch(/raw body/);
    }
  });

  it('explains a missing or unsupported payload', async () => {
    for (const payload of [undefined, null, 42, true]) {
      const error = await rejection({ ...delivery(), payload });
      expect(error.reason).toBe('invalid_payload');
      expect(error.message).toContain('express.raw');
    }
    for (const input of [undefined, null, 'body', 7]) {
      expect((await rejection(input)).reason).toBe('invalid_payload');
    }
  });

  it('names each missing header', async () => {
    const { headers } = delivery();
    for (const name of ['svix-id', 'svix-timestamp', 'svix-signature'] as const) {
      const { [name]: _dropped, ...rest } = headers;
      const error = await rejection({ payload: BODY, headers: rest });
      expect(error.reason).toBe('missing_headers');
      expect(error.message).toContain(name);
    }
    const none = await rejection({ payload: BODY, headers: {} });
    expect(none.message).toContain('svix-id, svix-timestamp, svix-signature');
    expect((await rejection({ payload: BODY })).reason).toBe('missing_headers');
  });

  it('reads Node headers: array values, numbers and any letter case', async () => {
    const nodeHeaders: WebhookHeaders = {
      'Svix-Id': ['msg_1'],
      'SVIX-TIMESTAMP': NOW,
      'svix-signature': [sign(BODY)],
      'x-forwarded-for': ['10.0.0.1', '10.0.0.2'],
    };
    await expect(verifyWebhook({ payload: BODY, headers: nodeHeaders }, { signingSecret: SECRET })).resolves.toEqual(EVENT);
  });

  it('refuses a repeated id or timestamp whose values differ, and allows identical repeats', async () => {
    const { headers } = delivery();
    const conflicting = { ...headers, 'svix-id': ['msg_1', 'msg_2'] };
    expect((await rejection({ payload: BODY, headers: conflicting })).reason).toBe('invalid_headers');
    const repeated = { ...headers, 'svix-timestamp': [String(NOW), String(NOW)] };
    await expect(verifyWebhook({ payload: BODY, headers: repeated }, { signingSecret: SECRET })).resolves.toEqual(EVENT);
  });

  it('reads a fetch Request (body and Headers) and refuses one whose body was already read', async () => {
    const { headers } = delivery();
    const request = () => new Request('http://127.0.0.1/webhooks', { method: 'POST', headers, body: BODY });
    await expect(verifyWebhook(request(), { signingSecret: SECRET })).resolves.toEqual(EVENT);

    const used = request();
    await used.text();
    const error = await rejection(used);
    expect(error.reason).toBe('invalid_payload');
    expect(error.message).toMatch(/already read/);

    const tampered = new Request('http://127.0.0.1/webhooks', { method: 'POST', headers, body: `${BODY} ` });
    expect((await rejection(tampered)).reason).toBe('invalid_signature');
  });

  it('reads fetch Headers passed with a raw payload', async () => {
    const headers = new Headers(delivery().headers);
    await expect(verifyWebhook({ payload: BODY, headers }, { signingSecret: SECRET })).resolves.toEqual(EVENT);
    headers.delete('svix-id');
    expect((await rejection({ payload: BODY, headers })).reason).toBe('missing_headers');
  });

  it('rejects a correctly signed body that is not JSON, or not an event', async () => {
    expect((await rejection(delivery('not json'))).reason).toBe('invalid_json');
    expect((await rejection(delivery(''))).reason).toBe('invalid_json');
    for (const body of ['[]', '42', 'null', '{"data":{}}', '{"type":5}']) {
      expect((await rejection(delivery(body))).reason).toBe('invalid_event');
    }
  });

  it('refuses a missing, empty or malformed secret without looking at the signature', async () => {
    expect((await rejection(delivery(), {})).reason).toBe('missing_secret');
    expect((await rejection(delivery(), { signingSecret: '  ' })).reason).toBe('missing_secret');
    for (const signingSecret of ['whsec_', 'whsec_not base64!', 'whsec_abc$def', 12345 as unknown as string]) {
      expect((await rejection(delivery(), { signingSecret })).reason).toBe('invalid_secret');
    }
    // The secret is checked first: a bad secret is reported even when the delivery itself is also unusable.
    expect((await rejection({ payload: EVENT, headers: {} }, { signingSecret: 'whsec_bad!' })).reason).toBe('invalid_secret');
    expect((await rejection({ payload: EVENT, headers: {} }, {})).reason).toBe('missing_secret');
  });

  it('treats null options like no options', async () => {
    vi.stubEnv(ENV, SECRET);
    await expect(verifyWebhook(delivery(), null as unknown as VerifyWebhookOptions)).resolves.toEqual(EVENT);
  });
});

describe('interoperability with the standardwebhooks package', () => {
  it('verifies what standardwebhooks signs (under both header names)', async () => {
    const theirs = new Webhook(SECRET);
    const signature = theirs.sign('msg_42', new Date(NOW_MS), BODY);
    const svix = { 'svix-id': 'msg_42', 'svix-timestamp': String(NOW), 'svix-signature': signature };
    await expect(verifyWebhook({ payload: BODY, headers: svix }, { signingSecret: SECRET })).resolves.toEqual(EVENT);
    const standard = { 'webhook-id': 'msg_42', 'webhook-timestamp': String(NOW), 'webhook-signature': signature };
    await expect(verifyWebhook({ payload: Buffer.from(BODY), headers: standard }, { signingSecret: SECRET })).resolves.toEqual(EVENT);
  });

  it('produces signatures standardwebhooks accepts, and both refuse the same tampering', async () => {
    const signature = signWebhookPayload(SECRET, 'msg_7', NOW, BODY);
    const headers = { 'webhook-id': 'msg_7', 'webhook-timestamp': String(NOW), 'webhook-signature': signature };
    const theirs = new Webhook(SECRET);
    expect(theirs.verify(BODY, headers)).toEqual(EVENT);
    expect(() => theirs.verify(`${BODY} `, headers)).toThrow(/No matching signature/);
    await expect(verifyWebhook({ payload: BODY, headers }, { signingSecret: SECRET })).resolves.toEqual(EVENT);
    await expect(verifyWebhook({ payload: `${BODY} `, headers }, { signingSecret: SECRET })).rejects.toMatchObject({
      reason: 'invalid_signature',
    });
  });

  it('agrees with standardwebhooks on the timestamp boundary', async () => {
    const theirs = new Webhook(SECRET);
    for (const offset of [-301, -300, 300, 301]) {
      const timestamp = NOW + offset;
      const signature = theirs.sign('msg_b', new Date(timestamp * 1000), BODY);
      const headers = { 'webhook-id': 'msg_b', 'webhook-timestamp': String(timestamp), 'webhook-signature': signature };
      let theirsAccepts = true;
      try {
        theirs.verify(BODY, headers);
      } catch {
        theirsAccepts = false;
      }
      const oursAccepts = await verifyWebhook({ payload: BODY, headers }, { signingSecret: SECRET }).then(
        () => true,
        () => false,
      );
      expect({ offset, accepts: oursAccepts }).toEqual({ offset, accepts: theirsAccepts });
      expect(oursAccepts).toBe(Math.abs(offset) <= 300);
    }
  });
});

describe('the signing secret never leaks', () => {
  it('appears in no message, stack, inspect output or JSON of any rejection', async () => {
    const keyText = KEY.toString('base64');
    const good = delivery();
    const cases: Array<[unknown, VerifyWebhookOptions]> = [
      [{ ...good, payload: `${BODY} ` }, { signingSecret: SECRET }],
      [good, { signingSecret: OTHER_SECRET }],
      [delivery(BODY, { timestamp: NOW - 1000 }), { signingSecret: SECRET }],
      [delivery(BODY, { timestamp: NOW + 1000 }), { signingSecret: SECRET }],
      [{ ...good, payload: EVENT }, { signingSecret: SECRET }],
      [{ payload: BODY, headers: {} }, { signingSecret: SECRET }],
      [good, { signingSecret: `${SECRET}!` }],
      [good, { signingSecret: SECRET, toleranceInSeconds: -1 }],
      [delivery('nope'), { signingSecret: SECRET }],
    ];
    vi.stubEnv(ENV, SECRET);
    cases.push([good, { signingSecret: undefined, toleranceInSeconds: -5 }], [{ ...good, payload: `${BODY} ` }, {}]);
    const reasons = new Set<string>();
    for (const [input, options] of cases) {
      const error = await rejection(input, options);
      reasons.add(error.reason);
      const shown = [error.message, String(error.stack), inspect(error, { depth: 10, showHidden: true }), JSON.stringify(error)].join('\n');
      for (const secret of [SECRET, OTHER_SECRET, keyText, OTHER_SECRET.slice(6)]) {
        expect(shown).not.toContain(secret);
        expect(shown).not.toContain(secret.slice(6, 18));
      }
    }
    expect(reasons.size).toBeGreaterThanOrEqual(7);
  });
});

describe('WebhookVerificationError', () => {
  it('is recognised across copies of the module (as between the ESM and CJS builds)', async () => {
    vi.resetModules();
    const copy = await import('../../src/webhooks/errors');
    expect(copy.WebhookVerificationError).not.toBe(WebhookVerificationError);
    const foreign = new copy.WebhookVerificationError('invalid_signature', 'x');
    expect(foreign).toBeInstanceOf(WebhookVerificationError);
    expect(isWebhookVerificationError(foreign)).toBe(true);
    expect(copy.isWebhookVerificationError(new WebhookVerificationError('missing_secret', 'y'))).toBe(true);
    expect(new Error('plain')).not.toBeInstanceOf(WebhookVerificationError);
    expect(isWebhookVerificationError({ reason: 'invalid_signature', message: 'x' })).toBe(false);
    expect(isWebhookVerificationError(null)).toBe(false);
    expect(foreign.name).toBe('WebhookVerificationError');
    expect(foreign).toBeInstanceOf(Error);
  });
});

// Compile-time checks: the event union narrows on `type`.
function narrowing(event: WebhookEvent): string | null {
  switch (event.type) {
    case 'user.created':
      return event.data.id;
    case 'session.created':
      return event.data.user_id;
    case 'organizationMembership.created':
      return event.data.organization.id;
    case 'user.deleted':
      return event.data.id ?? null;
    default:
      return null;
  }
}
void narrowing;

// Compile-time checks: what Node, Express and fetch hand a handler is accepted as it is.
function acceptedInputs(nodeHeaders: import('node:http').IncomingHttpHeaders, request: Request, body: Buffer): void {
  void verifyWebhook({ payload: body, headers: nodeHeaders });
  void verifyWebhook({ payload: body.toString('utf8'), headers: request.headers });
  void verifyWebhook(request, { toleranceInSeconds: 60 });
}
void acceptedInputs;
