import { ClerkSDKError } from '../core/errors';
import type { Requester, RequestSpec } from '../core/http';
import type { RequestOptions } from '../core/types';
import { listPromise, parseList, type ListPromise, type PaginationParams } from '../core/pagination';

/**
 * What a list request needs besides the page parameters.
 * @public
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
 * Base of every sub-API: it holds the requester and nothing else, so each API class can be
 * tested, or mounted with a differently configured requester, on its own.
 * @public
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
   */
  protected checkParams(method: string, params: unknown, kind: 'required' | 'optional' | 'array' = 'required'): Promise<never> | undefined {
    if (kind === 'array') {
      return Array.isArray(params) ? undefined : this.invalid(`${method}() needs an array, got ${describeArgument(params)}.`);
    }
    if (params === undefined && kind === 'optional') return undefined;
    if (typeof params === 'object' && params !== null && !Array.isArray(params)) return undefined;
    return this.invalid(`${method}() needs its params as an object, got ${describeArgument(params)}.`);
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

// Names the kind of a bad argument without echoing its value (it may hold a secret).
function describeArgument(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value === undefined) return 'nothing';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
