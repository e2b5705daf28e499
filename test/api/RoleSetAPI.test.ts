import { describe, expect, it } from 'vitest';
import { ClerkAPIResponseError, ClerkSDKError, DeletedObject } from '../../src/index';
import { RoleSet } from '../../src/models/RoleSet';
import { RoleSetItem } from '../../src/models/RoleSetItem';
import { RoleSetMigration } from '../../src/models/RoleSetMigration';
import { captureBody, clerkApi, fixture, rejectionOf, testClient } from '../helpers/nock';

const f = (name: string) => fixture(`role-sets/${name}`);
const RS_ID = 'rs_2kZHh1Rs4TuVw5XyZa6BcDe7FgH';

describe('roleSets.getRoleSetList', () => {
  it('GETs /role_sets with the filters and maps role sets with their roles', async () => {
    let uri = '';
    clerkApi()
      .get('/v1/role_sets')
      .query(true)
      .reply((u) => ((uri = u), [200, f('list-role-sets')]));
    const list = await testClient().roleSets.getRoleSetList({ query: 'default', orderBy: '+created_at', limit: 2 });
    expect(uri).toBe('/v1/role_sets?query=default&order_by=%2Bcreated_at&limit=2');
    expect(list.totalCount).toBe(2);
    expect(list[0]).toBeInstanceOf(RoleSet);
    expect(list[0]).toMatchObject({ id: RS_ID, key: 'role_set:default', type: 'initial', roleSetMigration: null, createdAt: 1700000000000 });
    expect(list[0]!.roles).toHaveLength(2);
    expect(list[0]!.roles[0]).toBeInstanceOf(RoleSetItem);
    expect(list[0]!.roles[0]).toMatchObject({ key: 'org:admin', description: 'Full access', membersCount: 4, hasMembers: true });
    expect(list[0]!.defaultRole).toMatchObject({ key: 'org:member', description: null, membersCount: 37 });
    expect(list[0]!.creatorRole).toBeInstanceOf(RoleSetItem);
    // The second set leaves out the optional parts: counts, default/creator roles and the migration.
    expect(list[1]).toMatchObject({ type: 'custom', description: null, defaultRole: null, creatorRole: null, roleSetMigration: null });
    expect(list[1]!.roles[1]).toMatchObject({ key: 'org:billing_manager', membersCount: null, hasMembers: null });
  });

  it('sends no query when called without params', async () => {
    clerkApi().get('/v1/role_sets').reply(200, { data: [], total_count: 0 });
    const list = await testClient().roleSets.getRoleSetList();
    expect(list).toEqual([]);
  });
});

describe('roleSets.getRoleSet', () => {
  it('GETs the role set by key, encoded, and maps a running migration with its mappings verbatim', async () => {
    clerkApi().get('/v1/role_sets/role_set%3Adefault').reply(200, f('get-role-set'));
    const set = await testClient().roleSets.getRoleSet('role_set:default');
    expect(set).toBeInstanceOf(RoleSet);
    expect(set.roles.map((r) => r.key)).toEqual(['org:admin', 'org:member', 'org:billing_manager']);
    expect(set.roleSetMigration).toBeInstanceOf(RoleSetMigration);
    expect(set.roleSetMigration).toMatchObject({
      id: 'rsm_2kZIi2St5UvWx6YzAb7CdEf8GhI',
      organizationId: null,
      instanceId: 'ins_2kZ0a1b2c3d4e5f6g7h8i9j0k1l',
      sourceRoleSetId: RS_ID,
      destRoleSetId: null,
      triggerType: 'role_removal',
      status: 'in_progress',
      migratedMembers: 12,
      startedAt: 1718600000000,
      completedAt: null,
    });
    expect(set.roleSetMigration!.mappings).toEqual({ 'org:billing_manager': 'org:member', 'org:Legacy_Role': 'org:member' });
  });

  it('rejects with the API error on a 404', async () => {
    clerkApi().get('/v1/role_sets/role_set%3Amissing').reply(404, f('error-not-found'));
    const error = await rejectionOf(testClient().roleSets.getRoleSet('role_set:missing'));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(404);
    expect(error.errors[0].longMessage).toBe('Role set not found');
    expect(error.clerkTraceId).toBe('9c8b7a6f5e4d43c2b1a0f9e8d7c6b5a4');
  });

  it('rejects without a request when the key is empty', async () => {
    const error = await rejectionOf(testClient().roleSets.getRoleSet(' '));
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.code).toBe('invalid_argument');
  });
});

describe('roleSets.createRoleSet', () => {
  it('POSTs the role set with snake_case keys', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/role_sets', sent.match).matchHeader('content-type', 'application/json').reply(200, f('create-role-set'));
    const set = await testClient().roleSets.createRoleSet({
      name: 'Finance teams',
      key: 'role_set:finance',
      description: 'For finance departments',
      defaultRoleKey: 'org:billing_manager',
      creatorRoleKey: 'org:admin',
      type: 'custom',
      roles: ['org:admin', 'org:billing_manager'],
    });
    expect(sent.body).toEqual({
      name: 'Finance teams',
      key: 'role_set:finance',
      description: 'For finance departments',
      default_role_key: 'org:billing_manager',
      creator_role_key: 'org:admin',
      type: 'custom',
      roles: ['org:admin', 'org:billing_manager'],
    });
    expect(set).toBeInstanceOf(RoleSet);
    expect(set).toMatchObject({ key: 'role_set:finance', type: 'custom' });
    expect(set.defaultRole).toMatchObject({ key: 'org:billing_manager', membersCount: 0, hasMembers: false });
  });
});

describe('roleSets.updateRoleSet', () => {
  it('PATCHes the fields without the key, keeping an explicit null', async () => {
    const sent = captureBody();
    clerkApi().patch(`/v1/role_sets/${RS_ID}`, sent.match).reply(200, f('update-role-set'));
    const set = await testClient().roleSets.updateRoleSet({
      roleSetKeyOrId: RS_ID,
      name: 'Standard',
      key: 'role_set:standard',
      description: null,
      type: 'initial',
      defaultRoleKey: 'org:member',
      creatorRoleKey: 'org:admin',
    });
    expect(sent.body).toEqual({
      name: 'Standard',
      key: 'role_set:standard',
      description: null,
      type: 'initial',
      default_role_key: 'org:member',
      creator_role_key: 'org:admin',
    });
    expect(set).toMatchObject({ name: 'Standard', key: 'role_set:standard', description: null, updatedAt: 1718700000000 });
  });
});

describe('roleSets.replaceRoleSet', () => {
  it('POSTs to /replace with the reassignment mappings untouched and resolves to a DeletedObject', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/role_sets/role_set%3Afinance/replace', sent.match).reply(200, f('replace-role-set'));
    const deleted = await testClient().roleSets.replaceRoleSet({
      roleSetKeyOrId: 'role_set:finance',
      destRoleSetKey: 'role_set:default',
      reassignmentMappings: { 'org:billing_manager': 'org:member', 'org:Legacy_Role': 'org:member', orgAuditorX: 'org:admin' },
    });
    expect(sent.body).toEqual({
      dest_role_set_key: 'role_set:default',
      reassignment_mappings: { 'org:billing_manager': 'org:member', 'org:Legacy_Role': 'org:member', orgAuditorX: 'org:admin' },
    });
    expect(deleted).toBeInstanceOf(DeletedObject);
    expect(deleted).toMatchObject({ object: 'role_set', id: 'rs_2kZJj3Tu6VwXy7ZaBc8DeFg9HiJ', deleted: true });
  });
});

describe('roleSets.addRolesToRoleSet', () => {
  it('POSTs role_keys and the optional default/creator role keys', async () => {
    const sent = captureBody();
    clerkApi().post(`/v1/role_sets/${RS_ID}/roles`, sent.match).reply(200, f('add-roles-to-role-set'));
    const set = await testClient().roleSets.addRolesToRoleSet({
      roleSetKeyOrId: RS_ID,
      roleKeys: ['org:billing_manager'],
      defaultRoleKey: 'org:billing_manager',
    });
    expect(sent.body).toEqual({ role_keys: ['org:billing_manager'], default_role_key: 'org:billing_manager' });
    expect(set).toBeInstanceOf(RoleSet);
    expect(set.roles.map((r) => r.key)).toContain('org:billing_manager');
    expect(set.defaultRole!.key).toBe('org:billing_manager');
  });
});

describe('roleSets.replaceRoleInRoleSet', () => {
  it('POSTs role_key and to_role_key to /roles/replace', async () => {
    const sent = captureBody();
    clerkApi().post(`/v1/role_sets/${RS_ID}/roles/replace`, sent.match).reply(200, f('replace-role-in-role-set'));
    const set = await testClient().roleSets.replaceRoleInRoleSet({ roleSetKeyOrId: RS_ID, roleKey: 'org:billing_manager', toRoleKey: 'org:member' });
    expect(sent.body).toEqual({ role_key: 'org:billing_manager', to_role_key: 'org:member' });
    expect(set).toBeInstanceOf(RoleSet);
    expect(set.roles.map((r) => r.key)).toEqual(['org:admin', 'org:member']);
    expect(set.roleSetMigration).toMatchObject({ status: 'in_progress', triggerType: 'role_removal' });
  });
});
