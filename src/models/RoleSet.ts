import { RoleSetItem, type RoleSetItemJSON } from './RoleSetItem';
import { RoleSetMigration, type RoleSetMigrationJSON } from './RoleSetMigration';
import { ClerkModel } from './ClerkModel';

/**
 * Kind of role set: `initial` is the one new organizations get; every other one is `custom`.
 * @public
 */
export type RoleSetType = 'initial' | 'custom';

/**
 * Wire shape of a role set.
 * @public
 */
export interface RoleSetJSON {
  // <generated:RoleSetJSON>
  object: 'role_set';
  id: string;
  name: string;
  key: string;
  description: string | null;
  roles: RoleSetItemJSON[];
  default_role?: RoleSetItemJSON | null;
  creator_role?: RoleSetItemJSON | null;
  type: RoleSetType;
  role_set_migration?: RoleSetMigrationJSON | null;
  created_at: number;
  updated_at: number;
  // </generated:RoleSetJSON>
}

/**
 * The roles an organization may hand out, with the role new members get and the one its creator gets.
 * @public
 */
export class RoleSet extends ClerkModel<RoleSetJSON> {
  // @model RoleSet from RoleSet
  // <generated:RoleSet>
  /** Unique id of the role set. */
  declare readonly id: string;
  /** Human-readable name. */
  declare readonly name: string;
  /** Unique key, starting with `role_set:`. */
  declare readonly key: string;
  /** Free-text explanation, if any. */
  declare readonly description: string | null;
  /** The roles in the set. */
  declare readonly roles: RoleSetItem[];
  /** Role new members receive, when reported. */
  declare readonly defaultRole: RoleSetItem | null;
  /** Role the organization's creator receives, when reported. */
  declare readonly creatorRole: RoleSetItem | null;
  /** `initial` for the set new organizations get, `custom` otherwise. */
  declare readonly type: RoleSetType;
  /** The migration currently moving members off or onto this set, while one is queued or running. */
  declare readonly roleSetMigration: RoleSetMigration | null;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number;
  /** Builds a RoleSet from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: RoleSetJSON) => RoleSet;

  /** Maps the wire JSON; prefer {@link RoleSet.fromJSON}. */
  constructor(data: RoleSetJSON) {
    super(data);
    this.id = data.id;
    this.name = data.name;
    this.key = data.key;
    this.description = data.description ?? null;
    this.roles = (data.roles ?? []).map(RoleSetItem.fromJSON);
    this.defaultRole = data.default_role ? RoleSetItem.fromJSON(data.default_role) : null;
    this.creatorRole = data.creator_role ? RoleSetItem.fromJSON(data.creator_role) : null;
    this.type = data.type;
    this.roleSetMigration = data.role_set_migration ? RoleSetMigration.fromJSON(data.role_set_migration) : null;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
  }
  // </generated:RoleSet>
}
