import { ClerkModel } from './ClerkModel';
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
export class UserScim extends ClerkModel<UserScimJSON> {
  // @model UserScim from SCIMUserMetadata
  // <generated:UserScim>
  /** Id of the directory that provisioned the user. */
  declare readonly directoryId: string;
  /** Whether that directory is enabled, when reported (the API leaves it out when false). */
  declare readonly directoryEnabled: boolean | null;
  /** The user's id in the directory, when known. */
  declare readonly externalId: string | null;
  /** Builds an UserScim from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: UserScimJSON) => UserScim;

  /** Maps the wire JSON; prefer {@link UserScim.fromJSON}. */
  constructor(data: UserScimJSON) {
    super(data);
    this.directoryId = data.directory_id;
    this.directoryEnabled = data.directory_enabled ?? null;
    this.externalId = data.external_id ?? null;
  }
  // </generated:UserScim>
}
