import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of a role set migration.
 * @public
 */
export interface RoleSetMigrationJSON {
  // <generated:RoleSetMigrationJSON>
  object: 'role_set_migration';
  id: string;
  organization_id?: string | null;
  instance_id: string;
  source_role_set_id: string;
  dest_role_set_id?: string | null;
  trigger_type: string;
  status: string;
  migrated_members: number;
  mappings?: Record<string, string> | null;
  started_at?: number | null;
  completed_at?: number | null;
  created_at: number;
  updated_at: number;
  // </generated:RoleSetMigrationJSON>
}

/**
 * A background job that moves members from the roles of one role set to the roles of another.
 * @public
 */
export class RoleSetMigration extends ClerkModel<RoleSetMigrationJSON> {
  // @model RoleSetMigration from RoleSetMigration
  // @override mappings type: Record<string, string> | null
  // @override mappings value: data.mappings ?? null
  // <generated:RoleSetMigration>
  /** Unique id of the migration. */
  declare readonly id: string;
  /** The organization the migration is limited to, if it is limited to one. */
  declare readonly organizationId: string | null;
  /** The instance the migration runs in. */
  declare readonly instanceId: string;
  /** Role set members are moved away from. */
  declare readonly sourceRoleSetId: string;
  /** Role set members are moved to, if there is one. */
  declare readonly destRoleSetId: string | null;
  /** What started the migration, such as `role_set_deletion` or `role_removal`. */
  declare readonly triggerType: string;
  /** Progress: `enqueued`, `in_progress`, `completed` and so on. */
  declare readonly status: string;
  /** How many members have been moved so far. */
  declare readonly migratedMembers: number;
  /** Old role key to new role key; copied as sent, keys untouched. */
  declare readonly mappings: Record<string, string> | null;
  /** When the migration started, Unix milliseconds, once it has. */
  declare readonly startedAt: number | null;
  /** When the migration finished, Unix milliseconds, once it has. */
  declare readonly completedAt: number | null;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number;
  /** Builds a RoleSetMigration from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: RoleSetMigrationJSON) => RoleSetMigration;

  /** Maps the wire JSON; prefer {@link RoleSetMigration.fromJSON}. */
  constructor(data: RoleSetMigrationJSON) {
    super(data);
    this.id = data.id;
    this.organizationId = data.organization_id ?? null;
    this.instanceId = data.instance_id;
    this.sourceRoleSetId = data.source_role_set_id;
    this.destRoleSetId = data.dest_role_set_id ?? null;
    this.triggerType = data.trigger_type;
    this.status = data.status;
    this.migratedMembers = data.migrated_members;
    this.mappings = data.mappings ?? null;
    this.startedAt = data.started_at ?? null;
    this.completedAt = data.completed_at ?? null;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
  }
  // </generated:RoleSetMigration>
}
