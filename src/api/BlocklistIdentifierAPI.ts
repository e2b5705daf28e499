import type { ListPromise, PaginationParams } from '../core/pagination';
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
    return this.sendList(
      'blocklistIdentifiers.getBlocklistIdentifierList GET /blocklist_identifiers',
      [],
      params,
      BlocklistIdentifier.fromJSON,
      options,
      'optional',
    );
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
    return this.send(
      'blocklistIdentifiers.createBlocklistIdentifier POST /blocklist_identifiers j',
      [],
      params,
      BlocklistIdentifier.fromJSON,
      options,
      'required',
    );
  }

  /**
   * Removes an identifier from the blocklist.
   * @param blocklistIdentifierId - Id of the entry to remove.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns A {@link DeletedObject}.
   * @throws {@link ClerkAPIResponseError} 404 when no such entry exists.
   */
  deleteBlocklistIdentifier(blocklistIdentifierId: string, options?: RequestOptions): Promise<DeletedObject> {
    return this.send(
      'blocklistIdentifiers.deleteBlocklistIdentifier DELETE /blocklist_identifiers/{}',
      [blocklistIdentifierId],
      undefined,
      DeletedObject.fromJSON,
      options,
    );
  }
}
