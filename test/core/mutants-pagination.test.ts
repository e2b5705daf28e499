// Tests for mutants of src/core/pagination.ts that survived a Stryker run (see test/MUTATION.md): what parseList
// says when it refuses a response, which total_count values it accepts, and that a short page ends a walk.
import { describe, expect, it } from 'vitest';
import { ClerkSDKError } from '../../src/core/errors';
import { paginate, parseList, toPaginatedList, type PaginatedList } from '../../src/core/pagination';

const id = (raw: { n: number }) => raw.n;

function refusal(json: unknown, key?: string): ClerkSDKError {
  try {
    parseList(json, id, key);
  } catch (error) {
    expect(error).toBeInstanceOf(ClerkSDKError);
    return error as ClerkSDKError;
  }
  throw new Error('parseList accepted the response');
}

describe('parseList refusals', () => {
  it.each([
    [{ rows: [] }, undefined, 'an object without a "data" array'],
    [{ data: 'x' }, undefined, 'an object without a "data" array'],
    [{ data: [] }, 'm2m_tokens', 'an object without a "m2m_tokens" array'],
    [null, undefined, 'null'],
    ['text', undefined, 'string'],
    [7, undefined, 'number'],
    [undefined, undefined, 'undefined'],
  ])('%j (key %s) is invalid_response naming what came', (json, key, what) => {
    const error = refusal(json, key);
    expect(error.code).toBe('invalid_response');
    const wanted = key ?? 'data';
    expect(error.message).toBe(`expected a list (an array or { ${wanted}: [...], total_count }), got ${what}.`);
  });

  it.each([
    [-1, '-1'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    ['5', 'string'],
    [null, 'object'],
  ])('total_count %j is refused', (count, what) => {
    const error = refusal({ data: [{ n: 1 }], total_count: count });
    expect(error.code).toBe('invalid_response');
    expect(error.message).toBe(`expected total_count to be a number, got ${what}.`);
  });

  it.each([0, 1, 2.5, 1e6])('total_count %d is accepted as is', (count) => {
    const list = parseList({ data: [], total_count: count }, id);
    expect(list.totalCount).toBe(count);
    expect([...list]).toEqual([]);
  });

  it('without total_count the total is the length of the page', () => {
    const list = parseList({ data: [{ n: 4 }, { n: 5 }] }, id);
    expect([...list]).toEqual([4, 5]);
    expect(list.totalCount).toBe(2);
  });
});

describe('paginate stops at a short page', () => {
  it('a page shorter than the limit ends the walk even when total_count promises more', async () => {
    const offsets: Array<number | undefined> = [];
    const fetchPage = async (params: { limit?: number; offset?: number }): Promise<PaginatedList<number>> => {
      offsets.push(params.offset);
      if (offsets.length > 5) throw new Error('too many page requests');
      // Two items where three were asked for, and a total far above what was seen.
      return toPaginatedList([(params.offset ?? 0) + 1, (params.offset ?? 0) + 2], 100);
    };
    const seen: number[] = [];
    for await (const n of paginate(fetchPage, { limit: 3 })) seen.push(n);
    expect(seen).toEqual([1, 2]);
    expect(offsets).toEqual([undefined]);
  });

  it('without a limit, a full page of any size asks for the next one', async () => {
    const offsets: Array<number | undefined> = [];
    const fetchPage = async (params: { offset?: number }): Promise<PaginatedList<number>> => {
      offsets.push(params.offset);
      if (offsets.length > 5) throw new Error('too many page requests');
      const offset = params.offset ?? 0;
      return toPaginatedList(offset < 4 ? [offset, offset + 1] : [], 6);
    };
    const seen: number[] = [];
    for await (const n of paginate(fetchPage)) seen.push(n);
    expect(seen).toEqual([0, 1, 2, 3]);
    expect(offsets).toEqual([undefined, 2, 4]);
  });
});
