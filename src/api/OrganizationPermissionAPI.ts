import type { OrderBy } from '../core/types';
import type { ListPromise, PaginationParams } from '../core/pagination';
import { DeletedObject } from '../models/DeletedObject';
import { Permission } from '../models/Permission';
import { AbstractAPI } from './AbstractAPI';
import type { RequestOptions } from '../core/types';

/**
 * How {@link OrganizationPermissionAPI.getOrganizationPermissionList} may sort, each key optionally prefixed with
 * `+` (ascending, the default) or `-` (descending).
 * @public
 */
export type OrganizationPermissionListOrderBy = OrderBy<'created_at' | 'name' | 'key'>;

/**
 * Parameters of {@link OrganizationPermissionAPI.getOrganizationPermissionList}.
 * @public
 */
export interface GetOrganizationPermissionListParams extends PaginationParams {
  // @params type orderBy?: OrganizationPermissionListOrderBy
  // <generated:GetOrganizationPermissionListParams> from ListOrganizationPermissions
  /** Text to look for: matches a permission id exactly, or part of a name or key. */
  query?: string;
  /** Sort order. */
  orderBy?: OrganizationPermissionListOrderBy;
  // </generated:GetOrganizationPermissionListParams>
}

/**
 * Parameters of {@link OrganizationPermissionAPI.createOrganizationPermission}.
 * @public
 */
export interface CreateOrganizationPermissionParams {
  // <generated:CreateOrganizationPermissionParams> from CreateOrganizationPermission
  /** Human-readable name. */
  name: string;
  /** Unique key in the form `org:<feature>:<action>`; the `org:sys_` prefix is reserved for Clerk's own. */
  key: string;
  /** Free-text explanation of what the permission allows. */
  description?: string;
  // </generated:CreateOrganizationPermissionParams>
}

/**
 * Parameters of {@link OrganizationPermissionAPI.updateOrganizationPermission}.
 * @public
 */
export interface UpdateOrganizationPermissionParams {
  // @params path permission_id
  // <generated:UpdateOrganizationPermissionParams> from UpdateOrganizationPermission
  /** Id of the permission to change. */
  permissionId: string;
  /** New human-readable name. */
  name?: string;
  /** New key (`org:<feature>:<action>`). */
  key?: string;
  /** New description. */
  description?: string;
  // </generated:UpdateOrganizationPermissionParams>
}

/**
 * Manages the instance's custom organization permissions.
 * @public
 */
export class OrganizationPermissionAPI extends AbstractAPI {
  /**
   * Lists the instance's organization permissions, Clerk's own included.
   * Await it for one page, or iterate it with `for await` for all of them.
   * @param params - Optional search text, sort order and page.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers), applied to every page fetched.
   * @returns A list promise of {@link Permission}; the awaited page also carries `totalCount`.
   */
  getOrganizationPermissionList(params: GetOrganizationPermissionListParams = {}, options?: RequestOptions): ListPromise<Permission> {
    return this.sendList(
      'organizationPermissions.getOrganizationPermissionList GET /organization_permissions',
      [],
      params,
      Permission.fromJSON,
      options,
      'optional',
    );
  }

  /**
   * Fetches one organization permission.
   * @param permissionId - Id of the permission.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link Permission}.
   * @throws {@link ClerkAPIResponseError} 404 when there is no such permission.
   */
  getOrganizationPermission(permissionId: string, options?: RequestOptions): Promise<Permission> {
    return this.send(
      'organizationPermissions.getOrganizationPermission GET /organization_permissions/{}',
      [permissionId],
      undefined,
      Permission.fromJSON,
      options,
    );
  }

  /**
   * Creates an organization permission, which roles can then grant.
   * @param params - Name, unique key and optional description.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The new {@link Permission}.
   * @throws {@link ClerkAPIResponseError} 422 when the key is malformed, reserved or already used.
   */
  createOrganizationPermission(params: CreateOrganizationPermissionParams, options?: RequestOptions): Promise<Permission> {
    return this.send(
      'organizationPermissions.createOrganizationPermission POST /organization_permissions jr',
      [],
      params,
      Permission.fromJSON,
      options,
      'required',
    );
  }

  /**
   * Changes an organization permission; fields left out keep their value.
   * @param params - The permission id and the fields to change.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link Permission}.
   * @throws {@link ClerkAPIResponseError} 404 when there is no such permission, 422 when a value is invalid.
   */
  updateOrganizationPermission(params: UpdateOrganizationPermissionParams, options?: RequestOptions): Promise<Permission> {
    return this.sendFrom(
      'organizationPermissions.updateOrganizationPermission PATCH /organization_permissions/{} jr',
      ['permissionId'],
      params,
      Permission.fromJSON,
      options,
    );
  }

  /**
   * Deletes an organization permission; roles that granted it stop doing so.
   * @param permissionId - Id of the permission.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns A {@link DeletedObject} confirming the deletion.
   * @throws {@link ClerkAPIResponseError} 404 when there is no such permission.
   */
  deleteOrganizationPermission(permissionId: string, options?: RequestOptions): Promise<DeletedObject> {
    return this.send(
      'organizationPermissions.deleteOrganizationPermission DELETE /organization_permissions/{}',
      [permissionId],
      undefined,
      DeletedObject.fromJSON,
      options,
    );
  }
}
