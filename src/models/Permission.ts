import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of an organization permission.
 * @public
 */
export interface PermissionJSON {
  // <generated:PermissionJSON>
  object: 'permission';
  id: string;
  name: string;
  key: string;
  description: string;
  type: string;
  created_at: number;
  updated_at: number;
  // </generated:PermissionJSON>
}

/**
 * Something a member may be allowed to do in an organization, granted to them through their role.
 * @public
 */
export class Permission extends ClerkModel<PermissionJSON> {
  // @model Permission from Permission
  // <generated:Permission>
  /** Unique id of the permission. */
  declare readonly id: string;
  /** Human-readable name. */
  declare readonly name: string;
  /** Key checked in code, in the form `org:<feature>:<action>`, such as `org:invoices:read`. */
  declare readonly key: string;
  /** Free-text explanation of what the permission allows. */
  declare readonly description: string;
  /** Whether Clerk defines the permission (`system`) or the application does (`user`). */
  declare readonly type: string;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number;
  /** Builds a Permission from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: PermissionJSON) => Permission;

  /** Maps the wire JSON; prefer {@link Permission.fromJSON}. */
  constructor(data: PermissionJSON) {
    super(data);
    this.id = data.id;
    this.name = data.name;
    this.key = data.key;
    this.description = data.description;
    this.type = data.type;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
  }
  // </generated:Permission>
}
