import { describe, expect, it } from 'vitest';
import { ClerkAPIResponseError } from '../../src/index';
import { CustomAttribute } from '../../src/models/CustomAttribute';
import { DeletedObject } from '../../src/models/DeletedObject';
import { Directory } from '../../src/models/Directory';
import { DirectoryGroupRoleMapping } from '../../src/models/DirectoryGroupRoleMapping';
import { Role } from '../../src/models/Role';
import { captureBody, clerkApi, fixture, rejectionOf, testClient } from '../helpers/nock';

const dir = fixture('directories/directory');
const mapping = fixture('directories/group-role-mapping');

describe('directories.getDirectoryList', () => {
  it('sends the page and maps the items with the total', async () => {
    clerkApi()
      .get('/v1/directories')
      .query({ limit: '1' })
      .reply(200, { data: [dir], total_count: 3 });
    const list = await testClient().directories.getDirectoryList({ limit: 1 });
    expect(list.totalCount).toBe(3);
    expect(list[0]).toBeInstanceOf(Directory);
    expect(list[0]?.id).toBe(dir.id);
  });
});

describe('directories.createDirectory', () => {
  it('posts with the mapping objects snake_cased (new and legacy group fields)', async () => {
    const sent = captureBody();
    clerkApi()
      .post('/v1/directories', sent.match)
      .matchHeader('content-type', 'application/json')
      .reply(200, { ...dir, api_key: 'dir_sk_live_1' });
    const created = await testClient().directories.createDirectory({
      enterpriseConnectionId: 'ent_1',
      provider: 'entra_id',
      groupRoleMappings: [
        { directoryGroupId: 'grp_a', directoryGroupDisplayName: 'Sales', roleId: 'role_1', precedence: 1 },
        { scimGroupId: 'grp_b', scimGroupDisplayName: 'Support', roleId: 'role_2' },
      ],
    });
    expect(sent.body).toEqual({
      enterprise_connection_id: 'ent_1',
      provider: 'entra_id',
      group_role_mappings: [
        { directory_group_id: 'grp_a', directory_group_display_name: 'Sales', role_id: 'role_1', precedence: 1 },
        { scim_group_id: 'grp_b', scim_group_display_name: 'Support', role_id: 'role_2' },
      ],
    });
    expect(created).toBeInstanceOf(Directory);
    expect(created.apiKey).toBe('dir_sk_live_1');
  });

  it('rejects with the API error on 400', async () => {
    clerkApi()
      .post('/v1/directories')
      .reply(400, { errors: [{ code: 'enterprise_connection_not_found', message: 'bad', long_message: 'Unknown enterprise connection.' }] });
    const error = await rejectionOf(testClient().directories.createDirectory({ enterpriseConnectionId: 'ent_x', provider: 'okta' }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(400);
    expect(error.errors[0].longMessage).toBe('Unknown enterprise connection.');
  });
});

describe('directories.getDirectory', () => {
  it('maps every field and keeps attribute_mapping verbatim', async () => {
    clerkApi().get('/v1/directories/dir_1%2Fa').reply(200, dir);
    const got = await testClient().directories.getDirectory('dir_1/a');
    expect(got).toMatchObject({
      id: 'dir_2xM2cDe3FgH4iJk5LmN6oPq7RsT',
      name: 'Acme Entra directory',
      enterpriseConnectionId: 'ent_2xJ9kRq0YbN4vT7wLm3sP8dHf1C',
      endpointUrl: dir.endpoint_url,
      provider: 'entra_id',
      enabled: true,
      groupRoleMappingEnabled: true,
      apiKey: null,
      createdAt: 1716900000000,
      updatedAt: 1716986400000,
    });
    expect(got.attributeMapping).toEqual(dir.attribute_mapping);
    expect(Object.keys(got.attributeMapping)).toContain('employeeNumber');
    expect(got.customAttributes[0]).toBeInstanceOf(CustomAttribute);
    expect(got.customAttributes[0]).toMatchObject({ key: 'cost_center', directoryPath: 'costCenter', scimPath: 'costCenter', multiValued: null });
  });
});

describe('directories.updateDirectory', () => {
  it('sends attribute_mapping untouched: keys not converted, nulls kept', async () => {
    const sent = captureBody();
    clerkApi().patch('/v1/directories/dir_1', sent.match).reply(200, dir);
    const updated = await testClient().directories.updateDirectory('dir_1', {
      name: 'Renamed',
      attributeMapping: { firstName: 'name.givenName', last_name: null },
    });
    expect(sent.body).toEqual({ name: 'Renamed', attribute_mapping: { firstName: 'name.givenName', last_name: null } });
    expect(updated).toBeInstanceOf(Directory);
  });
});

describe('directories.deleteDirectory', () => {
  it('returns a DeletedObject', async () => {
    clerkApi().delete('/v1/directories/dir_1').reply(200, { object: 'directory', id: 'dir_1', deleted: true });
    const deleted = await testClient().directories.deleteDirectory('dir_1');
    expect(deleted).toBeInstanceOf(DeletedObject);
    expect(deleted).toMatchObject({ object: 'directory', id: 'dir_1', deleted: true });
  });
});

describe('directories.rotateDirectoryApiKey', () => {
  it('posts without a body and returns the directory with the new key', async () => {
    const sent = captureBody();
    clerkApi()
      .post('/v1/directories/dir_1/rotate_api_key', sent.match)
      .reply(200, { ...dir, api_key: 'dir_sk_live_rotated' });
    const rotated = await testClient().directories.rotateDirectoryApiKey('dir_1');
    expect(sent.body).toBe('');
    expect(rotated.apiKey).toBe('dir_sk_live_rotated');
  });
});

describe('directories.getDirectoryGroupRoleMappingList', () => {
  it('gets the mappings with their roles', async () => {
    clerkApi()
      .get('/v1/directories/dir_1/group_role_mappings')
      .reply(200, { data: [mapping], total_count: 1 });
    const list = await testClient().directories.getDirectoryGroupRoleMappingList('dir_1');
    expect(list.totalCount).toBe(1);
    const m = list[0] as DirectoryGroupRoleMapping;
    expect(m).toBeInstanceOf(DirectoryGroupRoleMapping);
    expect(m).toMatchObject({
      id: 'grm_2xN3dEf4GhI5jKl6MnO7pQr8StU',
      directoryId: 'dir_2xM2cDe3FgH4iJk5LmN6oPq7RsT',
      scimDirectoryId: 'dir_2xM2cDe3FgH4iJk5LmN6oPq7RsT',
      directoryGroupId: '00g1abcd2EFGH3ijkl4',
      scimGroupId: '00g1abcd2EFGH3ijkl4',
      directoryGroupDisplayName: 'Sales',
      scimGroupDisplayName: 'Sales',
      precedence: 2,
      createdAt: 1716900000000,
    });
    expect(m.role).toBeInstanceOf(Role);
    expect(m.role?.id).toBe(mapping.role.id);
  });

  it('rejects with the API error on 404', async () => {
    clerkApi()
      .get('/v1/directories/dir_missing/group_role_mappings')
      .reply(404, { errors: [{ code: 'resource_not_found', message: 'not found', long_message: 'Directory not found.' }] });
    const error = await rejectionOf(testClient().directories.getDirectoryGroupRoleMappingList('dir_missing'));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(404);
  });
});

describe('directories.createDirectoryGroupRoleMapping', () => {
  it('posts the mapping', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/directories/dir_1/group_role_mappings', sent.match).reply(200, mapping);
    const created = await testClient().directories.createDirectoryGroupRoleMapping('dir_1', { directoryGroupId: 'grp_a', roleId: 'role_1' });
    expect(sent.body).toEqual({ directory_group_id: 'grp_a', role_id: 'role_1' });
    expect(created).toBeInstanceOf(DirectoryGroupRoleMapping);
  });
});

describe('directories.replaceDirectoryGroupRoleMappings', () => {
  it('puts the full set with item keys snake_cased and returns the list', async () => {
    const sent = captureBody();
    const first = { ...mapping, id: 'grm_1', precedence: 1 };
    clerkApi()
      .put('/v1/directories/dir_1/group_role_mappings', sent.match)
      .reply(200, { data: [first, mapping], total_count: 2 });
    const list = await testClient().directories.replaceDirectoryGroupRoleMappings('dir_1', {
      mappings: [
        { directoryGroupId: 'grp_a', roleId: 'role_1' },
        { scimGroupId: 'grp_b', roleId: 'role_2' },
      ],
    });
    expect(sent.body).toEqual({
      mappings: [
        { directory_group_id: 'grp_a', role_id: 'role_1' },
        { scim_group_id: 'grp_b', role_id: 'role_2' },
      ],
    });
    expect(list.totalCount).toBe(2);
    expect(list.map((m) => m.id)).toEqual(['grm_1', mapping.id]);
    expect(list[0]).toBeInstanceOf(DirectoryGroupRoleMapping);
  });
});

describe('directories.deleteDirectoryGroupRoleMapping', () => {
  it('encodes both ids and returns a DeletedObject', async () => {
    clerkApi().delete('/v1/directories/dir%201/group_role_mappings/grm_1').reply(200, { object: 'directory_group_role_mapping', id: 'grm_1', deleted: true });
    const deleted = await testClient().directories.deleteDirectoryGroupRoleMapping('dir 1', 'grm_1');
    expect(deleted).toBeInstanceOf(DeletedObject);
    expect(deleted).toMatchObject({ object: 'directory_group_role_mapping', id: 'grm_1', deleted: true });
  });
});
