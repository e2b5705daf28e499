import { describe, expect, it } from 'vitest';
import { Permission } from '../../src/models/Permission';
import { Role } from '../../src/models/Role';
import { fixture } from '../helpers/nock';

describe('Role.fromJSON', () => {
  it('maps the role and each permission through Permission', () => {
    const json = fixture('organization-roles/get-organization-role');
    const role = Role.fromJSON(json);
    expect(role).toMatchObject({ key: 'org:billing_manager', description: 'Looks after invoices', isCreatorEligible: false });
    expect(role.permissions).toHaveLength(2);
    role.permissions.forEach((permission, i) => {
      expect(permission).toBeInstanceOf(Permission);
      expect(permission.raw).toBe(json.permissions[i]);
    });
    expect(role.permissions[1]).toMatchObject({ id: 'perm_2kZCc6Mn9OpQr0StUv1WxYz2AbC', key: 'org:invoices:read', type: 'user', createdAt: 1716000100000 });
    expect(role.raw).toBe(json);
  });

  it('tolerates a missing permissions array', () => {
    const { permissions: _, ...json } = fixture('organization-roles/get-organization-role');
    expect(Role.fromJSON(json as never).permissions).toEqual([]);
  });
});
