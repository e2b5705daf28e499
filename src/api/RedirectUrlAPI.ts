import type { ListPromise } from '../core/pagination';
import { path } from '../core/path';
import { DeletedObject } from '../models/DeletedObject';
import { RedirectUrl } from '../models/RedirectUrl';
import { AbstractAPI } from './AbstractAPI';

/**
 * Parameters of {@link RedirectUrlAPI.getRedirectUrlList}.
 * @public
 */
export interface GetRedirectUrlListParams {
  /** Items per page (API default 10, at most 500). */
  limit?: number;
  /** Items to skip. */
  offset?: number;
}

/**
 * Parameters of {@link RedirectUrlAPI.createRedirectUrl}.
 * @public
 */
export interface CreateRedirectUrlParams {
  /** The URL (or custom-scheme link of a native app) to allow as a redirect target. */
  url: string;
}

/**
 * Manages the redirect URLs Clerk accepts, mainly for native and mobile sign-in flows.
 * @public
 */
export class RedirectUrlAPI extends AbstractAPI {
  /**
   * Lists the allowed redirect URLs. Await it for one page, or iterate it with `for await` for all.
   * @param params - Page parameters (v4 took none).
   * @returns A list promise of {@link RedirectUrl}; the awaited array also has `totalCount`.
   */
  getRedirectUrlList(params: GetRedirectUrlListParams = {}): ListPromise<RedirectUrl> {
    // Without `paginated` the endpoint answers a bare array and no total.
    return this.fetchList({ path: '/redirect_urls' }, { ...params, paginated: true }, RedirectUrl.fromJSON);
  }

  /**
   * Fetches one redirect URL.
   * @param redirectUrlId - Id of the entry.
   * @returns The {@link RedirectUrl}.
   * @throws {@link ClerkAPIResponseError} 404 when no such entry exists.
   */
  getRedirectUrl(redirectUrlId: string): Promise<RedirectUrl> {
    return this.request({ method: 'GET', path: path`/redirect_urls/${redirectUrlId}`, deserialize: RedirectUrl.fromJSON });
  }

  /**
   * Adds a redirect URL.
   * @param params - The URL to allow.
   * @returns The new {@link RedirectUrl}.
   * @throws {@link ClerkAPIResponseError} 400 or 422 when the URL is malformed or already listed.
   */
  createRedirectUrl(params: CreateRedirectUrlParams): Promise<RedirectUrl> {
    return this.request({ method: 'POST', path: '/redirect_urls', body: { ...params }, deserialize: RedirectUrl.fromJSON });
  }

  /**
   * Removes a redirect URL.
   * @param redirectUrlId - Id of the entry to remove.
   * @returns A {@link DeletedObject} (v4 declared a RedirectUrl, but the API has always answered this).
   * @throws {@link ClerkAPIResponseError} 404 when no such entry exists.
   */
  deleteRedirectUrl(redirectUrlId: string): Promise<DeletedObject> {
    return this.request({ method: 'DELETE', path: path`/redirect_urls/${redirectUrlId}`, deserialize: DeletedObject.fromJSON });
  }
}
