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
export class Permission {
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
  readonly #raw: PermissionJSON;

  /** Maps the wire JSON; prefer {@link Permission.fromJSON}. */
  constructor(data: PermissionJSON) {
    this.id = data.id;
    this.name = data.name;
    this.key = data.key;
    this.description = data.description;
    this.type = data.type;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): PermissionJSON {
    return this.#raw;
  }

  /** Builds a Permission from the API's JSON. */
  static fromJSON(data: PermissionJSON): Permission {
    return make(data);
  }
  // </generated:Permission>
}

// <generated:make-Permission>
function make(data: PermissionJSON): Permission {
  return new Permission(data);
}
// </generated:make-Permission>
