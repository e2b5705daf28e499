import { describe, expect, it } from 'vitest';
import { listPromise, paginate, parseList, toPaginatedList, type PaginatedList } from '../../src/core/pagination';
import { AllowlistIdentifier } from '../../src/index';
import { clerkApi, fixture, testClient } from '../helpers/nock';

const item = fixture('allowlist-identifiers/allowlist-identifier');
const items = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ ...item, id: `alid_${from + i}` }));

describe('PaginatedList', () => {
  it('is a real array that also has data and totalCount, and prints like an array', () => {
    const list = toPaginatedList([1, 2], 9);
    expect(Array.isArray(list)).toBe(true);
    expect(list.data).toBe(list);
    expect(list.totalCount).toBe(9);
    expect(JSON.stringify(list)).toBe('[1,2]');
    expect(Object.keys(list)).toEqual(['0', '1']);
    expect([...list]).toEqual([1, 2]);
  });

  it('parses both list shapes', () => {
    expect(parseList({ data: [{ n: 1 }], total_count: 5 }, (r: { n: number }) => r.n)).toMatchObject({ totalCount: 5 });
    const bare = parseList([{ n: 1 }, { n: 2 }], (r: { n: number }) => r.n);
    expect([...bare]).toEqual([1, 2]);
    expect(bare.totalCount).toBe(2);
    const keyed = parseList({ m2m_tokens: [{ n: 3 }], total_count: 1 }, (r: { n: number }) => r.n, 'm2m_tokens');
    expect([...keyed]).toEqual([3]);
  });
});

describe('paginate', () => {
  const pages = (total: number) => {
    const calls: Array<{ limit?: number; offset?: number }> = [];
    const fetchPage = async (params: { limit?: number; offset?: number }): Promise<PaginatedList<number>> => {
      calls.push(params);
      const offset = params.offset ?? 0;
      const limit = params.limit ?? 10;
      const data = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => offset + i);
      return toPaginatedList(data, total);
    };
    return { calls, fetchPage };
  };

  it('walks every page and stops at the total without an extra request', async () => {
    const { calls, fetchPage } = pages(5);
    const seen: number[] = [];
    for await (const n of paginate(fetchPage, { limit: 2 })) seen.push(n);
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    expect(calls).toEqual([{ limit: 2 }, { limit: 2, offset: 2 }, { limit: 2, offset: 4 }]);
  });

  it('stops at the total when pages divide it exactly', async () => {
    const { calls, fetchPage } = pages(4);
    const seen: number[] = [];
    for await (const n of paginate(fetchPage, { limit: 2 })) seen.push(n);
    expect(seen).toEqual([0, 1, 2, 3]);
    expect(calls).toHaveLength(2);
  });

  it('starts from the given offset and can be left early', async () => {
    const { calls, fetchPage } = pages(100);
    const seen: number[] = [];
    for await (const n of paginate(fetchPage, { limit: 10, offset: 50 })) {
      seen.push(n);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual([50, 51, 52]);
    expect(calls).toHaveLength(1);
  });

  it('reuses the awaited first page when a list promise is iterated', async () => {
    const { calls, fetchPage } = pages(3);
    const list = listPromise(fetchPage, { limit: 2 });
    const firstPage = await list;
    expect([...firstPage]).toEqual([0, 1]);
    const seen: number[] = [];
    for await (const n of list) seen.push(n);
    expect(seen).toEqual([0, 1, 2]);
    expect(calls).toHaveLength(2);
  });
});

describe('list methods over HTTP', () => {
  it('for await walks pages with limit/offset and makes no request past the end', async () => {
    const scope = clerkApi();
    scope
      .get('/v1/allowlist_identifiers')
      .query({ limit: '2', paginated: 'true' })
      .reply(200, { data: items(2, 0), total_count: 5 });
    scope
      .get('/v1/allowlist_identifiers')
      .query({ limit: '2', offset: '2', paginated: 'true' })
      .reply(200, { data: items(2, 2), total_count: 5 });
    scope
      .get('/v1/allowlist_identifiers')
      .query({ limit: '2', offset: '4', paginated: 'true' })
      .reply(200, { data: items(1, 4), total_count: 5 });
    const ids: string[] = [];
    for await (const entry of testClient().allowlistIdentifiers.getAllowlistIdentifierList({ limit: 2 })) {
      expect(entry).toBeInstanceOf(AllowlistIdentifier);
      ids.push(entry.id);
    }
    expect(ids).toEqual(['alid_0', 'alid_1', 'alid_2', 'alid_3', 'alid_4']);
  });

  it('awaiting gives one page as an array with totalCount', async () => {
    clerkApi()
      .get('/v1/allowlist_identifiers')
      .query({ paginated: 'true' })
      .reply(200, { data: items(3), total_count: 30 });
    const page = await testClient().allowlistIdentifiers.getAllowlistIdentifierList();
    expect(page).toHaveLength(3);
    expect(page.totalCount).toBe(30);
    expect(page.data.map((e) => e.id)).toEqual(['alid_0', 'alid_1', 'alid_2']);
  });
});
