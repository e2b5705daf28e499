import { isPlainObject } from './case';
import { ClerkSDKError } from './errors';

/**
 * A page of results. It is a real array (so v4 code that expects `User[]` keeps working) and it also
 * carries `data` (the same items) and `totalCount`, the shape of `@clerk/backend` and sdk-node v5.
 * @public
 */
export type PaginatedList<T> = T[] & {
  /** The items of this page (the array itself, for code written against `{ data, totalCount }`). */
  readonly data: T[];
  /** How many items match the query across all pages, as reported by the API. */
  readonly totalCount: number;
};

/**
 * What list methods return: await it for one page, or iterate it with `for await` to walk every page.
 * @public
 */
export interface ListPromise<T> extends Promise<PaginatedList<T>>, AsyncIterable<T> {}

/** Parameters every paginated list understands. @public */
export interface PaginationParams {
  /** Items per page (the API's default is 10; most endpoints allow up to 500). */
  limit?: number;
  /** How many items to skip. */
  offset?: number;
}

/** Fetches one page for the given query. @internal */
export type PageFetcher<T, P extends PaginationParams = PaginationParams> = (params: P) => Promise<PaginatedList<T>>;

/** Builds a {@link PaginatedList} from items and a total. @public */
export function toPaginatedList<T>(items: T[], totalCount: number): PaginatedList<T> {
  // Non-enumerable, so the array prints, spreads and serialises like a plain array.
  Object.defineProperty(items, 'data', { value: items, enumerable: false });
  Object.defineProperty(items, 'totalCount', { value: totalCount, enumerable: false });
  return items as PaginatedList<T>;
}

/**
 * Maps a list response to a {@link PaginatedList}. Accepts `{ data, total_count }`, a bare array
 * (total = its length), or another array key such as `m2m_tokens`.
 */
export function parseList<T>(json: unknown, item: (raw: any) => T, key = 'data'): PaginatedList<T> {
  if (Array.isArray(json)) return toPaginatedList(json.map(item), json.length);
  const raw = isPlainObject(json) ? json[key] : undefined;
  if (!Array.isArray(raw)) {
    // Reading anything else as an empty page would hide the problem (and end a page walk early).
    throw new ClerkSDKError('invalid_response', `expected a list (an array or { ${key}: [...], total_count }), got ${describeJSON(json, key)}.`);
  }
  const count = (json as Record<string, unknown>).total_count;
  if (count !== undefined && !(typeof count === 'number' && Number.isFinite(count) && count >= 0)) {
    throw new ClerkSDKError('invalid_response', `expected total_count to be a number, got ${typeof count === 'number' ? count : typeof count}.`);
  }
  return toPaginatedList(raw.map(item), count ?? raw.length);
}

function describeJSON(json: unknown, key: string): string {
  if (json === null) return 'null';
  if (isPlainObject(json)) return `an object without a "${key}" array`;
  return typeof json;
}

/**
 * Walks every page from `params.offset` on: one request per page, stopping at a short or empty page or
 * once `totalCount` items have been seen, so no request is made past the end. No delays between pages.
 * @public
 */
export async function* paginate<T, P extends PaginationParams>(
  fetchPage: PageFetcher<T, P>,
  params: P = {} as P,
  firstPage?: Promise<PaginatedList<T>>,
): AsyncGenerator<T, void, undefined> {
  let offset = params.offset ?? 0;
  let page = await (firstPage ?? fetchPage(params));
  for (;;) {
    for (const item of page) yield item;
    offset += page.length;
    const pageSize = params.limit ?? page.length;
    if (page.length === 0 || page.length < pageSize || offset >= page.totalCount) return;
    page = await fetchPage({ ...params, offset });
  }
}

const FETCH_PAGE = Symbol('fetchPage');
const PARAMS = Symbol('params');

interface ListState<T, P extends PaginationParams> {
  [FETCH_PAGE]: PageFetcher<T, P>;
  [PARAMS]: P;
}

function iterateAllPages<T, P extends PaginationParams>(this: ListPromise<T> & ListState<T, P>): AsyncGenerator<T, void, undefined> {
  return paginate(this[FETCH_PAGE], this[PARAMS], this);
}

/** Starts the first page now and returns it as a promise that can also be iterated across pages. */
export function listPromise<T, P extends PaginationParams>(fetchPage: PageFetcher<T, P>, params: P = {} as P): ListPromise<T> {
  const first = fetchPage(params) as ListPromise<T> & ListState<T, P>;
  // A shared method that reads its state from the promise, not a closure made here: a closure allocated at this
  // point (after the request has started) made V8 promote most of each page to the old generation (~15x the
  // promoted bytes under --trace-gc-nvp), costing ~45% more client CPU per 500-user page (see bench/README.md).
  first[FETCH_PAGE] = fetchPage;
  first[PARAMS] = params;
  first[Symbol.asyncIterator] = iterateAllPages;
  return first;
}
