import { describe, expect, it } from 'vitest';
import { ClerkAPIResponseError, ClerkSDKError, DeletedObject } from '../../src/index';
import { Permission } from '../../src/models/Permission';
import { Role } from '../../src/models/Role';
import { captureBody, clerkApi, fixture, rejectionOf, testClient } from '../helpers/nock';

const f = (name: string) => fixture(`organization-roles/${name}`);
const ROLE_ID = 'role_2kZEe8Op1QrSt2UvWx3YzAb4CdE';
const PERM_ID = 'perm_2kZCc6Mn9OpQr0StUv1WxYz2AbC';

describe('organizationRoles.getOrganizationRoleList', () => {
  it('GETs /organization_roles with the filters and maps roles with their permissions', async () => {
    let uri = '';
    clerkApi()
      .get('/v1/organization_roles')
      .query(true)
      .reply((u) => ((uri = u), [200, f('list-organization-roles')]));
    const list = await testClient().organizationRoles.getOrganizationRoleList({ query: 'billing', orderBy: '-name', limit: 2, offset: 0 });
    expect(uri).toBe('/v1/organization_roles?query=billing&order_by=-name&limit=2&offset=0');
    expect(list.totalCount).toBe(5);
    expect(list).toHaveLength(2);
    expect(list[0]).toBeInstanceOf(Role);
    expect(list[0]).toMatchObject({
      id: ROLE_ID,
      name: 'Billing manager',
      key: 'org:billing_manager',
      description: 'Looks after invoices',
      isCreatorEligible: false,
      createdAt: 1716100000000,
      updatedAt: 1716200000000,
    });
    expect(list[0]!.permissions).toHaveLength(2);
    expect(list[0]!.permissions[0]).toBeInstanceOf(Permission);
    expect(list[0]!.permissions[0]).toMatchObject({ key: 'org:invoices:manage', type: 'user', description: 'Create, edit and void invoices' });
    expect(list[1]).toMatchObject({ key: 'org:admin', description: null, isCreatorEligible: true });
    expect(list[1]!.permissions[0]!.type).toBe('system');
  });

  it('sends no query when called without params', async () => {
    clerkApi().get('/v1/organization_roles').reply(200, { data: [], total_count: 0 });
    const list = await testClient().organizationRoles.getOrganizationRoleList();
    expect(list).toEqual([]);
  });
});

describe('organizationRoles.getOrganizationRole', () => {
  it('GETs the role by encoded id', async () => {
    clerkApi().get('/v1/organization_roles/role_a%2F..').reply(200, f('get-organization-role'));
    const role = await testClient().organizationRoles.getOrganizationRole('role_a/..');
    expect(role).toBeInstanceOf(Role);
    expect(role.id).toBe(ROLE_ID);
    expect(role.permissions.map((p) => p.key)).toEqual(['org:invoices:manage', 'org:invoices:read']);
  });

  it('rejects without a request when the id is empty', async () => {
    const error = await rejectionOf(testClient().organizationRoles.getOrganizationRole(''));
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.code).toBe('invalid_argument');
  });
});

describe('organizationRoles.createOrganizationRole', () => {
  it('POSTs the role with snake_case keys', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/organization_roles', sent.match).matchHeader('content-type', 'application/json').reply(200, f('create-organization-role'));
    const role = await testClient().organizationRoles.createOrganizationRole({
      name: 'Billing manager',
      key: 'org:billing_manager',
      description: 'Looks after invoices',
      permissions: ['perm_2kZBb5Lm8NoPq9RsTu0VwXy1ZaB'],
      includeInInitialRoleSet: true,
    });
    expect(sent.body).toEqual({
      name: 'Billing manager',
      key: 'org:billing_manager',
      description: 'Looks after invoices',
      permissions: ['perm_2kZBb5Lm8NoPq9RsTu0VwXy1ZaB'],
      include_in_initial_role_set: true,
    });
    expect(role).toBeInstanceOf(Role);
    expect(role.permissions).toHaveLength(1);
    expect(role.raw).toEqual(f('create-organization-role'));
  });
});

describe('organizationRoles.updateOrganizationRole', () => {
  it('PATCHes the fields without the role id, keeping an explicit null', async () => {
    const sent = captureBody();
    clerkApi().patch(`/v1/organization_roles/${ROLE_ID}`, sent.match).reply(200, f('update-organization-role'));
    const role = await testClient().organizationRoles.updateOrganizationRole({
      organizationRoleId: ROLE_ID,
      name: 'Finance lead',
      key: 'org:finance_lead',
      description: null,
      permissions: [PERM_ID],
    });
    expect(sent.body).toEqual({ name: 'Finance lead', key: 'org:finance_lead', description: null, permissions: [PERM_ID] });
    expect(role).toMatchObject({ name: 'Finance lead', key: 'org:finance_lead', description: null, updatedAt: 1718200000000 });
  });
});

describe('organizationRoles.deleteOrganizationRole', () => {
  it('DELETEs the role and resolves to a DeletedObject', async () => {
    clerkApi().delete(`/v1/organization_roles/${ROLE_ID}`).reply(200, f('delete-organization-role'));
    const deleted = await testClient().organizationRoles.deleteOrganizationRole(ROLE_ID);
    expect(deleted).toBeInstanceOf(DeletedObject);
    expect(deleted).toMatchObject({ object: 'role', id: ROLE_ID, deleted: true });
  });
});

describe('organizationRoles.assignPermissionToOrganizationRole', () => {
  it('POSTs to /permissions/{permission_id} with no body', async () => {
    const sent = captureBody();
    clerkApi().post(`/v1/organization_roles/${ROLE_ID}/permissions/${PERM_ID}`, sent.match).reply(200, f('assign-permission-to-organization-role'));
    const role = await testClient().organizationRoles.assignPermissionToOrganizationRole({ organizationRoleId: ROLE_ID, permissionId: PERM_ID });
    expect(sent.body).toBe('');
    expect(role).toBeInstanceOf(Role);
    expect(role.permissions.map((p) => p.id)).toContain(PERM_ID);
  });

  it('rejects with the API error when the role already has the permission', async () => {
    clerkApi().post(`/v1/organization_roles/${ROLE_ID}/permissions/${PERM_ID}`).reply(409, f('error-permission-already-assigned'));
    const error = await rejectionOf(testClient().organizationRoles.assignPermissionToOrganizationRole({ organizationRoleId: ROLE_ID, permissionId: PERM_ID }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(409);
    expect(error.errors[0].code).toBe('organization_role_permission_association_exists');
    expect(error.clerkTraceId).toBe('5d1e9b2c7a3f4e60b8c1d2e3f4a5b6c7');
  });

  it('rejects without a request when the permission id is missing', async () => {
    const error = await rejectionOf(
      testClient().organizationRoles.assignPermissionToOrganizationRole({ organizationRoleId: ROLE_ID, permissionId: undefined as never }),
    );
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.code).toBe('invalid_argument');
  });
});

describe('organizationRoles.removePermissionFromOrganizationRole', () => {
  it('DELETEs /permissions/{permission_id} on the encoded ids', async () => {
    clerkApi().delete(`/v1/organization_roles/${ROLE_ID}/permissions/perm%3Fx`).reply(200, f('remove-permission-from-organization-role'));
    const role = await testClient().organizationRoles.removePermissionFromOrganizationRole({ organizationRoleId: ROLE_ID, permissionId: 'perm?x' });
    expect(role).toBeInstanceOf(Role);
    expect(role.permissions.map((p) => p.id)).not.toContain(PERM_ID);
    expect(role.updatedAt).toBe(1718400000000);
  });
});
