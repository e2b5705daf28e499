import { CustomAttribute, type CustomAttributeJSON } from './CustomAttribute';
import { ClerkModel } from './ClerkModel';

/**
 * Wire shape of a directory (spec schema `Directory`).
 * @public
 */
export interface DirectoryJSON {
  // <generated:DirectoryJSON>
  object: 'directory';
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
  // </generated:DirectoryJSON>
}

/**
 * A provisioning endpoint that an identity provider syncs users and groups to, tied to an enterprise connection.
 * It is the newer, protocol-neutral counterpart of `SCIMDirectory`.
 * @public
 */
export class Directory extends ClerkModel<DirectoryJSON> {
  // @model Directory from Directory
  // @override custom_attributes json: ?: CustomAttributeJSON[]
  // @override custom_attributes type: CustomAttribute[]
  // @override custom_attributes value: (data.custom_attributes ?? []).map(CustomAttribute.fromJSON)
  // <generated:Directory>
  /** Unique id of the directory. */
  declare readonly id: string;
  /** Label of the directory. */
  declare readonly name: string;
  /** Enterprise connection the directory provisions users for, if any. */
  declare readonly enterpriseConnectionId: string | null;
  /** Provisioning base URL to configure at the identity provider. */
  declare readonly endpointUrl: string;
  /** Identity provider that feeds the directory. */
  declare readonly provider: string;
  /** Whether the directory accepts provisioning requests. */
  declare readonly enabled: boolean;
  /** Whether directory groups are turned into organization roles through the group role mappings. */
  declare readonly groupRoleMappingEnabled: boolean;
  /** User attribute → directory attribute path it is read from; kept exactly as the API sent it. */
  declare readonly attributeMapping: Record<string, string>;
  /** Extra attributes copied into user metadata on provisioning (empty when none). */
  declare readonly customAttributes: CustomAttribute[];
  /** Bearer token the identity provider authenticates with; only present right after creation or rotation. */
  declare readonly apiKey: string | null;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number;
  /** Builds a Directory from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: DirectoryJSON) => Directory;

  /** Maps the wire JSON; prefer {@link Directory.fromJSON}. */
  constructor(data: DirectoryJSON) {
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
  // </generated:Directory>
}
