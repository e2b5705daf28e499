import { parseList, type ListPromise, type PaginatedList, type PaginationParams } from '../core/pagination';
import { DeletedObject } from '../models/DeletedObject';
import { SCIMDirectory } from '../models/SCIMDirectory';
import { SCIMGroupRoleMapping } from '../models/SCIMGroupRoleMapping';
import { AbstractAPI } from './AbstractAPI';
import type { RequestOptions } from '../core/types';

/**
 * Parameters of {@link SCIMDirectoryAPI.getScimDirectoryList}.
 * @public
 */
export type GetScimDirectoryListParams = PaginationParams;

/**
 * A SCIM group → organization role mapping to create along with a directory.
 * @public
 */
export interface ScimDirectoryGroupRoleMappingParams {
  // <generated:ScimDirectoryGroupRoleMappingParams> from CreateSCIMDirectory.group_role_mappings
  /** Group id at the identity provider. */
  scimGroupId: string;
  /** Display name of the group (up to 255 characters). */
  scimGroupDisplayName?: string;
  /** Organization role given to the group's members. */
  roleId: string;
  /** Rank from 1, lower wins; by default the order of the array. */
  precedence?: number;
  // </generated:ScimDirectoryGroupRoleMappingParams>
}

/**
 * Parameters of {@link SCIMDirectoryAPI.createScimDirectory}.
 * @public
 */
export interface CreateScimDirectoryParams {
  // <generated:CreateScimDirectoryParams> from CreateSCIMDirectory
  /** Enterprise connection whose users the directory provisions. */
  enterpriseConnectionId: string;
  /** Label of the directory. */
  name?: string;
  /** Identity provider that will feed the directory. */
  provider: string;
  /** Group role mappings to create with the directory. */
  groupRoleMappings?: ScimDirectoryGroupRoleMappingParams[];
  // </generated:CreateScimDirectoryParams>
}

/**
 * Parameters of {@link SCIMDirectoryAPI.updateScimDirectory}. Only the fields given change.
 * @public
 */
export interface UpdateScimDirectoryParams {
  // <generated:UpdateScimDirectoryParams> from UpdateSCIMDirectory
  /** New label. */
  name?: string;
  /** Turn provisioning on or off. */
  enabled?: boolean;
  /** Identity provider that feeds the directory. */
  provider?: string;
  /**
   * Entries merged into the attribute mapping: user attribute → SCIM attribute path, with `null` removing an
   * entry. Sent exactly as given: the keys are not case-converted, so use the API's names (`first_name`, …).
   */
  attributeMapping?: Record<string, string | null>;
  /** Turn the group → role mappings on or off. */
  groupRoleMappingEnabled?: boolean;
  // </generated:UpdateScimDirectoryParams>
}

/**
 * Parameters of {@link SCIMDirectoryAPI.createScimGroupRoleMapping}.
 * @public
 */
export interface CreateScimGroupRoleMappingParams {
  // <generated:CreateScimGroupRoleMappingParams> from CreateSCIMGroupRoleMapping
  /** Group id at the identity provider. */
  scimGroupId: string;
  /** Organization role given to the group's members. */
  roleId: string;
  /** Rank from 1, lower wins; by default the mapping goes last. */
  precedence?: number;
  // </generated:CreateScimGroupRoleMappingParams>
}

/**
 * Parameters of {@link SCIMDirectoryAPI.replaceScimGroupRoleMappings}.
 * @public
 */
export interface ReplaceScimGroupRoleMappingsParams {
  // @params omit mappings (declared by hand below: its item type documents each field)
  // <generated:ReplaceScimGroupRoleMappingsParams> from ReplaceSCIMGroupRoleMappings
  // </generated:ReplaceScimGroupRoleMappingsParams>
  /** The complete new set, highest priority first (precedence follows the order); empty removes them all. */
  mappings: Array<{
    /** Group id at the identity provider. */
    scimGroupId: string;
    /** Organization role given to the group's members. */
    roleId: string;
  }>;
}

/**
 * Manages SCIM directories, through which an identity provider provisions users and maps its groups to
 * organization roles. `DirectoryAPI` (`clerkClient.directories`) is the newer, protocol-neutral equivalent.
 * @public
 */
export class SCIMDirectoryAPI extends AbstractAPI {
  /**
   * Lists the instance's SCIM directories. Await it for one page, or iterate it with `for await` for all.
   * @param params - Page.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers), applied to every page fetched.
   * @returns A list promise of {@link SCIMDirectory}.
   */
  getScimDirectoryList(params: GetScimDirectoryListParams = {}, options?: RequestOptions): ListPromise<SCIMDirectory> {
    return this.sendList('scimDirectories.getScimDirectoryList GET /scim_directories', [], params, SCIMDirectory.fromJSON, options, 'optional');
  }

  /**
   * Creates a SCIM directory for an enterprise connection, optionally with its group role mappings.
   * @param params - Connection, provider, name and mappings (their keys are sent snake_cased).
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The new {@link SCIMDirectory}, whose `apiKey` is only shown this once.
   * @throws {@link ClerkAPIResponseError} 400 or 422 when a field is invalid.
   */
  createScimDirectory(params: CreateScimDirectoryParams, options?: RequestOptions): Promise<SCIMDirectory> {
    return this.send('scimDirectories.createScimDirectory POST /scim_directories jd', [], params, SCIMDirectory.fromJSON, options, 'required');
  }

  /**
   * Retrieves one SCIM directory.
   * @param scimDirectoryId - Id of the directory.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link SCIMDirectory}.
   * @throws {@link ClerkAPIResponseError} 404 when no such directory exists.
   */
  getScimDirectory(scimDirectoryId: string, options?: RequestOptions): Promise<SCIMDirectory> {
    return this.send('scimDirectories.getScimDirectory GET /scim_directories/{}', [scimDirectoryId], undefined, SCIMDirectory.fromJSON, options);
  }

  /**
   * Changes a SCIM directory. `attributeMapping` is merged into the current mapping and sent verbatim.
   * @param scimDirectoryId - Id of the directory.
   * @param params - The fields to change.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link SCIMDirectory}.
   * @throws {@link ClerkAPIResponseError} 404 when no such directory exists, 400 or 422 when a field is invalid.
   */
  updateScimDirectory(scimDirectoryId: string, params: UpdateScimDirectoryParams = {}, options?: RequestOptions): Promise<SCIMDirectory> {
    return this.send(
      'scimDirectories.updateScimDirectory PATCH /scim_directories/{} j attribute_mapping',
      [scimDirectoryId],
      params,
      SCIMDirectory.fromJSON,
      options,
      'optional',
    );
  }

  /**
   * Deletes a SCIM directory.
   * @param scimDirectoryId - Id of the directory.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns A {@link DeletedObject}.
   * @throws {@link ClerkAPIResponseError} 404 when no such directory exists.
   */
  deleteScimDirectory(scimDirectoryId: string, options?: RequestOptions): Promise<DeletedObject> {
    return this.send('scimDirectories.deleteScimDirectory DELETE /scim_directories/{}', [scimDirectoryId], undefined, DeletedObject.fromJSON, options);
  }

  /**
   * Issues a new API key for a SCIM directory; the old one stops working.
   * @param scimDirectoryId - Id of the directory.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link SCIMDirectory} with the new `apiKey`, shown only in this answer.
   * @throws {@link ClerkAPIResponseError} 404 when no such directory exists.
   */
  rotateScimDirectoryApiKey(scimDirectoryId: string, options?: RequestOptions): Promise<SCIMDirectory> {
    return this.send(
      'scimDirectories.rotateScimDirectoryApiKey POST /scim_directories/{}/rotate_api_key',
      [scimDirectoryId],
      undefined,
      SCIMDirectory.fromJSON,
      options,
    );
  }

  /**
   * Lists a SCIM directory's group role mappings, by precedence. The endpoint has no paging: one call gives all.
   * @param scimDirectoryId - Id of the directory.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers), applied to every page fetched.
   * @returns A list promise of {@link SCIMGroupRoleMapping}.
   * @throws {@link ClerkAPIResponseError} 404 when no such directory exists.
   */
  getScimGroupRoleMappingList(scimDirectoryId: string, options?: RequestOptions): ListPromise<SCIMGroupRoleMapping> {
    return this.sendList(
      'scimDirectories.getScimGroupRoleMappingList GET /scim_directories/{}/group_role_mappings',
      [scimDirectoryId],
      {},
      SCIMGroupRoleMapping.fromJSON,
      options,
    );
  }

  /**
   * Maps one more SCIM group to an organization role.
   * @param scimDirectoryId - Id of the directory.
   * @param params - Group, role and optional precedence.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The new {@link SCIMGroupRoleMapping}.
   * @throws {@link ClerkAPIResponseError} 404 when the directory or role does not exist, 400 or 422 when invalid.
   */
  createScimGroupRoleMapping(scimDirectoryId: string, params: CreateScimGroupRoleMappingParams, options?: RequestOptions): Promise<SCIMGroupRoleMapping> {
    return this.send(
      'scimDirectories.createScimGroupRoleMapping POST /scim_directories/{}/group_role_mappings jr',
      [scimDirectoryId],
      params,
      SCIMGroupRoleMapping.fromJSON,
      options,
      'required',
    );
  }

  /**
   * Replaces all of a SCIM directory's group role mappings with the given list.
   * @param scimDirectoryId - Id of the directory.
   * @param params - The new mappings, in precedence order (their keys are sent snake_cased).
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The resulting mappings as a {@link PaginatedList} (a plain awaited answer: this write is not
   * iterable page by page).
   * @throws {@link ClerkAPIResponseError} 404 when the directory or a role does not exist, 400 or 422 when invalid.
   */
  replaceScimGroupRoleMappings(
    scimDirectoryId: string,
    params: ReplaceScimGroupRoleMappingsParams,
    options?: RequestOptions,
  ): Promise<PaginatedList<SCIMGroupRoleMapping>> {
    return this.send(
      'scimDirectories.replaceScimGroupRoleMappings PUT /scim_directories/{}/group_role_mappings jrd',
      [scimDirectoryId],
      params,
      (json: unknown) => parseList(json, SCIMGroupRoleMapping.fromJSON),
      options,
      'required',
    );
  }

  /**
   * Deletes one group role mapping of a SCIM directory.
   * @param scimDirectoryId - Id of the directory.
   * @param mappingId - Id of the mapping.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns A {@link DeletedObject}.
   * @throws {@link ClerkAPIResponseError} 404 when the directory or mapping does not exist.
   */
  deleteScimGroupRoleMapping(scimDirectoryId: string, mappingId: string, options?: RequestOptions): Promise<DeletedObject> {
    return this.send(
      'scimDirectories.deleteScimGroupRoleMapping DELETE /scim_directories/{}/group_role_mappings/{}',
      [scimDirectoryId, mappingId],
      undefined,
      DeletedObject.fromJSON,
      options,
    );
  }
}
