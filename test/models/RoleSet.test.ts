import { describe, expect, it } from 'vitest';
import { RoleSet } from '../../src/models/RoleSet';
import { RoleSetItem } from '../../src/models/RoleSetItem';
import { RoleSetMigration } from '../../src/models/RoleSetMigration';
import { fixture } from '../helpers/nock';

describe('RoleSet.fromJSON', () => {
  it('maps roles, default and creator roles through RoleSetItem and the migration through RoleSetMigration', () => {
    const json = fixture('role-sets/get-role-set');
    const set = RoleSet.fromJSON(json);
    expect(set).toMatchObject({ id: 'rs_2kZHh1Rs4TuVw5XyZa6BcDe7FgH', name: 'Default', key: 'role_set:default', type: 'initial' });
    expect(set.roles.every((r) => r instanceof RoleSetItem)).toBe(true);
    expect(set.roles[2]!.raw).toBe(json.roles[2]);
    expect(set.defaultRole!.raw).toBe(json.default_role);
    expect(set.creatorRole).toMatchObject({ key: 'org:admin', membersCount: 4, hasMembers: true });
    expect(set.roleSetMigration).toBeInstanceOf(RoleSetMigration);
    expect(set.roleSetMigration!.raw).toBe(json.role_set_migration);
    // Role keys are user data: the mappings come through with their keys exactly as sent.
    expect(Object.keys(set.roleSetMigration!.mappings!)).toEqual(['org:billing_manager', 'org:Legacy_Role']);
    expect(set.raw).toBe(json);
  });

  it('maps absent optional parts to null and a missing roles array to []', () => {
    const { roles: _, ...json } = fixture('role-sets/list-role-sets').data[1];
    const set = RoleSet.fromJSON(json as never);
    expect(set).toMatchObject({ roles: [], defaultRole: null, creatorRole: null, roleSetMigration: null, description: null });
  });
});
