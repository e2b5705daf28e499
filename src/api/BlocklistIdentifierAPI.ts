import type { ListPromise, PaginationParams } from '../core/pagination';
import { path } from '../core/path';
import { BlocklistIdentifier } from '../models/BlocklistIdentifier';
import { DeletedObject } from '../models/DeletedObject';
import { AbstractAPI } from './AbstractAPI';

/**
 * Parameters of {@link BlocklistIdentifierAPI.createBlocklistIdentifier}.
 * @public
 */
export interface CreateBlocklistIdentifierParams {
  /** Email address, phone number, `*@domain` pattern or web3 wallet to block. */
  identifier: string;
}

/**
 * Manages the blocklist: identifiers that may not sign up or sign in.
 * @public
 */
export class BlocklistIdentifierAPI extends AbstractAPI {
  /**
   * Lists the blocklist. The API answers every entry in one page, with the total.
   * @param params - Page parameters, passed on as `@clerk/backend` does; the spec declares none for this endpoint.
   * @returns A list promise of {@link BlocklistIdentifier}; the awaited array also has `totalCount`.
   * @throws {@link ClerkAPIResponseError} 402 when the plan does not include the blocklist.
   */
  getBlocklistIdentifierList(params: PaginationParams = {}): ListPromise<BlocklistIdentifier> {
    return this.fetchList({ path: '/blocklist_identifiers' }, { ...params }, BlocklistIdentifier.fromJSON);
  }

  /**
   * Adds an identifier to the blocklist.
   * @param params - The identifier to block.
   * @returns The new {@link BlocklistIdentifier}.
   * @throws {@link ClerkAPIResponseError} 400 or 422 when the identifier is malformed or already listed, 402 when
   * the plan does not include the blocklist.
   */
  createBlocklistIdentifier(params: CreateBlocklistIdentifierParams): Promise<BlocklistIdentifier> {
    return this.request({ method: 'POST', path: '/blocklist_identifiers', body: { ...params }, deserialize: BlocklistIdentifier.fromJSON });
  }

  /**
   * Removes an identifier from the blocklist.
   * @param blocklistIdentifierId - Id of the entry to remove.
   * @returns A {@link DeletedObject}.
   * @throws {@link ClerkAPIResponseError} 404 when no such entry exists.
   */
  deleteBlocklistIdentifier(blocklistIdentifierId: string): Promise<DeletedObject> {
    return this.request({
      method: 'DELETE',
      path: path`/blocklist_identifiers/${blocklistIdentifierId}`,
      deserialize: DeletedObject.fromJSON,
    });
  }
}
