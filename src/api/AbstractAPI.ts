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
    return Promise.reject(
      new ClerkSDKError('endpoint_removed', `${method}() called an endpoint that the Clerk Backend API no longer has. ${replacement}`),
    );
  }

  /**
   * Rejects (never throws) when a required argument is missing, so callers' `.catch()` sees it.
   */
  protected invalid(message: string): Promise<never> {
    return Promise.reject(new ClerkSDKError('invalid_argument', message));
  }
}
