import { Role, type RoleJSON } from './Role';
import { ClerkModel } from './ClerkModel';

/**
 * Wire shape of a directory group role mapping (spec schema `DirectoryGroupRoleMapping`).
 * @public
 */
export interface DirectoryGroupRoleMappingJSON {
  // <generated:DirectoryGroupRoleMappingJSON>
  object: 'directory_group_role_mapping';
  id: string;
  directory_id: string;
  scim_directory_id: string;
  directory_group_id: string;
  scim_group_id: string;
  directory_group_display_name: string;
  scim_group_display_name: string;
  role?: RoleJSON;
  precedence: number;
  created_at: number;
  updated_at: number;
  // </generated:DirectoryGroupRoleMappingJSON>
}

/**
 * Gives members of one directory group a given organization role. When a user is in several mapped groups, the
 * mapping with the lowest precedence wins.
 * @public
 */
export class DirectoryGroupRoleMapping extends ClerkModel<DirectoryGroupRoleMappingJSON> {
  // @model DirectoryGroupRoleMapping from DirectoryGroupRoleMapping
  // <generated:DirectoryGroupRoleMapping>
  /** Unique id of the mapping. */
  declare readonly id: string;
  /** Directory the mapping belongs to. */
  declare readonly directoryId: string;
  /** Same value as `directoryId`, under the older SCIM naming. */
  declare readonly scimDirectoryId: string;
  /** Group id at the identity provider. */
  declare readonly directoryGroupId: string;
  /** Same value as `directoryGroupId`, under the older SCIM naming. */
  declare readonly scimGroupId: string;
  /** Group name as the identity provider reports it. */
  declare readonly directoryGroupDisplayName: string;
  /** Same value as `directoryGroupDisplayName`, under the older SCIM naming. */
  declare readonly scimGroupDisplayName: string;
  /** Organization role given to the group's members, when included. */
  declare readonly role: Role | null;
  /** Rank of the mapping, from 1; lower values take priority. */
  declare readonly precedence: number;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number;
  /** Builds a DirectoryGroupRoleMapping from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: DirectoryGroupRoleMappingJSON) => DirectoryGroupRoleMapping;

  /** Maps the wire JSON; prefer {@link DirectoryGroupRoleMapping.fromJSON}. */
  constructor(data: DirectoryGroupRoleMappingJSON) {
    super(data);
    this.id = data.id;
    this.directoryId = data.directory_id;
    this.scimDirectoryId = data.scim_directory_id;
    this.directoryGroupId = data.directory_group_id;
    this.scimGroupId = data.scim_group_id;
    this.directoryGroupDisplayName = data.directory_group_display_name;
    this.scimGroupDisplayName = data.scim_group_display_name;
    this.role = data.role ? Role.fromJSON(data.role) : null;
    this.precedence = data.precedence;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
  }
  // </generated:DirectoryGroupRoleMapping>
}
