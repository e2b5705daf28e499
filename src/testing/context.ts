import { valueInvalid } from './errors';
import type { SigningKeys } from './jwt';
import type { Store } from './store';

/** Query values after validation: arrays for array params, numbers for integers, booleans for booleans. */
export type QueryValue = string | number | boolean | string[];

/** A file from a multipart body. */
export interface UploadedFile {
  filename: string;
  contentType: string;
  size: number;
}

/** Who made a request: the instance (a secret key) or a machine (its machine secret key, M2M operations only). */
export type Caller = { readonly kind: 'instance' } | { readonly kind: 'machine'; readonly machineId: string };

/** Everything a handler gets. */
export interface HandlerContext {
  /** Decoded path parameters by name. */
  readonly params: Readonly<Record<string, string>>;
  /** Validated query parameters. */
  readonly query: Readonly<Record<string, QueryValue>>;
  /** The parsed JSON body (validated against the operation's fields), or the multipart fields. */
  readonly body: any;
  /** Files of a multipart body, by field name. */
  readonly files: Readonly<Record<string, UploadedFile>>;
  readonly store: Store;
  readonly keys: SigningKeys;
  /** The emulator's base URL, e.g. `http://127.0.0.1:4010`. */
  readonly baseUrl: string;
  /** The `iss` claim of the session tokens it mints. */
  readonly issuer: string;
  /** Who authenticated the request. */
  readonly caller: Caller;
  /** A fixed id for the created object (seed data only). */
  readonly fixedId?: string | undefined;
}

/** Handles one operation; returns the JSON body of a 200 answer or throws an EmulatorError. */
export type Handler = (ctx: HandlerContext) => unknown;

/** Handlers by operationId. */
export type HandlerTable = Record<string, Handler>;

type Sortable = string | number | null | undefined;

/** How a list may be ordered: field name → the value to sort by. */
export type OrderFields<T> = Record<string, (item: T) => Sortable>;

function compare(a: Sortable, b: Sortable): number {
  // Missing values sort last whatever the direction, as a database does with NULLS LAST.
  if (a === null || a === undefined) return b === null || b === undefined ? 0 : 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}

/** Sorts by an `order_by` value such as `-created_at` or `+email_address` (default direction ascending). */
export function sortItems<T>(items: T[], orderBy: string, fields: OrderFields<T>): T[] {
  const descending = orderBy.startsWith('-');
  const name = orderBy.replace(/^[+-]/, '');
  // Own keys only: `__proto__`, `constructor` or `toString` must not reach Object.prototype.
  const key = Object.hasOwn(fields, name) ? fields[name] : undefined;
  if (!key) {
    throw valueInvalid('order_by', `must be one of ${Object.keys(fields).join(', ')}, optionally prefixed with + or -.`);
  }
  const indexed = items.map((item, index) => ({ item, index, value: key(item) }));
  indexed.sort((x, y) => {
    const nullsLast = x.value === null || x.value === undefined || y.value === null || y.value === undefined;
    const order = compare(x.value, y.value);
    const directed = descending && !nullsLast ? -order : order;
    return directed || x.index - y.index;
  });
  return indexed.map((entry) => entry.item);
}

/** Applies `offset` and `limit` (spec default 10). */
export function pageOf<T>(items: T[], query: Readonly<Record<string, QueryValue>>): { data: T[]; total_count: number } {
  const limit = typeof query.limit === 'number' ? query.limit : 10;
  const offset = typeof query.offset === 'number' ? query.offset : 0;
  return { data: items.slice(offset, offset + limit), total_count: items.length };
}

/**
 * For the operations that answer a bare array unless `paginated=true` is sent: the page as an array, or as
 * `{ data, total_count }` when asked.
 */
export function bareOrPaginated<T>(items: T[], query: Readonly<Record<string, QueryValue>>): T[] | { data: T[]; total_count: number } {
  const page = pageOf(items, query);
  return query.paginated === true ? page : page.data;
}

/** Reads a string-array query param (absent → undefined). */
export function listParam(query: Readonly<Record<string, QueryValue>>, name: string): string[] | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value : [String(value)];
}

/** Reads a string query param. */
export function stringParam(query: Readonly<Record<string, QueryValue>>, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value[0] : String(value);
}

/** Deep merge used by the `PATCH …/metadata` operations: nested objects merge, `null` removes a key. */
export function mergeMetadata(target: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    const current = Object.hasOwn(out, key) ? out[key] : undefined;
    if (value === null) {
      delete out[key];
    } else if (isPlainObject(value) && isPlainObject(current)) {
      setOwn(out, key, mergeMetadata(current, value));
    } else {
      setOwn(out, key, value);
    }
  }
  return out;
}

/** Sets an own, enumerable property, even for keys such as `__proto__` that plain assignment would not store. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Deepest nesting of objects and arrays a request body may have. */
export const MAX_DEPTH = 64;

/**
 * Whether `value` nests objects and arrays deeper than `limit` levels. Walks iteratively, so a body nested
 * millions deep cannot overflow the stack.
 */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth > limit) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A deep copy, so callers can never change stored state through an answer or the store through a request. */
export function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** Parses an RFC 3339 date param to Unix ms. */
export function parseDate(param: string, value: unknown): number {
  const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) {
    throw valueInvalid(param, 'must be a date and time in RFC 3339 format, such as 2024-01-31T12:00:00Z.');
  }
  return ms;
}

/** Case-insensitive substring test used by the `query` filters. */
export function contains(haystack: Array<string | null | undefined>, needle: string): boolean {
  const lowered = needle.toLowerCase();
  return haystack.some((value) => typeof value === 'string' && value.toLowerCase().includes(lowered));
}

/** A deterministic default avatar URL, the way Clerk hands out one for objects without an image. */
export function defaultImageUrl(kind: string, id: string, imageId: string | null): string {
  const payload = Buffer.from(JSON.stringify({ type: imageId ? 'uploaded' : 'default', kind, id, image: imageId })).toString('base64url');
  return `https://img.clerk.com/${payload}`;
}
