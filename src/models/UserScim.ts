/**
 * Wire shape of the directory (SCIM) details of a user provisioned through a directory (spec schema
 * `SCIMUserMetadata`).
 * @public
 */
export interface UserScimJSON {
  // <generated:UserScimJSON>
  directory_id: string;
  directory_enabled?: boolean;
  external_id: string | null;
  // </generated:UserScimJSON>
}

/**
 * Directory (SCIM) details of a user provisioned through a directory.
 * @public
 */
export class UserScim {
  // @model UserScim from SCIMUserMetadata
  // <generated:UserScim>
  /** Id of the directory that provisioned the user. */
  declare readonly directoryId: string;
  /** Whether that directory is enabled, when reported (the API leaves it out when false). */
  declare readonly directoryEnabled: boolean | null;
  /** The user's id in the directory, when known. */
  declare readonly externalId: string | null;
  readonly #raw: UserScimJSON;

  /** Maps the wire JSON; prefer {@link UserScim.fromJSON}. */
  constructor(data: UserScimJSON) {
    this.directoryId = data.directory_id;
    this.directoryEnabled = data.directory_enabled ?? null;
    this.externalId = data.external_id ?? null;
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): UserScimJSON {
    return this.#raw;
  }

  /** Builds an UserScim from the API's JSON. */
  static fromJSON(data: UserScimJSON): UserScim {
    return make(data);
  }
  // </generated:UserScim>
}

// <generated:make-UserScim>
function make(data: UserScimJSON): UserScim {
  return new UserScim(data);
}
// </generated:make-UserScim>
