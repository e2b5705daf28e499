import { Permission, type PermissionJSON } from './Permission';
import { ClerkModel } from './ClerkModel';

/**
 * Wire shape of an organization role.
 * @public
 */
export interface RoleJSON {
  // <generated:RoleJSON>
  object: 'role';
  id: string;
  name: string;
  key: string;
  description: string | null;
  is_creator_eligible: boolean;
  permissions: PermissionJSON[];
  created_at: number;
  updated_at: number;
  // </generated:RoleJSON>
}

/**
 * A named bundle of permissions that organization members are given, such as `org:admin`.
 * @public
 */
export class Role extends ClerkModel<RoleJSON> {
  // @model Role from Role
  // <generated:Role>
  /** Unique id of the role. */
  declare readonly id: string;
  /** Human-readable name, such as `Billing manager`. */
  declare readonly name: string;
  /** Key stored on memberships, starting with `org:`. */
  declare readonly key: string;
  /** Free-text explanation of the role, if any. */
  declare readonly description: string | null;
  /** Whether the role may be the one given to whoever creates an organization. */
  declare readonly isCreatorEligible: boolean;
  /** The permissions the role grants. */
  declare readonly permissions: Permission[];
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number;
  /** Builds a Role from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: RoleJSON) => Role;

  /** Maps the wire JSON; prefer {@link Role.fromJSON}. */
  constructor(data: RoleJSON) {
    super(data);
    this.id = data.id;
    this.name = data.name;
    this.key = data.key;
    this.description = data.description ?? null;
    this.isCreatorEligible = data.is_creator_eligible;
    this.permissions = (data.permissions ?? []).map(Permission.fromJSON);
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
  }
  // </generated:Role>
}
