import { describe, expect, it } from 'vitest';
import { ClerkAPIResponseError } from '../../src/index';
import { CustomAttribute } from '../../src/models/CustomAttribute';
import { DeletedObject } from '../../src/models/DeletedObject';
import { Permission } from '../../src/models/Permission';
import { Role } from '../../src/models/Role';
import { SCIMDirectory } from '../../src/models/SCIMDirectory';
import { SCIMGroupRoleMapping } from '../../src/models/SCIMGroupRoleMapping';
import { captureBody, clerkApi, fixture, rejectionOf, testClient } from '../helpers/nock';

const dir = fixture('scim-directories/scim-directory');
const mapping = fixture('scim-directories/group-role-mapping');

describe('scimDirectories.getScimDirectoryList', () => {
  it('sends the page and maps the items with the total', async () => {
    clerkApi()
      .get('/v1/scim_directories')
      .query({ limit: '2', offset: '4' })
      .reply(200, { data: [dir], total_count: 5 });
    const list = await testClient().scimDirectories.getScimDirectoryList({ limit: 2, offset: 4 });
    expect(list.totalCount).toBe(5);
    expect(list[0]).toBeInstanceOf(SCIMDirectory);
    expect(list[0]?.id).toBe(dir.id);
  });
});

describe('scimDirectories.createScimDirectory', () => {
  it('posts with the mapping objects snake_cased', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/scim_directories', sent.match).matchHeader('content-type', 'application/json').reply(200, dir);
    const created = await testClient().scimDirectories.createScimDirectory({
      enterpriseConnectionId: 'ent_2xJ9kRq0YbN4vT7wLm3sP8dHf1C',
      name: 'Acme Okta SCIM',
      provider: 'okta',
      groupRoleMappings: [
        { scimGroupId: '00g1', scimGroupDisplayName: 'Engineering', roleId: 'role_1', precedence: 1 },
        { scimGroupId: '00g2', roleId: 'role_2' },
      ],
    });
    expect(sent.body).toEqual({
      enterprise_connection_id: 'ent_2xJ9kRq0YbN4vT7wLm3sP8dHf1C',
      name: 'Acme Okta SCIM',
      provider: 'okta',
      group_role_mappings: [
        { scim_group_id: '00g1', scim_group_display_name: 'Engineering', role_id: 'role_1', precedence: 1 },
        { scim_group_id: '00g2', role_id: 'role_2' },
      ],
    });
    expect(created.apiKey).toBe('scim_sk_live_5f4e3d2c1b0a');
  });

  it('rejects with the API error on 422', async () => {
    clerkApi()
      .post('/v1/scim_directories')
      .reply(422, { errors: [{ code: 'form_param_invalid', message: 'invalid', long_message: 'provider is invalid.', meta: { param_name: 'provider' } }] });
    const error = await rejectionOf(testClient().scimDirectories.createScimDirectory({ enterpriseConnectionId: 'ent_1', provider: '?' }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(422);
    expect(error.errors[0].meta).toEqual({ paramName: 'provider' });
  });
});

describe('scimDirectories.getScimDirectory', () => {
  it('maps every field and keeps attribute_mapping verbatim', async () => {
    clerkApi().get('/v1/scim_directories/dir_1%2Fa').reply(200, dir);
    const got = await testClient().scimDirectories.getScimDirectory('dir_1/a');
    expect(got).toMatchObject({
      id: 'dir_2xM2cDe3FgH4iJk5LmN6oPq7RsT',
      name: 'Acme Okta SCIM',
      enterpriseConnectionId: 'ent_2xJ9kRq0YbN4vT7wLm3sP8dHf1C',
      endpointUrl: dir.endpoint_url,
      provider: 'okta',
      enabled: true,
      groupRoleMappingEnabled: true,
      apiKey: 'scim_sk_live_5f4e3d2c1b0a',
      createdAt: 1716900000000,
      updatedAt: 1716986400000,
    });
    expect(got.attributeMapping).toEqual({
      first_name: 'name.givenName',
      last_name: 'name.familyName',
      employeeNumber: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User.employeeNumber',
    });
    expect(got.customAttributes[0]).toBeInstanceOf(CustomAttribute);
    expect(got.customAttributes[0]).toMatchObject({ name: 'Cost center', key: 'cost_center', scimPath: 'costCenter', ssoPath: null, directoryPath: null });
  });
});

describe('scimDirectories.updateScimDirectory', () => {
  it('sends attribute_mapping untouched: keys not converted, nulls kept', async () => {
    const sent = captureBody();
    clerkApi().patch('/v1/scim_directories/dir_1', sent.match).reply(200, dir);
    await testClient().scimDirectories.updateScimDirectory('dir_1', {
      enabled: false,
      groupRoleMappingEnabled: true,
      attributeMapping: { first_name: 'name.givenName', employeeNumber: 'enterprise.employeeNumber', last_name: null },
    });
    expect(sent.body).toEqual({
      enabled: false,
      group_role_mapping_enabled: true,
      attribute_mapping: { first_name: 'name.givenName', employeeNumber: 'enterprise.employeeNumber', last_name: null },
    });
  });
});

describe('scimDirectories.deleteScimDirectory', () => {
  it('returns a DeletedObject', async () => {
    clerkApi().delete('/v1/scim_directories/dir_1').reply(200, { object: 'scim_directory', id: 'dir_1', deleted: true });
    const deleted = await testClient().scimDirectories.deleteScimDirectory('dir_1');
    expect(deleted).toBeInstanceOf(DeletedObject);
    expect(deleted.id).toBe('dir_1');
  });
});

describe('scimDirectories.rotateScimDirectoryApiKey', () => {
  it('posts without a body and returns the directory with the new key', async () => {
    const sent = captureBody();
    clerkApi()
      .post('/v1/scim_directories/dir_1/rotate_api_key', sent.match)
      .reply(200, { ...dir, api_key: 'scim_sk_live_new' });
    const rotated = await testClient().scimDirectories.rotateScimDirectoryApiKey('dir_1');
    expect(sent.body).toBe('');
    expect(rotated).toBeInstanceOf(SCIMDirectory);
    expect(rotated.apiKey).toBe('scim_sk_live_new');
  });
});

describe('scimDirectories.getScimGroupRoleMappingList', () => {
  it('gets the mappings with their roles', async () => {
    clerkApi()
      .get('/v1/scim_directories/dir_1/group_role_mappings')
      .reply(200, { data: [mapping], total_count: 1 });
    const list = await testClient().scimDirectories.getScimGroupRoleMappingList('dir_1');
    expect(list.totalCount).toBe(1);
    const m = list[0] as SCIMGroupRoleMapping;
    expect(m).toBeInstanceOf(SCIMGroupRoleMapping);
    expect(m).toMatchObject({
      id: 'grm_2xN3dEf4GhI5jKl6MnO7pQr8StU',
      scimDirectoryId: 'dir_2xM2cDe3FgH4iJk5LmN6oPq7RsT',
      directoryId: 'dir_2xM2cDe3FgH4iJk5LmN6oPq7RsT',
      scimGroupId: '00g1abcd2EFGH3ijkl4',
      directoryGroupId: '00g1abcd2EFGH3ijkl4',
      scimGroupDisplayName: 'Engineering',
      directoryGroupDisplayName: 'Engineering',
      precedence: 1,
      createdAt: 1716900000000,
      updatedAt: 1716900000000,
    });
    expect(m.role).toBeInstanceOf(Role);
    expect(m.role).toMatchObject({ key: 'org:admin', isCreatorEligible: true });
    expect(m.role?.permissions[0]).toBeInstanceOf(Permission);
  });
});

describe('scimDirectories.createScimGroupRoleMapping', () => {
  it('posts the mapping', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/scim_directories/dir_1/group_role_mappings', sent.match).reply(200, mapping);
    const created = await testClient().scimDirectories.createScimGroupRoleMapping('dir_1', { scimGroupId: '00g1', roleId: 'role_1', precedence: 3 });
    expect(sent.body).toEqual({ scim_group_id: '00g1', role_id: 'role_1', precedence: 3 });
    expect(created).toBeInstanceOf(SCIMGroupRoleMapping);
  });
});

describe('scimDirectories.replaceScimGroupRoleMappings', () => {
  it('puts the full set with item keys snake_cased and returns the list', async () => {
    const sent = captureBody();
    const second = { ...mapping, id: 'grm_2', precedence: 2, role: undefined };
    clerkApi()
      .put('/v1/scim_directories/dir_1/group_role_mappings', sent.match)
      .reply(200, { data: [mapping, second], total_count: 2 });
    const list = await testClient().scimDirectories.replaceScimGroupRoleMappings('dir_1', {
      mappings: [
        { scimGroupId: '00g1', roleId: 'role_1' },
        { scimGroupId: '00g2', roleId: 'role_2' },
      ],
    });
    expect(sent.body).toEqual({
      mappings: [
        { scim_group_id: '00g1', role_id: 'role_1' },
        { scim_group_id: '00g2', role_id: 'role_2' },
      ],
    });
    expect(list.totalCount).toBe(2);
    expect(list.data.map((m) => m.precedence)).toEqual([1, 2]);
    expect(list[1]?.role).toBeNull();
  });

  it('sends an empty array to clear all mappings', async () => {
    const sent = captureBody();
    clerkApi().put('/v1/scim_directories/dir_1/group_role_mappings', sent.match).reply(200, { data: [], total_count: 0 });
    const list = await testClient().scimDirectories.replaceScimGroupRoleMappings('dir_1', { mappings: [] });
    expect(sent.body).toEqual({ mappings: [] });
    expect(list).toEqual([]);
  });
});

describe('scimDirectories.deleteScimGroupRoleMapping', () => {
  it('encodes both ids and returns a DeletedObject', async () => {
    clerkApi().delete('/v1/scim_directories/dir_1/group_role_mappings/grm%231').reply(200, { object: 'scim_group_role_mapping', id: 'grm#1', deleted: true });
    const deleted = await testClient().scimDirectories.deleteScimGroupRoleMapping('dir_1', 'grm#1');
    expect(deleted).toBeInstanceOf(DeletedObject);
    expect(deleted).toMatchObject({ object: 'scim_group_role_mapping', id: 'grm#1', deleted: true });
  });

  it('rejects without a request when the mapping id is missing', async () => {
    const error = await rejectionOf(testClient().scimDirectories.deleteScimGroupRoleMapping('dir_1', ''));
    expect(error.code).toBe('invalid_argument');
  });
});
