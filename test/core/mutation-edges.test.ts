// Edges that a hand-run mutation pass found unchecked: numeric ids in paths, iteration that starts at an offset, and a
// page that comes back empty while total_count still promises more.
import { describe, expect, it } from 'vitest';
import { paginate, toPaginatedList, type PaginatedList } from '../../src/core/pagination';
import { InvalidPath, path } from '../../src/core/path';

describe('path tag with numeric ids', () => {
  it('accepts non-negative whole numbers', () => {
    expect(path`/templates/${'email'}/${0}`).toBe('/templates/email/0');
    expect(path`/templates/${'email'}/${42}`).toBe('/templates/email/42');
  });

  it.each([[-1], [1.5], [Number.NaN], [Number.POSITIVE_INFINITY], [2 ** 53]])('refuses %s', (id) => {
    const result = path`/templates/${'email'}/${id}`;
    expect(result).toBeInstanceOf(InvalidPath);
    expect((result as InvalidPath).error.message).toContain('/templates/{id}/{id}');
  });
});

describe('paginate edges', () => {
  function pages(total: number, emptyFrom = Number.POSITIVE_INFINITY) {
    const offsets: Array<number | undefined> = [];
    const fetchPage = async (params: { limit?: number; offset?: number }): Promise<PaginatedList<number>> => {
      offsets.push(params.offset);
      // Bounded: a walk that never stops fails here instead of spinning.
      if (offsets.length > 10) throw new Error('too many page requests');
      const offset = params.offset ?? 0;
      const limit = params.limit ?? 3;
      const end = Math.min(total, offset + limit, Math.max(offset, emptyFrom));
      return toPaginatedList(
        Array.from({ length: Math.max(0, end - offset) }, (_, i) => offset + i),
        total,
      );
    };
    return { offsets, fetchPage };
  }

  it('walks on from the starting offset, asking for the pages after it', async () => {
    const { offsets, fetchPage } = pages(10);
    const seen: number[] = [];
    for await (const n of paginate(fetchPage, { limit: 2, offset: 5 })) seen.push(n);
    expect(seen).toEqual([5, 6, 7, 8, 9]);
    expect(offsets).toEqual([5, 7, 9]);
  });

  it('stops at an empty page even when total_count claims more, with or without a limit', async () => {
    for (const params of [{}, { limit: 3 }]) {
      const { offsets, fetchPage } = pages(100, 4);
      const seen: number[] = [];
      for await (const n of paginate(fetchPage, params)) seen.push(n);
      expect(seen).toEqual([0, 1, 2, 3]);
      expect(offsets.length).toBeLessThanOrEqual(3);
    }
  });
});
