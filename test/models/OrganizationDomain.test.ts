import { describe, expect, it } from 'vitest';
import { OrganizationDomain } from '../../src/models/OrganizationDomain';
import { OrganizationDomainVerification } from '../../src/models/OrganizationDomainVerification';
import { OrganizationInvitationPublicOrganizationData } from '../../src/models/OrganizationInvitationPublicOrganizationData';
import { fixture } from '../helpers/nock';

describe('OrganizationDomain.fromJSON', () => {
  it('maps every field and each verification record through its own model', () => {
    const json = fixture('organizations/list-all-organization-domains').data[0];
    const domain = OrganizationDomain.fromJSON(json);
    expect(domain).toMatchObject({
      id: 'orgdmn_2kZWw0Gh3IjKl4MnOp5QrSt6UvW',
      organizationId: 'org_2kZ8m3Qh7PfXc1aBvR4nT9wYeLd',
      name: 'acme.test',
      enrollmentMode: 'automatic_invitation',
      affiliationEmailAddress: 'ada@acme.test',
      totalPendingInvitations: 3,
      totalPendingSuggestions: 0,
      createdAt: 1716950000000,
      updatedAt: 1717000000000,
    });
    expect(domain.affiliationVerification).toBeInstanceOf(OrganizationDomainVerification);
    expect(domain.affiliationVerification!.raw).toBe(json.affiliation_verification);
    expect(domain.ownershipVerification).toMatchObject({ status: 'verified', strategy: 'dns_txt', attempts: 2, expireAt: null, verifiedAt: 1717000000000 });
    expect(domain.verification!.raw).toBe(json.verification);
    expect(domain.publicOrganizationData).toBeInstanceOf(OrganizationInvitationPublicOrganizationData);
    expect(domain.publicOrganizationData!.raw).toBe(json.public_organization_data);
    expect(domain.raw).toBe(json);
  });

  it('maps null and missing nested records to null', () => {
    const json = fixture('organizations/list-organization-domains').data[1];
    const domain = OrganizationDomain.fromJSON(json);
    expect(domain).toMatchObject({ affiliationVerification: null, ownershipVerification: null, verification: null, publicOrganizationData: null });
  });
});
