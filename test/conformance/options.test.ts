// Every SDK method of the catalogue, called once more with a per-call options object as its last argument: the
// per-call header must reach the server on every request the call makes (a list: on every page it fetches).
import { describe, expect, it } from 'vitest';
import type { RequestOptions } from '../../src/core/types';
import { sample } from '../spec/openapi';
import { caseOf, catalogue, hitsOf, record, replyFor, withOptions, type Recorded } from './harness';

const HEADER = 'x-per-call-test';

function optionsFor(key: string): RequestOptions {
  return { headers: { [HEADER]: key }, signal: new AbortController().signal };
}

function carriesHeader(recorded: Recorded[], key: string): string[] {
  return recorded.filter((r) => r.headers[HEADER] !== key).map((r) => `${r.method} ${r.path} lacks ${HEADER}`);
}

describe('every method takes per-call options and sends their headers', () => {
  for (const row of catalogue) {
    it(`${row.resource}.${row.sdk_method}(…, options)`, async () => {
      const c = caseOf(row);
      const { recorded, error } = await record(c.op, () => c.method.apply(c.resource, withOptions(c, c.args, optionsFor(c.key))));
      if (error) throw error;
      expect(hitsOf(c, recorded).length, `${c.key} did not send ${c.op.method} ${c.op.path}`).toBeGreaterThan(0);
      // Every request of the call, including extra ones (users.getUserList's count, updateUser's metadata PUT).
      expect(carriesHeader(recorded, c.key)).toEqual([]);
    });
  }
});

// A list reply that always has more: one item per page and a large total, so iterating fetches page after page.
function endlessPage(request: Recorded, op: Parameters<typeof replyFor>[0]): [number, string, Record<string, string>] {
  if (request.path.endsWith('/count')) return [200, JSON.stringify({ object: 'total_count', total_count: 1000 }), { 'content-type': 'application/json' }];
  const [status, text, headers] = replyFor(op);
  const json = text === '' ? undefined : JSON.parse(text);
  if (json && typeof json === 'object' && !Array.isArray(json) && typeof json.total_count === 'number') json.total_count = 1000;
  // Asked for `paginated`, the endpoints that otherwise answer a bare array answer `{ data, total_count }`.
  if (Array.isArray(json) && request.query.get('paginated') === 'true') return [status, JSON.stringify({ data: json, total_count: 1000 }), headers];
  return [status, JSON.stringify(json ?? sample(op.successSchema ?? {}, 'response')), headers];
}

const listRows = catalogue.filter((row) => /^ListPromise</.test(caseOf(row).signature?.declarations.at(-1)?.returnType ?? ''));

describe('a list call applies its per-call options to every page', () => {
  it('finds the list methods', () => {
    expect(listRows.length).toBeGreaterThan(30);
  });

  for (const row of listRows) {
    it(`${row.resource}.${row.sdk_method} sends the header on each page`, async () => {
      const c = caseOf(row);
      // One item per page, so a second page is needed.
      const args = c.args.map((arg) => (arg && typeof arg === 'object' && !Array.isArray(arg) && 'limit' in arg ? { ...arg, limit: 1, offset: 0 } : arg));
      const { recorded, error } = await record(
        c.op,
        async () => {
          const list = c.method.apply(c.resource, withOptions(c, args, optionsFor(c.key))) as AsyncIterable<unknown>;
          let seen = 0;
          for await (const _item of list) if (++seen >= 3) break;
          return seen;
        },
        (request) => endlessPage(request, c.op),
      );
      if (error) throw error;
      expect(hitsOf(c, recorded).length, `${c.key} fetched fewer than 3 pages`).toBeGreaterThanOrEqual(3);
      expect(carriesHeader(recorded, c.key)).toEqual([]);
    });
  }
});
