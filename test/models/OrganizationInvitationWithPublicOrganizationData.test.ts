import { describe, expect, it } from 'vitest';
import { OrganizationInvitation } from '../../src/models/OrganizationInvitation';
import { OrganizationInvitationPublicOrganizationData } from '../../src/models/OrganizationInvitationPublicOrganizationData';
import { OrganizationInvitationPublicUserData } from '../../src/models/OrganizationInvitationPublicUserData';
import { OrganizationInvitationWithPublicOrganizationData } from '../../src/models/OrganizationInvitationWithPublicOrganizationData';
import { fixture } from '../helpers/nock';

describe('OrganizationInvitationWithPublicOrganizationData.fromJSON', () => {
  it('maps the invitation fields like OrganizationInvitation plus the organization summary', () => {
    const json = fixture('organizations/list-instance-organization-invitations').data[0];
    const invitation = OrganizationInvitationWithPublicOrganizationData.fromJSON(json);
    expect(invitation).toBeInstanceOf(OrganizationInvitation);
    expect(invitation).toMatchObject({
      id: 'orginv_2kZRr5Bc8DeFg9HiJk0LmNo1PqR',
      emailAddress: 'katherine@johnson.test',
      role: 'org:member',
      roleName: 'Member',
      status: 'pending',
      publicMetadata: { cohort: '2024-Q3' },
      privateMetadata: { salesRep: 'jd' },
      createdAt: 1717300000000,
    });
    expect(invitation.publicInviterData).toBeInstanceOf(OrganizationInvitationPublicUserData);
    expect(invitation.publicOrganizationData).toBeInstanceOf(OrganizationInvitationPublicOrganizationData);
    expect(invitation.publicOrganizationData).toMatchObject({
      id: 'org_2kZ8m3Qh7PfXc1aBvR4nT9wYeLd',
      name: 'Acme Robotics',
      slug: 'acme-robotics',
      hasImage: false,
    });
    expect(invitation.publicOrganizationData!.raw).toBe(json.public_organization_data);
    expect(invitation.raw).toBe(json);
  });
});
