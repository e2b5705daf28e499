import { describe, expect, it } from 'vitest';
import { ClerkAPIResponseError, ClerkSDKError, DeletedObject } from '../../src/index';
import { Permission } from '../../src/models/Permission';
import { captureBody, clerkApi, fixture, rejectionOf, testClient } from '../helpers/nock';

const f = (name: string) => fixture(`organization-permissions/${name}`);
const PERM_ID = 'perm_2kZBb5Lm8NoPq9RsTu0VwXy1ZaB';

describe('organizationPermissions.getOrganizationPermissionList', () => {
  it('GETs /organization_permissions with the filters and maps every permission', async () => {
    let uri = '';
    clerkApi()
      .get('/v1/organization_permissions')
      .query(true)
      .reply((u) => ((uri = u), [200, f('list-organization-permissions')]));
    const list = await testClient().organizationPermissions.getOrganizationPermissionList({ query: 'invoices', orderBy: 'key', limit: 3, offset: 3 });
    expect(uri).toBe('/v1/organization_permissions?query=invoices&order_by=key&limit=3&offset=3');
    expect(list.totalCount).toBe(12);
    expect(list).toHaveLength(3);
    expect(list[0]).toBeInstanceOf(Permission);
    expect(list[0]).toMatchObject({
      id: PERM_ID,
      name: 'Manage invoices',
      key: 'org:invoices:manage',
      description: 'Create, edit and void invoices',
      type: 'user',
      createdAt: 1716000000000,
      updatedAt: 1716000000000,
    });
    expect(list[2]).toMatchObject({ key: 'org:sys_memberships:manage', type: 'system' });
  });

  it('sends no query when called without params', async () => {
    clerkApi().get('/v1/organization_permissions').reply(200, { data: [], total_count: 0 });
    const list = await testClient().organizationPermissions.getOrganizationPermissionList();
    expect(list.totalCount).toBe(0);
  });
});

describe('organizationPermissions.getOrganizationPermission', () => {
  it('GETs the permission by encoded id', async () => {
    clerkApi().get('/v1/organization_permissions/perm%20x').reply(200, f('get-organization-permission'));
    const permission = await testClient().organizationPermissions.getOrganizationPermission('perm x');
    expect(permission).toBeInstanceOf(Permission);
    expect(permission.key).toBe('org:invoices:read');
    expect(permission.raw).toEqual(f('get-organization-permission'));
  });

  it('rejects with status and trace id on a 404', async () => {
    clerkApi().get('/v1/organization_permissions/perm_missing').reply(404, fixture('organizations/error-not-found'));
    const error = await rejectionOf(testClient().organizationPermissions.getOrganizationPermission('perm_missing'));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(404);
    expect(error.clerkTraceId).toBe('7f3c2a9b1e4d4c58a0b6e2f1d9c8b7a6');
  });
});

describe('organizationPermissions.createOrganizationPermission', () => {
  it('POSTs name, key and description', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/organization_permissions', sent.match).matchHeader('content-type', 'application/json').reply(200, f('create-organization-permission'));
    const permission = await testClient().organizationPermissions.createOrganizationPermission({
      name: 'Manage invoices',
      key: 'org:invoices:manage',
      description: 'Create, edit and void invoices',
    });
    expect(sent.body).toEqual({ name: 'Manage invoices', key: 'org:invoices:manage', description: 'Create, edit and void invoices' });
    expect(permission).toBeInstanceOf(Permission);
    expect(permission.id).toBe(PERM_ID);
  });

  it('rejects with the field error when the key is malformed', async () => {
    clerkApi().post('/v1/organization_permissions').reply(422, f('error-invalid-key'));
    const error = await rejectionOf(testClient().organizationPermissions.createOrganizationPermission({ name: 'Bad', key: 'invoices' }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(422);
    expect(error.errors[0]).toMatchObject({ code: 'form_param_format_invalid', meta: { paramName: 'key' } });
  });
});

describe('organizationPermissions.updateOrganizationPermission', () => {
  it('PATCHes the fields without the permission id', async () => {
    const sent = captureBody();
    clerkApi().patch(`/v1/organization_permissions/${PERM_ID}`, sent.match).reply(200, f('update-organization-permission'));
    const permission = await testClient().organizationPermissions.updateOrganizationPermission({
      permissionId: PERM_ID,
      name: 'Manage all invoices',
      description: 'Full control over invoices',
    });
    expect(sent.body).toEqual({ name: 'Manage all invoices', description: 'Full control over invoices' });
    expect(permission).toMatchObject({ name: 'Manage all invoices', updatedAt: 1718500000000 });
  });

  it('rejects without a request when the id is empty', async () => {
    const error = await rejectionOf(testClient().organizationPermissions.updateOrganizationPermission({ permissionId: '', name: 'x' }));
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.code).toBe('invalid_argument');
  });
});

describe('organizationPermissions.deleteOrganizationPermission', () => {
  it('DELETEs the permission and resolves to a DeletedObject', async () => {
    clerkApi().delete(`/v1/organization_permissions/${PERM_ID}`).reply(200, f('delete-organization-permission'));
    const deleted = await testClient().organizationPermissions.deleteOrganizationPermission(PERM_ID);
    expect(deleted).toBeInstanceOf(DeletedObject);
    expect(deleted).toMatchObject({ object: 'permission', id: PERM_ID, deleted: true });
  });
});
