import type { ListPromise, PaginationParams } from '../core/pagination';
import { DeletedObject } from '../models/DeletedObject';
import { RedirectUrl } from '../models/RedirectUrl';
import { AbstractAPI } from './AbstractAPI';
import type { RequestOptions } from '../core/types';

/**
 * Parameters of {@link RedirectUrlAPI.getRedirectUrlList}.
 * @public
 */
export interface GetRedirectUrlListParams extends PaginationParams {
  // <generated:GetRedirectUrlListParams> from ListRedirectURLs
  // </generated:GetRedirectUrlListParams>
}

/**
 * Parameters of {@link RedirectUrlAPI.createRedirectUrl}.
 * @public
 */
export interface CreateRedirectUrlParams {
  // <generated:CreateRedirectUrlParams> from CreateRedirectURL
  /** The URL (or custom-scheme link of a native app) to allow as a redirect target. */
  url: string;
  // </generated:CreateRedirectUrlParams>
}

/**
 * Manages the redirect URLs Clerk accepts, mainly for native and mobile sign-in flows.
 * @public
 */
export class RedirectUrlAPI extends AbstractAPI {
  /**
   * Lists the allowed redirect URLs. Await it for one page, or iterate it with `for await` for all.
   * @param params - Page parameters (v4 took none).
   * @param options - Per-call request options (signal, timeout, maxRetries, headers), applied to every page fetched.
   * @returns A list promise of {@link RedirectUrl}; the awaited array also has `totalCount`.
   */
  getRedirectUrlList(params: GetRedirectUrlListParams = {}, options?: RequestOptions): ListPromise<RedirectUrl> {
    const rejected = this.checkParams('redirectUrls.getRedirectUrlList', params, 'optional');
    if (rejected) return this.failedList(rejected);
    // Without `paginated` the endpoint answers a bare array and no total.
    return this.sendList('redirectUrls.getRedirectUrlList GET /redirect_urls', [], { ...params, paginated: true }, RedirectUrl.fromJSON, options);
  }

  /**
   * Fetches one redirect URL.
   * @param redirectUrlId - Id of the entry.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link RedirectUrl}.
   * @throws {@link ClerkAPIResponseError} 404 when no such entry exists.
   */
  getRedirectUrl(redirectUrlId: string, options?: RequestOptions): Promise<RedirectUrl> {
    return this.send('redirectUrls.getRedirectUrl GET /redirect_urls/{}', [redirectUrlId], undefined, RedirectUrl.fromJSON, options);
  }

  /**
   * Adds a redirect URL.
   * @param params - The URL to allow.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The new {@link RedirectUrl}.
   * @throws {@link ClerkAPIResponseError} 400 or 422 when the URL is malformed or already listed.
   */
  createRedirectUrl(params: CreateRedirectUrlParams, options?: RequestOptions): Promise<RedirectUrl> {
    return this.send('redirectUrls.createRedirectUrl POST /redirect_urls j', [], params, RedirectUrl.fromJSON, options, 'required');
  }

  /**
   * Removes a redirect URL.
   * @param redirectUrlId - Id of the entry to remove.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns A {@link DeletedObject} (v4 declared a RedirectUrl, but the API has always answered this).
   * @throws {@link ClerkAPIResponseError} 404 when no such entry exists.
   */
  deleteRedirectUrl(redirectUrlId: string, options?: RequestOptions): Promise<DeletedObject> {
    return this.send('redirectUrls.deleteRedirectUrl DELETE /redirect_urls/{}', [redirectUrlId], undefined, DeletedObject.fromJSON, options);
  }
}
