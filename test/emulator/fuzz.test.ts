// Property-based fuzzing of every modelled write operation (and the list operations' query strings): arbitrary
// JSON bodies, deep nesting, odd keys, odd path ids and odd query strings must never make the emulator answer 5xx
// (501 operation_not_implemented excepted). Every answer is also checked against the spec by the shared fixture.
// Runs are bounded (a few per operation) and shrinking is off, so the file stays fast; fast-check prints the seed of
// any failure for replay.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../src/testing/routes.generated';
import type { RouteRow } from '../../src/testing/routeTypes';
import { HANDLERS } from '../../src/testing/server';
import { useEmulator } from './helpers';

const t = useEmulator();

const WRITES = ROUTES.filter((route) => route.m !== 'GET' && route.op in HANDLERS);
const LISTS = ROUTES.filter((route) => route.m === 'GET' && route.op in HANDLERS && route.q !== undefined);

const ODD_KEYS = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf', '', ' ', '\u0000', 'a.b', '$ref', '💥'];
const ODD_STRINGS = [...ODD_KEYS, '-1', '0', '1e400', 'NaN', 'Infinity', 'true', 'null', '[]', '{}', '%', '%%', '..', '../x', 'x'.repeat(5000)]; // repository-paths: data, not a path

/** Ids that exist, so some fuzzed calls reach the handlers' deeper paths. */
interface Fixtures {
  ids: string[];
  machineKey: string;
}

async function fixtures(): Promise<Fixtures> {
  const seeded = await t.emu.seed({
    users: [{ email_address: ['fuzz@example.com'], phone_number: ['+15555550123'], username: 'fuzzer', password: 'fuzz password', backup_codes: ['123456'] }],
  });
  const user = seeded.users[0]!;
  const org = (await t.call('POST', '/organizations', { body: { name: 'Fuzz Org', created_by: user.id } })).body;
  const session = (await t.call('POST', '/sessions', { body: { user_id: user.id } })).body;
  const machine = (await t.call('POST', '/machines', { body: { name: 'fuzz machine' } })).body;
  const apiKey = (await t.call('POST', '/api_keys', { body: { name: 'fuzz key', subject: user.id } })).body;
  const template = (await t.call('POST', '/jwt_templates', { body: { name: 'fuzz', claims: { a: 1 } } })).body;
  const ids = [user.id, org.id, org.slug, session.id, session.client_id, machine.id, apiKey.id, template.id, template.name, user.email_addresses[0].id];
  expect(ids.every((id) => typeof id === 'string')).toBe(true);
  return { ids, machineKey: machine.secret_key };
}

/** `[[…[1]…]]`-style raw JSON nested `depth` levels (objects or arrays), inside an object body. */
function deepBody(depth: number, useArrays: boolean, key: string): string {
  const [open, close] = useArrays ? ['[', ']'] : ['{"k":', '}'];
  return `{${JSON.stringify(key)}:${open.repeat(depth)}1${close.repeat(depth)}}`;
}

function bodyArbitrary(route: RouteRow): fc.Arbitrary<string | undefined> {
  const names = Object.keys(route.b?.fields ?? {});
  const key = fc.oneof(fc.constantFrom(...(names.length ? names : ['x']), ...ODD_KEYS), fc.string({ maxLength: 12 }));
  const value = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(...ODD_STRINGS), fc.constantFrom(Number.MAX_SAFE_INTEGER, -1, 0, 1.5, 1e300, -0));
  const fields = fc.dictionary(key, value, { maxKeys: 6 }).map((object) => JSON.stringify(object));
  return fc.oneof(
    { weight: 5, arbitrary: fields },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((json) => JSON.stringify(json)) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.integer({ min: 1, max: 6000 }), fc.boolean(), fc.constantFrom(...(names.length ? names : ['x'])))
        .map(([d, a, k]) => deepBody(d, a, k)),
    },
    { weight: 1, arbitrary: fc.constantFrom(undefined, '', '{', 'null', '[]', '"text"', '{"__proto__":{"polluted":true}}') },
    { weight: 1, arbitrary: fc.array(fc.dictionary(key, value, { maxKeys: 3 }), { maxLength: 4 }).map((items) => JSON.stringify(items)) },
  );
}

function queryArbitrary(route: RouteRow): fc.Arbitrary<Array<[string, string]>> {
  const names = Object.keys(route.q ?? {});
  const name = fc.oneof(fc.constantFrom(...names, 'order_by', 'limit', 'offset', ...ODD_KEYS), fc.string({ maxLength: 8 }));
  const value = fc.oneof(
    fc.constantFrom(...ODD_STRINGS),
    fc.string({ maxLength: 20 }),
    fc.constantFrom('-created_at', '+name', 'created_at', '-__proto__', '+constructor', 'hasOwnProperty'),
  );
  const sortKey = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('__proto__', '-__proto__', '+constructor', 'hasOwnProperty', '-toString', 'valueOf', '') },
    { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
  );
  return fc.oneof(
    fc.array(fc.tuple(name, value), { maxLength: 5 }),
    // Sort keys are looked up by name: aim at them often.
    fc.tuple(sortKey, fc.array(fc.tuple(name, value), { maxLength: 1 })).map(([key, rest]) => [['order_by', key] as [string, string], ...rest]),
  );
}

function pathArbitrary(route: RouteRow, ids: string[]): fc.Arbitrary<string> {
  const slots = route.p.match(/\{[^}]+\}/g) ?? [];
  const id = fc.oneof(fc.constantFrom(...ids), fc.constantFrom(...ODD_STRINGS), fc.string({ minLength: 1, maxLength: 30 }));
  return fc.array(id, { minLength: slots.length, maxLength: slots.length }).map((values) => {
    let i = 0;
    return route.p.replace(/\{[^}]+\}/g, () => encodeURIComponent(values[i++]!));
  });
}

async function send(method: string, path: string, query: Array<[string, string]>, body: string | undefined, key: string) {
  const url = new URL(`${t.emu.url}/v1${path}`);
  for (const [name, value] of query) url.searchParams.append(name, value);
  const response = await fetch(url, {
    method,
    headers: { authorization: `Bearer ${key}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body,
  });
  const text = await response.text();
  return { status: response.status, body: text };
}

function expectNo5xx(answer: { status: number; body: string }, what: string): void {
  const notImplemented = answer.status === 501 && JSON.parse(answer.body).errors?.[0]?.code === 'operation_not_implemented';
  expect(answer.status < 500 || notImplemented, `${what} → ${answer.status} ${answer.body.slice(0, 300)}`).toBe(true);
}

describe('fuzzing the write operations', () => {
  it('covers every modelled POST, PUT, PATCH and DELETE', () => {
    expect(WRITES.length).toBeGreaterThan(60);
    expect(WRITES.map((route) => route.op)).toEqual(expect.arrayContaining(['CreateUser', 'UpdateUserMetadata', 'createApiKey', 'createM2MToken']));
  });

  it('never answers 5xx to arbitrary bodies, ids and query strings', { timeout: 240_000 }, async () => {
    const { ids, machineKey } = await fixtures();
    for (const route of WRITES) {
      const keyArb = route.p.startsWith('/m2m_tokens') ? fc.constantFrom(t.emu.secretKey, machineKey) : fc.constant(t.emu.secretKey);
      await fc.assert(
        fc.asyncProperty(pathArbitrary(route, ids), queryArbitrary(route), bodyArbitrary(route), keyArb, async (path, query, body, key) => {
          const answer = await send(route.m, path, query, body, key);
          expectNo5xx(answer, `${route.op}: ${route.m} ${path} ${JSON.stringify(query)} ${String(body).slice(0, 200)}`);
        }),
        { numRuns: 6, endOnFailure: true },
      );
    }
    // Whatever was accepted or refused above, the store still answers.
    expect((await send('GET', '/users', [], undefined, t.emu.secretKey)).status).toBe(200);
    expect((await send('GET', '/organizations', [], undefined, t.emu.secretKey)).status).toBe(200);
  });

  it('never answers 5xx to odd query strings on the list operations', { timeout: 120_000 }, async () => {
    const { ids } = await fixtures();
    for (const route of LISTS) {
      await fc.assert(
        fc.asyncProperty(pathArbitrary(route, ids), queryArbitrary(route), async (path, query) => {
          expectNo5xx(await send('GET', path, query, undefined, t.emu.secretKey), `${route.op}: GET ${path} ${JSON.stringify(query)}`);
        }),
        { numRuns: 8, endOnFailure: true },
      );
    }
  });
});
