import { CustomAttribute, type CustomAttributeJSON } from './CustomAttribute';
import { ClerkModel } from './ClerkModel';

/**
 * Wire shape of a SCIM directory (spec schema `SCIMDirectory`).
 * @public
 */
export interface SCIMDirectoryJSON {
  // <generated:SCIMDirectoryJSON>
  object: 'scim_directory';
  id: string;
  name: string;
  enterprise_connection_id?: string | null;
  endpoint_url: string;
  provider: string;
  enabled: boolean;
  group_role_mapping_enabled: boolean;
  attribute_mapping: Record<string, string>;
  custom_attributes?: CustomAttributeJSON[];
  api_key?: string | null;
  created_at: number;
  updated_at: number;
  // </generated:SCIMDirectoryJSON>
}

/**
 * A SCIM endpoint that an identity provider pushes users and groups to, tied to an enterprise connection.
 * @public
 */
export class SCIMDirectory extends ClerkModel<SCIMDirectoryJSON> {
  // @model SCIMDirectory from SCIMDirectory
  // @override custom_attributes json: ?: CustomAttributeJSON[]
  // @override custom_attributes type: CustomAttribute[]
  // @override custom_attributes value: (data.custom_attributes ?? []).map(CustomAttribute.fromJSON)
  // <generated:SCIMDirectory>
  /** Unique id of the directory. */
  declare readonly id: string;
  /** Label of the directory. */
  declare readonly name: string;
  /** Enterprise connection the directory provisions users for, if any. */
  declare readonly enterpriseConnectionId: string | null;
  /** SCIM base URL to configure at the identity provider. */
  declare readonly endpointUrl: string;
  /** Identity provider that feeds the directory. */
  declare readonly provider: string;
  /** Whether the directory accepts provisioning requests. */
  declare readonly enabled: boolean;
  /** Whether SCIM groups are turned into organization roles through the group role mappings. */
  declare readonly groupRoleMappingEnabled: boolean;
  /** User attribute → SCIM attribute path it is read from; kept exactly as the API sent it. */
  declare readonly attributeMapping: Record<string, string>;
  /** Extra attributes copied into user metadata on provisioning (empty when none). */
  declare readonly customAttributes: CustomAttribute[];
  /** Bearer token the identity provider authenticates with; only present right after creation or rotation. */
  declare readonly apiKey: string | null;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number;
  /** Builds a SCIMDirectory from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: SCIMDirectoryJSON) => SCIMDirectory;

  /** Maps the wire JSON; prefer {@link SCIMDirectory.fromJSON}. */
  constructor(data: SCIMDirectoryJSON) {
    super(data);
    this.id = data.id;
    this.name = data.name;
    this.enterpriseConnectionId = data.enterprise_connection_id ?? null;
    this.endpointUrl = data.endpoint_url;
    this.provider = data.provider;
    this.enabled = data.enabled;
    this.groupRoleMappingEnabled = data.group_role_mapping_enabled;
    this.attributeMapping = data.attribute_mapping ?? {};
    this.customAttributes = (data.custom_attributes ?? []).map(CustomAttribute.fromJSON);
    this.apiKey = data.api_key ?? null;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
  }
  // </generated:SCIMDirectory>
}
