import { ClerkSDKError } from '../core/errors';
import type { HttpMethod, Requester, RequestSpec } from '../core/http';
import { path, type ApiPath } from '../core/path';
import type { RequestOptions } from '../core/types';
import { listPromise, parseList, type ListPromise, type PaginationParams } from '../core/pagination';
import type { Operation } from './operations.generated';

/**
 * What a list request needs besides the page parameters.
 * @internal
 */
export type ListSpec = Omit<RequestSpec<unknown>, 'deserialize' | 'query' | 'method'> & {
  method?: RequestSpec<unknown>['method'];
  /** Response key that holds the items (default `data`). */
  itemsKey?: string;
};

/**
 * A file to upload: a `Blob` or `File` (a `File` keeps its name), or raw bytes as a Node `Buffer` or a `Uint8Array`.
 * Every method that sends a file accepts all four.
 * @public
 */
export type FileUpload = Blob | Uint8Array;

/**
 * How a method's params argument is checked before anything is sent (see `AbstractAPI.checkParams`).
 * @internal
 */
export type ParamsCheck = 'required' | 'optional' | 'array';

/**
 * Base of every sub-API: it holds the requester and nothing else, so each API class can be
 * tested, or mounted with a differently configured requester, on its own.
 * @internal
 */
export abstract class AbstractAPI {
  /** The request layer this sub-API sends through. */
  protected readonly requester: Requester;

  /** Mounts the sub-API on a request layer; clients do this for you. */
  constructor(requester: Requester) {
    this.requester = requester;
  }

  /** Sends one request through the client's request layer, with the caller's per-call options if any. */
  protected request<T>(spec: RequestSpec<T>, options?: RequestOptions): Promise<T> {
    return this.requester.request(options === undefined ? spec : { ...spec, options });
  }

  /**
   * Runs one operation, written out in full at the call site: `operation` is its key, a space, then its entry (method,
   * path and body facts; the format and the type that lists every literal are in src/api/operations.generated.ts,
   * and `npm run generate` keeps each literal what the spec says). `ids` fill the path's parameters in order, each
   * percent-encoded, and `params` goes as the query, JSON body or multipart form, whichever the operation takes,
   * keys snake_cased and unknown keys forwarded. With `check`, `params` is checked first.
   */
  protected send<T>(
    operation: Operation,
    ids: readonly unknown[],
    params: unknown,
    deserialize: ((json: any) => T) | undefined,
    options: RequestOptions | undefined,
    check?: ParamsCheck,
    extra?: Partial<RequestSpec<T>>,
  ): Promise<T> {
    const rejected = check && this.checkParams(operation, params, check);
    if (rejected) return rejected;
    return this.request({ ...requestFor<T>(operation, ids, params), deserialize, ...extra }, options);
  }

  /**
   * Runs a list operation (written as for `AbstractAPI.send`) with `params` as its page and filter query; like
   * `AbstractAPI.fetchList`.
   */
  protected sendList<T, P extends PaginationParams>(
    operation: Operation,
    ids: readonly unknown[],
    params: P,
    item: (raw: any) => T,
    options: RequestOptions | undefined,
    check?: ParamsCheck,
    extra?: Partial<ListSpec>,
  ): ListPromise<T> {
    const rejected = check && this.checkParams(operation, params, check);
    if (rejected) return this.failedList(rejected);
    const { method, path, auth, versionPrefix } = requestFor(operation, ids, undefined);
    return this.fetchList({ method, path, auth, versionPrefix, ...extra }, params ?? {}, item, options);
  }

  /**
   * `AbstractAPI.send` for the v4 methods whose params object also carries the path ids: checks `params`, takes
   * the keys named in `idKeys` out of it (in path order) and sends the rest.
   */
  protected sendFrom<T>(
    operation: Operation,
    idKeys: readonly string[],
    params: unknown,
    deserialize: ((json: any) => T) | undefined,
    options: RequestOptions | undefined,
  ): Promise<T> {
    const rejected = this.checkParams(operation, params);
    if (rejected) return rejected;
    const [ids, rest] = takeIds(params as Record<string, unknown>, idKeys);
    return this.send(operation, ids, rest, deserialize, options);
  }

  /** `AbstractAPI.sendList` with the path ids taken out of `params`, as `AbstractAPI.sendFrom` does. */
  protected sendListFrom<T>(
    operation: Operation,
    idKeys: readonly string[],
    params: unknown,
    item: (raw: any) => T,
    options: RequestOptions | undefined,
  ): ListPromise<T> {
    const rejected = this.checkParams(operation, params);
    if (rejected) return this.failedList(rejected);
    const [ids, rest] = takeIds(params as Record<string, unknown>, idKeys);
    return this.sendList(operation, ids, rest, item, options);
  }

  /**
   * A list call: awaiting it gives one page, iterating it walks every page.
   */
  protected fetchList<T, P extends PaginationParams>(spec: ListSpec, params: P, item: (raw: any) => T, options?: RequestOptions): ListPromise<T> {
    const { itemsKey, method, ...rest } = spec;
    return listPromise(
      (query: P) =>
        this.request(
          {
            ...rest,
            method: method ?? 'GET',
            query: query as Record<string, unknown>,
            deserialize: (json: unknown) => parseList(json, item, itemsKey),
          },
          options,
        ),
      params,
    );
  }

  /**
   * A v4 method whose endpoint the Backend API has retired: rejects without sending anything.
   */
  protected removed(method: string, replacement: string): Promise<never> {
    return Promise.reject(new ClerkSDKError('endpoint_removed', `${method}() called an endpoint that the Clerk Backend API no longer has. ${replacement}`));
  }

  /**
   * Checks a method's params argument before anything is sent. It must be an object (not null, not an array), or
   * an array when `kind` is `array`; `optional` also lets it be left out. Answers the rejection (a
   * {@link ClerkSDKError} `invalid_argument`) for the method to return, or `undefined` when the argument is fine.
   * `method` names the method in the message: a method name or operation key, or a whole operation literal, whose
   * first word (its key) is used.
   */
  protected checkParams(method: string, params: unknown, kind: ParamsCheck = 'required'): Promise<never> | undefined {
    const name = method.split(' ', 1)[0];
    if (kind === 'array') {
      return Array.isArray(params) ? undefined : this.invalid(`${name}() needs an array, got ${describeArgument(params)}.`);
    }
    if (params === undefined && kind === 'optional') return undefined;
    if (typeof params === 'object' && params !== null && !Array.isArray(params)) return undefined;
    return this.invalid(`${name}() needs its params as an object, got ${describeArgument(params)}.`);
  }

  /**
   * A list call that fails before sending anything: awaiting or iterating it rejects with `rejection`.
   */
  protected failedList(rejection: Promise<never>): ListPromise<never> {
    return listPromise(() => rejection);
  }

  /**
   * Turns a {@link FileUpload} into the Blob a multipart part needs: a Blob or File passes through, a Buffer or
   * Uint8Array is wrapped (its bytes copied). Answers a rejection for the method to return when `file` is anything else.
   */
  protected toUpload(method: string, file: unknown): Blob | Promise<never> {
    if (file instanceof Blob) return file;
    if (file instanceof Uint8Array) return new Blob([new Uint8Array(file)]);
    return this.invalid(`${method}() needs \`file\` to be a Blob, File, Buffer or Uint8Array, got ${describeArgument(file)}.`);
  }

  /**
   * Rejects (never throws) when a required argument is missing, so callers' `.catch()` sees it.
   */
  protected invalid(message: string): Promise<never> {
    return Promise.reject(new ClerkSDKError('invalid_argument', message));
  }
}

/**
 * The request an operation literal (`KEY METHOD PATH FLAGS MAPS`, see the format at the top of
 * operations.generated.ts) makes. The keys of `params` are snake_cased later by the request layer; here they are
 * only routed.
 */
function requestFor<T>(operation: Operation, ids: readonly unknown[], params: unknown): RequestSpec<T> {
  const [, method, template, flags = '', maps] = operation.split(' ') as [string, HttpMethod, string, string?, string?];
  const spec: RequestSpec<T> = { method, path: fill(template, ids) };
  if (flags.includes('p')) spec.auth = false;
  if (flags.includes('x')) spec.versionPrefix = false;
  if (flags.includes('m')) {
    spec.formData = { ...(params as object) };
  } else if (flags.includes('j') || flags.includes('a')) {
    spec.body = Array.isArray(params) ? params : { ...(params as object) };
    if (flags.includes('r')) spec.bodyRequired = true;
    if (flags.includes('d')) {
      spec.deepSnakeBody = true;
      spec.mapKeys = maps ? maps.split(',') : [];
    }
  } else if (params !== undefined) {
    spec.query = { ...(params as object) };
  }
  return spec;
}

// Splits a params object into the values of `idKeys` (in order) and the other keys.
function takeIds(params: Record<string, unknown>, idKeys: readonly string[]): [unknown[], Record<string, unknown>] {
  const rest = { ...params };
  const ids = idKeys.map((name) => {
    const value = rest[name];
    delete rest[name];
    return value;
  });
  return [ids, rest];
}

// Fills a `{}` path template through the `path` tag, so ids get the same encoding and checks as a literal template.
function fill(template: string, ids: readonly unknown[]): ApiPath {
  const strings = template.split('{}');
  if (strings.length !== ids.length + 1) throw new Error(`${template} takes ${strings.length - 1} ids, got ${ids.length}`);
  return path(Object.assign(strings, { raw: strings }), ...ids);
}

// Names the kind of a bad argument without echoing its value (it may hold a secret).
function describeArgument(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value === undefined) return 'nothing';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
