import { describe, expect, it } from 'vitest';
import { Organization, OrganizationMembership, OrganizationMembershipPublicUserData } from '../../src/index';
import { fixture } from '../helpers/nock';

const list = fixture('organizations/list-organization-memberships');

describe('OrganizationMembership.fromJSON', () => {
  it('maps every field, the organization through Organization and the member through its model', () => {
    const json = list.data[0];
    const m = OrganizationMembership.fromJSON(json);
    expect(m).toBeInstanceOf(OrganizationMembership);
    expect(m).toMatchObject({
      id: 'orgmem_2kZCc7Um1TjBg5eFzV8rX3cCiPh',
      role: 'org:admin',
      roleName: 'Admin',
      permissions: ['org:sys_profile:manage', 'org:sys_memberships:manage', 'org:sys_memberships:read'],
      createdAt: 1716900000000,
      updatedAt: 1716900000000,
    });
    expect(m.publicMetadata).toEqual({ department: 'R&D' });
    expect(m.privateMetadata).toEqual({ hrCode: 'X-17' });

    expect(m.organization).toBeInstanceOf(Organization);
    expect(m.organization).toMatchObject({
      id: 'org_2kZ8m3Qh7PfXc1aBvR4nT9wYeLd',
      name: 'Acme Robotics',
      slug: 'acme-robotics',
      hasImage: false,
      maxAllowedMemberships: 25,
      adminDeleteEnabled: true,
      privateMetadata: {},
      membersCount: null,
    });
    expect(m.organization.publicMetadata).toEqual({ plan: 'growth', seatLimit: 25 });
    expect(m.organization.raw).toBe(json.organization);

    expect(m.publicUserData).toBeInstanceOf(OrganizationMembershipPublicUserData);
    expect(m.publicUserData).toMatchObject({
      userId: 'user_2kZ7aQ1mN5bC8dE3fG6hJ9kL0pR',
      firstName: 'Ada',
      lastName: 'Lovelace',
      profileImageUrl: 'https://images.clerk.dev/oauth_google/img_2kZ7aQ1',
      imageUrl: 'https://img.clerk.com/eyJ0eXBlIjoicHJveHkiLCJzcmMiOiJhZGEifQ',
      hasImage: true,
      identifier: 'ada@acme.test',
      username: 'ada',
      banned: false,
      deprovisioned: false,
    });
    expect(m.raw).toBe(json);
  });

  it('keeps metadata keys exactly as the API sent them', () => {
    const json = {
      ...list.data[0],
      public_metadata: { camelKey: { snake_inner: [{ deepCamel: 1 }] } },
      private_metadata: { 'kebab-key': true, UPPER: 'x' },
    };
    const m = OrganizationMembership.fromJSON(json);
    expect(m.publicMetadata).toEqual({ camelKey: { snake_inner: [{ deepCamel: 1 }] } });
    expect(m.privateMetadata).toEqual({ 'kebab-key': true, UPPER: 'x' });
  });

  it('maps absent optional fields to null and a missing permissions array to []', () => {
    const { public_user_data: _p, role_name: _r, private_metadata: _m, permissions: _perm, ...rest } = list.data[0];
    const m = OrganizationMembership.fromJSON(rest);
    expect(m.publicUserData).toBeNull();
    expect(m.roleName).toBeNull();
    expect(m.privateMetadata).toEqual({});
    expect(m.permissions).toEqual([]);
  });

  it('maps nullable profile fields and absent optional ones to null', () => {
    const m = OrganizationMembership.fromJSON(list.data[1]);
    expect(m.publicUserData).toMatchObject({
      firstName: null,
      lastName: null,
      profileImageUrl: null,
      username: null,
      banned: null,
      deprovisioned: null,
    });
  });
});
