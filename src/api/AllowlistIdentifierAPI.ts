import type { ListPromise, PaginationParams } from '../core/pagination';
import { AllowlistIdentifier } from '../models/AllowlistIdentifier';
import { DeletedObject } from '../models/DeletedObject';
import { AbstractAPI } from './AbstractAPI';
import type { RequestOptions } from '../core/types';

/**
 * Parameters of {@link AllowlistIdentifierAPI.getAllowlistIdentifierList}.
 * @public
 */
export interface GetAllowlistIdentifierListParams extends PaginationParams {
  // <generated:GetAllowlistIdentifierListParams> from ListAllowlistIdentifiers
  // </generated:GetAllowlistIdentifierListParams>
}

/**
 * Parameters of {@link AllowlistIdentifierAPI.createAllowlistIdentifier}.
 * @public
 */
export interface CreateAllowlistIdentifierParams {
  // <generated:CreateAllowlistIdentifierParams> from CreateAllowlistIdentifier
  /** Email address, phone number (E.164), `*@domain` pattern or web3 wallet to allow. */
  identifier: string;
  /** Whether to email or text the identifier an invitation to sign up. */
  notify?: boolean;
  // </generated:CreateAllowlistIdentifierParams>
}

/**
 * Manages the allowlist: identifiers that may sign up when the instance restricts sign-ups.
 * @public
 */
export class AllowlistIdentifierAPI extends AbstractAPI {
  /**
   * Lists the allowlist, newest first. Await it for one page, or iterate it with `for await` for all.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers), applied to every page fetched.
   * @returns A list promise of {@link AllowlistIdentifier}.
   */
  getAllowlistIdentifierList(params: GetAllowlistIdentifierListParams = {}, options?: RequestOptions): ListPromise<AllowlistIdentifier> {
    const rejected = this.checkParams('allowlistIdentifiers.getAllowlistIdentifierList', params, 'optional');
    if (rejected) return this.failedList(rejected);
    // The endpoint answers a bare array unless asked for `paginated`, which also gives a real total.
    return this.sendList(
      'allowlistIdentifiers.getAllowlistIdentifierList GET /allowlist_identifiers',
      [],
      { ...params, paginated: true },
      AllowlistIdentifier.fromJSON,
      options,
    );
  }

  /**
   * Adds an identifier to the allowlist.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @throws {@link ClerkAPIResponseError} 422 when the identifier is malformed or already listed.
   */
  createAllowlistIdentifier(params: CreateAllowlistIdentifierParams, options?: RequestOptions): Promise<AllowlistIdentifier> {
    return this.send(
      'allowlistIdentifiers.createAllowlistIdentifier POST /allowlist_identifiers j',
      [],
      params,
      AllowlistIdentifier.fromJSON,
      options,
      'required',
    );
  }

  /**
   * Removes an identifier from the allowlist.
   * @param allowlistIdentifierId - Id of the entry to remove.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns A {@link DeletedObject} (v4 declared the entry itself, but the API has always answered this).
   * @throws {@link ClerkAPIResponseError} 404 when no such entry exists.
   */
  deleteAllowlistIdentifier(allowlistIdentifierId: string, options?: RequestOptions): Promise<DeletedObject> {
    return this.send(
      'allowlistIdentifiers.deleteAllowlistIdentifier DELETE /allowlist_identifiers/{}',
      [allowlistIdentifierId],
      undefined,
      DeletedObject.fromJSON,
      options,
    );
  }
}
