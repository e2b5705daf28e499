import type { ListPromise, PaginationParams } from '../core/pagination';
import { path } from '../core/path';
import { BlocklistIdentifier } from '../models/BlocklistIdentifier';
import { DeletedObject } from '../models/DeletedObject';
import { AbstractAPI } from './AbstractAPI';
import type { RequestOptions } from '../core/types';

/**
 * Parameters of {@link BlocklistIdentifierAPI.createBlocklistIdentifier}.
 * @public
 */
export interface CreateBlocklistIdentifierParams {
  // <generated:CreateBlocklistIdentifierParams> from CreateBlocklistIdentifier
  /** Email address, phone number, `*@domain` pattern or web3 wallet to block. */
  identifier: string;
  // </generated:CreateBlocklistIdentifierParams>
}

/**
 * Manages the blocklist: identifiers that may not sign up or sign in.
 * @public
 */
export class BlocklistIdentifierAPI extends AbstractAPI {
  /**
   * Lists the blocklist. The API answers every entry in one page, with the total.
   * @param params - Page parameters, passed on as `@clerk/backend` does; the spec declares none for this endpoint.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers), applied to every page fetched.
   * @returns A list promise of {@link BlocklistIdentifier}; the awaited array also has `totalCount`.
   * @throws {@link ClerkAPIResponseError} 402 when the plan does not include the blocklist.
   */
  getBlocklistIdentifierList(params: PaginationParams = {}, options?: RequestOptions): ListPromise<BlocklistIdentifier> {
    const rejected = this.checkParams('blocklistIdentifiers.getBlocklistIdentifierList', params, 'optional');
    if (rejected) return this.failedList(rejected);
    return this.fetchList({ path: '/blocklist_identifiers' }, { ...params }, BlocklistIdentifier.fromJSON, options);
  }

  /**
   * Adds an identifier to the blocklist.
   * @param params - The identifier to block.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The new {@link BlocklistIdentifier}.
   * @throws {@link ClerkAPIResponseError} 400 or 422 when the identifier is malformed or already listed, 402 when
   * the plan does not include the blocklist.
   */
  createBlocklistIdentifier(params: CreateBlocklistIdentifierParams, options?: RequestOptions): Promise<BlocklistIdentifier> {
    const rejected = this.checkParams('blocklistIdentifiers.createBlocklistIdentifier', params);
    if (rejected) return rejected;
    return this.request({ method: 'POST', path: '/blocklist_identifiers', body: { ...params }, deserialize: BlocklistIdentifier.fromJSON }, options);
  }

  /**
   * Removes an identifier from the blocklist.
   * @param blocklistIdentifierId - Id of the entry to remove.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns A {@link DeletedObject}.
   * @throws {@link ClerkAPIResponseError} 404 when no such entry exists.
   */
  deleteBlocklistIdentifier(blocklistIdentifierId: string, options?: RequestOptions): Promise<DeletedObject> {
    return this.request(
      {
        method: 'DELETE',
        path: path`/blocklist_identifiers/${blocklistIdentifierId}`,
        deserialize: DeletedObject.fromJSON,
      },
      options,
    );
  }
}
