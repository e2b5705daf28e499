import { Role, type RoleJSON } from './Role';
import { ClerkModel } from './ClerkModel';

/**
 * Wire shape of a SCIM group role mapping (spec schema `SCIMGroupRoleMapping`).
 * @public
 */
export interface SCIMGroupRoleMappingJSON {
  // <generated:SCIMGroupRoleMappingJSON>
  object: 'scim_group_role_mapping';
  id: string;
  scim_directory_id: string;
  directory_id: string;
  scim_group_id: string;
  directory_group_id: string;
  scim_group_display_name: string;
  directory_group_display_name: string;
  role?: RoleJSON;
  precedence: number;
  created_at: number;
  updated_at: number;
  // </generated:SCIMGroupRoleMappingJSON>
}

/**
 * Gives members of one identity provider group a given organization role. When a user is in several mapped
 * groups, the mapping with the lowest precedence wins.
 * @public
 */
export class SCIMGroupRoleMapping extends ClerkModel<SCIMGroupRoleMappingJSON> {
  // @model SCIMGroupRoleMapping from SCIMGroupRoleMapping
  // <generated:SCIMGroupRoleMapping>
  /** Unique id of the mapping. */
  declare readonly id: string;
  /** SCIM directory the mapping belongs to. */
  declare readonly scimDirectoryId: string;
  /** Same value as `scimDirectoryId`, under the newer directory naming. */
  declare readonly directoryId: string;
  /** Group id at the identity provider. */
  declare readonly scimGroupId: string;
  /** Same value as `scimGroupId`, under the newer directory naming. */
  declare readonly directoryGroupId: string;
  /** Group name as the identity provider reports it. */
  declare readonly scimGroupDisplayName: string;
  /** Same value as `scimGroupDisplayName`, under the newer directory naming. */
  declare readonly directoryGroupDisplayName: string;
  /** Organization role given to the group's members, when included. */
  declare readonly role: Role | null;
  /** Rank of the mapping, from 1; lower values take priority. */
  declare readonly precedence: number;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number;
  /** Builds a SCIMGroupRoleMapping from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: SCIMGroupRoleMappingJSON) => SCIMGroupRoleMapping;

  /** Maps the wire JSON; prefer {@link SCIMGroupRoleMapping.fromJSON}. */
  constructor(data: SCIMGroupRoleMappingJSON) {
    super(data);
    this.id = data.id;
    this.scimDirectoryId = data.scim_directory_id;
    this.directoryId = data.directory_id;
    this.scimGroupId = data.scim_group_id;
    this.directoryGroupId = data.directory_group_id;
    this.scimGroupDisplayName = data.scim_group_display_name;
    this.directoryGroupDisplayName = data.directory_group_display_name;
    this.role = data.role ? Role.fromJSON(data.role) : null;
    this.precedence = data.precedence;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
  }
  // </generated:SCIMGroupRoleMapping>
}
