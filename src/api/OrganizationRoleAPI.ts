import type { OrderBy } from '../core/types';
import type { ListPromise, PaginationParams } from '../core/pagination';
import { DeletedObject } from '../models/DeletedObject';
import { Role } from '../models/Role';
import { AbstractAPI } from './AbstractAPI';
import type { RequestOptions } from '../core/types';

/**
 * How {@link OrganizationRoleAPI.getOrganizationRoleList} may sort, each key optionally prefixed with `+`
 * (ascending, the default) or `-` (descending).
 * @public
 */
export type OrganizationRoleListOrderBy = OrderBy<'created_at' | 'name' | 'key'>;

/**
 * Parameters of {@link OrganizationRoleAPI.getOrganizationRoleList}.
 * @public
 */
export interface GetOrganizationRoleListParams extends PaginationParams {
  // @params type orderBy?: OrganizationRoleListOrderBy
  // <generated:GetOrganizationRoleListParams> from ListOrganizationRoles
  /** Text to look for: matches a role id exactly, or part of a name or key. */
  query?: string;
  /** Sort order; `-created_at` (newest first) when not given. */
  orderBy?: OrganizationRoleListOrderBy;
  // </generated:GetOrganizationRoleListParams>
}

/**
 * Parameters of {@link OrganizationRoleAPI.createOrganizationRole}.
 * @public
 */
export interface CreateOrganizationRoleParams {
  // <generated:CreateOrganizationRoleParams> from CreateOrganizationRole
  /** Human-readable name, such as `Billing manager`. */
  name: string;
  /** Unique key: `org:` followed by lowercase letters, digits and underscores, such as `org:billing_manager`. */
  key: string;
  /** Free-text explanation of the role. */
  description?: string | null;
  /** Ids of the permissions the role grants. */
  permissions?: string[] | null;
  /** Whether to add the role to the instance's initial role set too. */
  includeInInitialRoleSet?: boolean | null;
  // </generated:CreateOrganizationRoleParams>
}

/**
 * Parameters of {@link OrganizationRoleAPI.updateOrganizationRole}.
 * @public
 */
export interface UpdateOrganizationRoleParams {
  // @params path organization_role_id
  // <generated:UpdateOrganizationRoleParams> from UpdateOrganizationRole
  /** Id of the role to change. */
  organizationRoleId: string;
  /** New human-readable name. */
  name?: string | null;
  /** New key (`org:` followed by lowercase letters, digits and underscores). */
  key?: string | null;
  /** New description. */
  description?: string | null;
  /** Ids of the permissions the role should grant; replaces the current list (an empty array removes them all). */
  permissions?: string[] | null;
  // </generated:UpdateOrganizationRoleParams>
}

/**
 * Parameters of {@link OrganizationRoleAPI.assignPermissionToOrganizationRole} and
 * {@link OrganizationRoleAPI.removePermissionFromOrganizationRole}.
 * @public
 */
export interface OrganizationRolePermissionParams {
  // @params path organization_role_id, permission_id
  // <generated:OrganizationRolePermissionParams> from AssignPermissionToOrganizationRole, RemovePermissionFromOrganizationRole
  /** Id of the role. */
  organizationRoleId: string;
  /** Id of the permission to add or take away. */
  permissionId: string;
  // </generated:OrganizationRolePermissionParams>
}

/**
 * Manages the instance's custom organization roles and the permissions each one grants.
 * @public
 */
export class OrganizationRoleAPI extends AbstractAPI {
  /**
   * Lists the instance's organization roles, newest first unless `orderBy` says otherwise.
   * Await it for one page, or iterate it with `for await` for all of them.
   * @param params - Optional search text, sort order and page.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers), applied to every page fetched.
   * @returns A list promise of {@link Role}; the awaited page also carries `totalCount`.
   */
  getOrganizationRoleList(params: GetOrganizationRoleListParams = {}, options?: RequestOptions): ListPromise<Role> {
    return this.sendList('organizationRoles.getOrganizationRoleList GET /organization_roles', [], params, Role.fromJSON, options, 'optional');
  }

  /**
   * Fetches one organization role with its permissions.
   * @param organizationRoleId - Id of the role.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link Role}.
   * @throws {@link ClerkAPIResponseError} 404 when there is no such role.
   */
  getOrganizationRole(organizationRoleId: string, options?: RequestOptions): Promise<Role> {
    return this.send('organizationRoles.getOrganizationRole GET /organization_roles/{}', [organizationRoleId], undefined, Role.fromJSON, options);
  }

  /**
   * Creates an organization role.
   * @param params - Name, unique key, and optionally a description, permission ids and whether the initial role
   * set gets it too.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The new {@link Role}.
   * @throws {@link ClerkAPIResponseError} 422 when the key is malformed or already used.
   */
  createOrganizationRole(params: CreateOrganizationRoleParams, options?: RequestOptions): Promise<Role> {
    return this.send('organizationRoles.createOrganizationRole POST /organization_roles jr', [], params, Role.fromJSON, options, 'required');
  }

  /**
   * Changes an organization role; fields left out keep their value.
   * @param params - The role id and the fields to change.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link Role}.
   * @throws {@link ClerkAPIResponseError} 404 when there is no such role, 422 when a value is invalid.
   */
  updateOrganizationRole(params: UpdateOrganizationRoleParams, options?: RequestOptions): Promise<Role> {
    return this.sendFrom('organizationRoles.updateOrganizationRole PATCH /organization_roles/{} jr', ['organizationRoleId'], params, Role.fromJSON, options);
  }

  /**
   * Deletes an organization role.
   * @param organizationRoleId - Id of the role.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns A {@link DeletedObject} confirming the deletion.
   * @throws {@link ClerkAPIResponseError} 404 when there is no such role; 400 or 422 when the API refuses because
   * the role is still in use.
   */
  deleteOrganizationRole(organizationRoleId: string, options?: RequestOptions): Promise<DeletedObject> {
    return this.send(
      'organizationRoles.deleteOrganizationRole DELETE /organization_roles/{}',
      [organizationRoleId],
      undefined,
      DeletedObject.fromJSON,
      options,
    );
  }

  /**
   * Adds one permission to an organization role.
   * @param params - The role id and the permission id.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link Role}.
   * @throws {@link ClerkAPIResponseError} 404 when the role or permission does not exist, 409 when the role already
   * has the permission.
   */
  assignPermissionToOrganizationRole(params: OrganizationRolePermissionParams, options?: RequestOptions): Promise<Role> {
    const rejected = this.checkParams('organizationRoles.assignPermissionToOrganizationRole', params);
    if (rejected) return rejected;
    const { organizationRoleId, permissionId } = params;
    return this.send(
      'organizationRoles.assignPermissionToOrganizationRole POST /organization_roles/{}/permissions/{}',
      [organizationRoleId, permissionId],
      undefined,
      Role.fromJSON,
      options,
    );
  }

  /**
   * Takes one permission away from an organization role.
   * @param params - The role id and the permission id.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link Role}.
   * @throws {@link ClerkAPIResponseError} 404 when the role or permission does not exist or the role lacks it.
   */
  removePermissionFromOrganizationRole(params: OrganizationRolePermissionParams, options?: RequestOptions): Promise<Role> {
    const rejected = this.checkParams('organizationRoles.removePermissionFromOrganizationRole', params);
    if (rejected) return rejected;
    const { organizationRoleId, permissionId } = params;
    return this.send(
      'organizationRoles.removePermissionFromOrganizationRole DELETE /organization_roles/{}/permissions/{}',
      [organizationRoleId, permissionId],
      undefined,
      Role.fromJSON,
      options,
    );
  }
}
