// Deleting a user through the SDK removes what hangs off the user in the emulator: their organization memberships
// leave the organization's member list, its members count and the instance-wide membership list, while the other
// members stay untouched.
import { describe, expect, it } from 'vitest';
import { useEmulator } from './helpers';

const t = useEmulator();

describe('deleteUser against the emulator', () => {
  it("removes the user's organization memberships and nobody else's", async () => {
    const owner = await t.clerk.users.createUser({ emailAddress: ['owner@example.com'] });
    const leaving = await t.clerk.users.createUser({ emailAddress: ['leaving@example.com'] });
    const first = await t.clerk.organizations.createOrganization({ name: 'First', createdBy: owner.id });
    const second = await t.clerk.organizations.createOrganization({ name: 'Second', createdBy: owner.id });
    await t.clerk.organizations.createOrganizationMembership({ organizationId: first.id, userId: leaving.id, role: 'org:member' });
    await t.clerk.organizations.createOrganizationMembership({ organizationId: second.id, userId: leaving.id, role: 'org:admin' });
    const before = await t.clerk.organizations.getOrganizationMembershipList({ organizationId: first.id });
    expect(before.map((m) => m.publicUserData?.userId).sort()).toEqual([leaving.id, owner.id].sort());

    await t.clerk.users.deleteUser(leaving.id);

    for (const org of [first, second]) {
      const after = await t.clerk.organizations.getOrganizationMembershipList({ organizationId: org.id });
      expect(after.map((m) => m.publicUserData?.userId)).toEqual([owner.id]);
      expect(after.totalCount).toBe(1);
      const counted = await t.clerk.organizations.getOrganization({ organizationId: org.id, includeMembersCount: true });
      expect(counted.membersCount).toBe(1);
    }
    const everywhere = await t.clerk.organizations.getInstanceOrganizationMembershipList({});
    expect(everywhere.map((m) => m.publicUserData?.userId)).toEqual([owner.id, owner.id]);
    expect(everywhere.totalCount).toBe(2);
    // The owner's own memberships are still there.
    expect((await t.clerk.users.getOrganizationMembershipList({ userId: owner.id })).totalCount).toBe(2);
  });
});
