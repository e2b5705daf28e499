import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of a role as listed inside a role set.
 * @public
 */
export interface RoleSetItemJSON {
  // <generated:RoleSetItemJSON>
  object: 'role_set_item';
  id: string;
  name: string;
  key: string;
  description: string | null;
  members_count?: number | null;
  has_members?: boolean | null;
  created_at: number;
  updated_at: number;
  // </generated:RoleSetItemJSON>
}

/**
 * One role as it appears inside a role set, with how many members hold it there.
 * @public
 */
export class RoleSetItem extends ClerkModel<RoleSetItemJSON> {
  // @model RoleSetItem from RoleSetItem
  // <generated:RoleSetItem>
  /** Id of the role. */
  declare readonly id: string;
  /** Human-readable name of the role. */
  declare readonly name: string;
  /** Key of the role, such as `org:admin`. */
  declare readonly key: string;
  /** Free-text explanation of the role, if any. */
  declare readonly description: string | null;
  /** How many members hold this role under the role set, when reported. */
  declare readonly membersCount: number | null;
  /** Whether any member holds this role under the role set, when reported. */
  declare readonly hasMembers: boolean | null;
  /** Creation time of the role, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Last update time of the role, Unix milliseconds. */
  declare readonly updatedAt: number;
  /** Builds a RoleSetItem from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: RoleSetItemJSON) => RoleSetItem;

  /** Maps the wire JSON; prefer {@link RoleSetItem.fromJSON}. */
  constructor(data: RoleSetItemJSON) {
    super(data);
    this.id = data.id;
    this.name = data.name;
    this.key = data.key;
    this.description = data.description ?? null;
    this.membersCount = data.members_count ?? null;
    this.hasMembers = data.has_members ?? null;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
  }
  // </generated:RoleSetItem>
}
