import { parseList, type ListPromise, type PaginatedList, type PaginationParams } from '../core/pagination';
import { DeletedObject } from '../models/DeletedObject';
import { Directory } from '../models/Directory';
import { DirectoryGroupRoleMapping } from '../models/DirectoryGroupRoleMapping';
import { AbstractAPI } from './AbstractAPI';
import type { RequestOptions } from '../core/types';

/**
 * Parameters of {@link DirectoryAPI.getDirectoryList}.
 * @public
 */
export type GetDirectoryListParams = PaginationParams;

/**
 * A directory group → organization role mapping to create along with a directory. Give the group id as
 * `directoryGroupId` or under its older name `scimGroupId` (both only with the same value).
 * @public
 */
export interface DirectoryGroupRoleMappingParams {
  // <generated:DirectoryGroupRoleMappingParams> from CreateDirectory.group_role_mappings
  /** Group id at the identity provider. */
  directoryGroupId?: string;
  /** Older name of `directoryGroupId`. */
  scimGroupId?: string;
  /** Display name of the group (up to 255 characters). */
  directoryGroupDisplayName?: string;
  /** Older name of `directoryGroupDisplayName`. */
  scimGroupDisplayName?: string;
  /** Organization role given to the group's members. */
  roleId: string;
  /** Rank from 1, lower wins; by default the order of the array. */
  precedence?: number;
  // </generated:DirectoryGroupRoleMappingParams>
}

/**
 * Parameters of {@link DirectoryAPI.createDirectory}.
 * @public
 */
export interface CreateDirectoryParams {
  // <generated:CreateDirectoryParams> from CreateDirectory
  /** Enterprise connection whose users the directory provisions. */
  enterpriseConnectionId: string;
  /** Label of the directory. */
  name?: string;
  /** Identity provider that will feed the directory. */
  provider: string;
  /** Group role mappings to create with the directory. */
  groupRoleMappings?: DirectoryGroupRoleMappingParams[];
  // </generated:CreateDirectoryParams>
}

/**
 * Parameters of {@link DirectoryAPI.updateDirectory}. Only the fields given change.
 * @public
 */
export interface UpdateDirectoryParams {
  // <generated:UpdateDirectoryParams> from UpdateDirectory
  /** New label. */
  name?: string;
  /** Turn provisioning on or off. */
  enabled?: boolean;
  /** Identity provider that feeds the directory. */
  provider?: string;
  /**
   * Entries merged into the attribute mapping: user attribute → directory attribute path, with `null` removing
   * an entry. Sent exactly as given: the keys are not case-converted, so use the API's names (`first_name`, …).
   */
  attributeMapping?: Record<string, string | null>;
  /** Turn the group → role mappings on or off. */
  groupRoleMappingEnabled?: boolean;
  // </generated:UpdateDirectoryParams>
}

/**
 * Parameters of {@link DirectoryAPI.createDirectoryGroupRoleMapping}. Give the group id as `directoryGroupId` or
 * under its older name `scimGroupId`.
 * @public
 */
export interface CreateDirectoryGroupRoleMappingParams {
  // <generated:CreateDirectoryGroupRoleMappingParams> from CreateDirectoryGroupRoleMapping
  /** Group id at the identity provider. */
  directoryGroupId?: string;
  /** Older name of `directoryGroupId`; both only with the same value. */
  scimGroupId?: string;
  /** Organization role given to the group's members. */
  roleId: string;
  /** Rank from 1, lower wins; by default the mapping goes last. */
  precedence?: number;
  // </generated:CreateDirectoryGroupRoleMappingParams>
}

/**
 * Parameters of {@link DirectoryAPI.replaceDirectoryGroupRoleMappings}.
 * @public
 */
export interface ReplaceDirectoryGroupRoleMappingsParams {
  // @params omit mappings (declared by hand below: its item type documents each field)
  // <generated:ReplaceDirectoryGroupRoleMappingsParams> from ReplaceDirectoryGroupRoleMappings
  // </generated:ReplaceDirectoryGroupRoleMappingsParams>
  /** The complete new set, highest priority first (precedence follows the order); empty removes them all. */
  mappings: Array<{
    /** Group id at the identity provider. */
    directoryGroupId?: string;
    /** Older name of `directoryGroupId`; both only with the same value. */
    scimGroupId?: string;
    /** Organization role given to the group's members. */
    roleId: string;
  }>;
}

/**
 * Manages directories, through which an identity provider provisions users and maps its groups to organization
 * roles. This is the newer, protocol-neutral form of `SCIMDirectoryAPI` (`clerkClient.scimDirectories`).
 * @public
 */
export class DirectoryAPI extends AbstractAPI {
  /**
   * Lists the instance's directories. Await it for one page, or iterate it with `for await` for all.
   * @param params - Page.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers), applied to every page fetched.
   * @returns A list promise of {@link Directory}.
   */
  getDirectoryList(params: GetDirectoryListParams = {}, options?: RequestOptions): ListPromise<Directory> {
    return this.sendList('directories.getDirectoryList GET /directories', [], params, Directory.fromJSON, options, 'optional');
  }

  /**
   * Creates a directory for an enterprise connection, optionally with its group role mappings.
   * @param params - Connection, provider, name and mappings (their keys are sent snake_cased).
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The new {@link Directory}, whose `apiKey` is only shown this once.
   * @throws {@link ClerkAPIResponseError} 400 or 422 when a field is invalid.
   */
  createDirectory(params: CreateDirectoryParams, options?: RequestOptions): Promise<Directory> {
    return this.send('directories.createDirectory POST /directories jd', [], params, Directory.fromJSON, options, 'required');
  }

  /**
   * Retrieves one directory.
   * @param directoryId - Id of the directory.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link Directory}.
   * @throws {@link ClerkAPIResponseError} 404 when no such directory exists.
   */
  getDirectory(directoryId: string, options?: RequestOptions): Promise<Directory> {
    return this.send('directories.getDirectory GET /directories/{}', [directoryId], undefined, Directory.fromJSON, options);
  }

  /**
   * Changes a directory. `attributeMapping` is merged into the current mapping and sent verbatim.
   * @param directoryId - Id of the directory.
   * @param params - The fields to change.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link Directory}.
   * @throws {@link ClerkAPIResponseError} 404 when no such directory exists, 400 or 422 when a field is invalid.
   */
  updateDirectory(directoryId: string, params: UpdateDirectoryParams = {}, options?: RequestOptions): Promise<Directory> {
    return this.send('directories.updateDirectory PATCH /directories/{} j attribute_mapping', [directoryId], params, Directory.fromJSON, options, 'optional');
  }

  /**
   * Deletes a directory.
   * @param directoryId - Id of the directory.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns A {@link DeletedObject}.
   * @throws {@link ClerkAPIResponseError} 404 when no such directory exists.
   */
  deleteDirectory(directoryId: string, options?: RequestOptions): Promise<DeletedObject> {
    return this.send('directories.deleteDirectory DELETE /directories/{}', [directoryId], undefined, DeletedObject.fromJSON, options);
  }

  /**
   * Issues a new API key for a directory; the old one stops working.
   * @param directoryId - Id of the directory.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link Directory} with the new `apiKey`, shown only in this answer.
   * @throws {@link ClerkAPIResponseError} 404 when no such directory exists.
   */
  rotateDirectoryApiKey(directoryId: string, options?: RequestOptions): Promise<Directory> {
    return this.send('directories.rotateDirectoryApiKey POST /directories/{}/rotate_api_key', [directoryId], undefined, Directory.fromJSON, options);
  }

  /**
   * Lists a directory's group role mappings, by precedence. The endpoint has no paging: one call gives all.
   * @param directoryId - Id of the directory.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers), applied to every page fetched.
   * @returns A list promise of {@link DirectoryGroupRoleMapping}.
   * @throws {@link ClerkAPIResponseError} 404 when no such directory exists.
   */
  getDirectoryGroupRoleMappingList(directoryId: string, options?: RequestOptions): ListPromise<DirectoryGroupRoleMapping> {
    return this.sendList(
      'directories.getDirectoryGroupRoleMappingList GET /directories/{}/group_role_mappings',
      [directoryId],
      {},
      DirectoryGroupRoleMapping.fromJSON,
      options,
    );
  }

  /**
   * Maps one more directory group to an organization role.
   * @param directoryId - Id of the directory.
   * @param params - Group, role and optional precedence.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The new {@link DirectoryGroupRoleMapping}.
   * @throws {@link ClerkAPIResponseError} 404 when the directory or role does not exist, 400 or 422 when invalid.
   */
  createDirectoryGroupRoleMapping(
    directoryId: string,
    params: CreateDirectoryGroupRoleMappingParams,
    options?: RequestOptions,
  ): Promise<DirectoryGroupRoleMapping> {
    return this.send(
      'directories.createDirectoryGroupRoleMapping POST /directories/{}/group_role_mappings jr',
      [directoryId],
      params,
      DirectoryGroupRoleMapping.fromJSON,
      options,
      'required',
    );
  }

  /**
   * Replaces all of a directory's group role mappings with the given list.
   * @param directoryId - Id of the directory.
   * @param params - The new mappings, in precedence order (their keys are sent snake_cased).
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The resulting mappings as a {@link PaginatedList} (a plain awaited answer: this write is not
   * iterable page by page).
   * @throws {@link ClerkAPIResponseError} 404 when the directory or a role does not exist, 400 or 422 when invalid.
   */
  replaceDirectoryGroupRoleMappings(
    directoryId: string,
    params: ReplaceDirectoryGroupRoleMappingsParams,
    options?: RequestOptions,
  ): Promise<PaginatedList<DirectoryGroupRoleMapping>> {
    return this.send(
      'directories.replaceDirectoryGroupRoleMappings PUT /directories/{}/group_role_mappings jrd',
      [directoryId],
      params,
      (json: unknown) => parseList(json, DirectoryGroupRoleMapping.fromJSON),
      options,
      'required',
    );
  }

  /**
   * Deletes one group role mapping of a directory.
   * @param directoryId - Id of the directory.
   * @param mappingId - Id of the mapping.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns A {@link DeletedObject}.
   * @throws {@link ClerkAPIResponseError} 404 when the directory or mapping does not exist.
   */
  deleteDirectoryGroupRoleMapping(directoryId: string, mappingId: string, options?: RequestOptions): Promise<DeletedObject> {
    return this.send(
      'directories.deleteDirectoryGroupRoleMapping DELETE /directories/{}/group_role_mappings/{}',
      [directoryId, mappingId],
      undefined,
      DeletedObject.fromJSON,
      options,
    );
  }
}
