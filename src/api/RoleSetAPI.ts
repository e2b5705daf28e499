import type { OrderBy } from '../core/types';
import type { ListPromise, PaginationParams } from '../core/pagination';
import { DeletedObject } from '../models/DeletedObject';
import { RoleSet, type RoleSetType } from '../models/RoleSet';
import { AbstractAPI } from './AbstractAPI';
import type { RequestOptions } from '../core/types';

/**
 * How {@link RoleSetAPI.getRoleSetList} may sort, each key optionally prefixed with `+` (ascending, the default)
 * or `-` (descending).
 * @public
 */
export type RoleSetListOrderBy = OrderBy<'created_at' | 'name' | 'key'>;

/**
 * Parameters of {@link RoleSetAPI.getRoleSetList}.
 * @public
 */
export interface GetRoleSetListParams extends PaginationParams {
  // @params type orderBy?: RoleSetListOrderBy
  // <generated:GetRoleSetListParams> from ListRoleSets
  /** Text to look for: matches a role set id exactly, or part of a name or key. */
  query?: string;
  /** Sort order; `-created_at` (newest first) when not given. */
  orderBy?: RoleSetListOrderBy;
  // </generated:GetRoleSetListParams>
}

/**
 * Parameters of {@link RoleSetAPI.createRoleSet}.
 * @public
 */
export interface CreateRoleSetParams {
  // @params type type?: RoleSetType
  // <generated:CreateRoleSetParams> from CreateRoleSet
  /** Human-readable name. */
  name: string;
  /** Unique key: `role_set:` followed by lowercase letters, digits and underscores; derived from the name if left out. */
  key?: string;
  /** Free-text explanation of the role set. */
  description?: string | null;
  /** Key of the role new members get; must be one of `roles`. */
  defaultRoleKey: string;
  /** Key of the role an organization's creator gets; must be one of `roles`. */
  creatorRoleKey: string;
  /** `initial` to make it the set new organizations get (only one set can be), `custom` otherwise. */
  type?: RoleSetType;
  /** Keys of the roles in the set (1 to 10). */
  roles: string[];
  // </generated:CreateRoleSetParams>
}

/**
 * Parameters of {@link RoleSetAPI.updateRoleSet}.
 * @public
 */
export interface UpdateRoleSetParams {
  // @params path role_set_key_or_id
  // <generated:UpdateRoleSetParams> from UpdateRoleSet
  /** Key or id of the role set to change. */
  roleSetKeyOrId: string;
  /** New human-readable name. */
  name?: string | null;
  /** New key (`role_set:` followed by lowercase letters, digits and underscores). */
  key?: string | null;
  /** New description. */
  description?: string | null;
  /** `initial` makes this the set new organizations get; the previous initial set becomes `custom`. */
  type?: 'initial' | null;
  /** Key of the role new members get; must already be in the set. */
  defaultRoleKey?: string | null;
  /** Key of the role an organization's creator gets; must already be in the set. */
  creatorRoleKey?: string | null;
  // </generated:UpdateRoleSetParams>
}

/**
 * Parameters of {@link RoleSetAPI.replaceRoleSet}.
 * @public
 */
export interface ReplaceRoleSetParams {
  // @params path role_set_key_or_id
  // <generated:ReplaceRoleSetParams> from ReplaceRoleSet
  /** Key or id of the role set to replace (and remove). */
  roleSetKeyOrId: string;
  /** Key of the role set its organizations move to. */
  destRoleSetKey: string;
  /**
   * Old role key to new role key, for members whose role is not in the destination set. Sent exactly as given
   * (role keys are never case-converted).
   */
  reassignmentMappings?: Record<string, string>;
  // </generated:ReplaceRoleSetParams>
}

/**
 * Parameters of {@link RoleSetAPI.addRolesToRoleSet}.
 * @public
 */
export interface AddRolesToRoleSetParams {
  // @params path role_set_key_or_id
  // <generated:AddRolesToRoleSetParams> from AddRolesToRoleSet
  /** Key or id of the role set. */
  roleSetKeyOrId: string;
  /** Keys of the roles to add (1 to 10). */
  roleKeys: string[];
  /** Make one of the added roles the one new members get. */
  defaultRoleKey?: string;
  /** Make one of the added roles the one an organization's creator gets. */
  creatorRoleKey?: string;
  // </generated:AddRolesToRoleSetParams>
}

/**
 * Parameters of {@link RoleSetAPI.replaceRoleInRoleSet}.
 * @public
 */
export interface ReplaceRoleInRoleSetParams {
  // @params path role_set_key_or_id
  // <generated:ReplaceRoleInRoleSetParams> from ReplaceRoleInRoleSet
  /** Key or id of the role set. */
  roleSetKeyOrId: string;
  /** Key of the role to take out of the set. */
  roleKey: string;
  /** Key of the role its members get instead. */
  toRoleKey: string;
  // </generated:ReplaceRoleInRoleSetParams>
}

/**
 * Manages role sets: the groups of roles that organizations hand out to their members.
 * @public
 */
export class RoleSetAPI extends AbstractAPI {
  /**
   * Lists the instance's role sets, newest first unless `orderBy` says otherwise.
   * Await it for one page, or iterate it with `for await` for all of them.
   * @param params - Optional search text, sort order and page.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers), applied to every page fetched.
   * @returns A list promise of {@link RoleSet}; the awaited page also carries `totalCount`.
   */
  getRoleSetList(params: GetRoleSetListParams = {}, options?: RequestOptions): ListPromise<RoleSet> {
    return this.sendList('roleSets.getRoleSetList GET /role_sets', [], params, RoleSet.fromJSON, options, 'optional');
  }

  /**
   * Fetches one role set with its roles.
   * @param roleSetKeyOrId - Key (such as `role_set:default`) or id of the role set.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link RoleSet}.
   * @throws {@link ClerkAPIResponseError} 404 when there is no such role set.
   */
  getRoleSet(roleSetKeyOrId: string, options?: RequestOptions): Promise<RoleSet> {
    return this.send('roleSets.getRoleSet GET /role_sets/{}', [roleSetKeyOrId], undefined, RoleSet.fromJSON, options);
  }

  /**
   * Creates a role set.
   * @param params - Name, roles, default and creator role, and optionally a key, description and type.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The new {@link RoleSet}.
   * @throws {@link ClerkAPIResponseError} 422 when a role key is unknown, the default or creator role is not in
   * `roles`, or the key is taken.
   */
  createRoleSet(params: CreateRoleSetParams, options?: RequestOptions): Promise<RoleSet> {
    return this.send('roleSets.createRoleSet POST /role_sets jr', [], params, RoleSet.fromJSON, options, 'required');
  }

  /**
   * Changes a role set's name, key, description, type, default role or creator role.
   * @param params - The role set's key or id and the fields to change.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link RoleSet}.
   * @throws {@link ClerkAPIResponseError} 404 when there is no such role set, 422 when a value is invalid.
   */
  updateRoleSet(params: UpdateRoleSetParams, options?: RequestOptions): Promise<RoleSet> {
    return this.sendFrom('roleSets.updateRoleSet PATCH /role_sets/{} jr', ['roleSetKeyOrId'], params, RoleSet.fromJSON, options);
  }

  /**
   * Replaces a role set with another one: its organizations move to the destination set (their members' roles
   * remapped as given) and the replaced set is removed.
   * @param params - The role set to replace, the destination set's key and any role mappings.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns A {@link DeletedObject} for the replaced role set.
   * @throws {@link ClerkAPIResponseError} 404 when either set does not exist, 422 when members hold roles that
   * the destination lacks and no mapping covers.
   */
  replaceRoleSet(params: ReplaceRoleSetParams, options?: RequestOptions): Promise<DeletedObject> {
    return this.sendFrom(
      'roleSets.replaceRoleSet POST /role_sets/{}/replace jr reassignment_mappings',
      ['roleSetKeyOrId'],
      params,
      DeletedObject.fromJSON,
      options,
    );
  }

  /**
   * Adds roles to a role set, optionally making one of them the default or creator role.
   * @param params - The role set's key or id, the role keys to add and optional default/creator role keys.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link RoleSet}.
   * @throws {@link ClerkAPIResponseError} 404 when there is no such role set, 422 when a role key is unknown.
   */
  addRolesToRoleSet(params: AddRolesToRoleSetParams, options?: RequestOptions): Promise<RoleSet> {
    return this.sendFrom('roleSets.addRolesToRoleSet POST /role_sets/{}/roles jr', ['roleSetKeyOrId'], params, RoleSet.fromJSON, options);
  }

  /**
   * Takes a role out of a role set and gives its members another role from the set.
   * @param params - The role set's key or id, the role to remove and the role its members get instead.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link RoleSet}, which may report the member migration this starts.
   * @throws {@link ClerkAPIResponseError} 404 when the role set or a role does not exist, 422 when the change is not
   * allowed (for example removing the default role).
   */
  replaceRoleInRoleSet(params: ReplaceRoleInRoleSetParams, options?: RequestOptions): Promise<RoleSet> {
    return this.sendFrom('roleSets.replaceRoleInRoleSet POST /role_sets/{}/roles/replace jr', ['roleSetKeyOrId'], params, RoleSet.fromJSON, options);
  }
}
