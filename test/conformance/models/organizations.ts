// Models of the organizations / organizationRoles / organizationPermissions / roleSets responses and what they nest.
import { Organization } from '../../../src/models/Organization';
import { OrganizationDomain } from '../../../src/models/OrganizationDomain';
import { OrganizationDomainVerification } from '../../../src/models/OrganizationDomainVerification';
import { OrganizationInvitation } from '../../../src/models/OrganizationInvitation';
import { OrganizationInvitationPublicOrganizationData } from '../../../src/models/OrganizationInvitationPublicOrganizationData';
import { OrganizationInvitationPublicUserData } from '../../../src/models/OrganizationInvitationPublicUserData';
import { OrganizationInvitationWithPublicOrganizationData } from '../../../src/models/OrganizationInvitationWithPublicOrganizationData';
import { OrganizationMembership } from '../../../src/models/OrganizationMembership';
import { OrganizationMembershipPublicUserData } from '../../../src/models/OrganizationMembershipPublicUserData';
import { Permission } from '../../../src/models/Permission';
import { Role } from '../../../src/models/Role';
import { RoleSet } from '../../../src/models/RoleSet';
import { RoleSetItem } from '../../../src/models/RoleSetItem';
import { RoleSetMigration } from '../../../src/models/RoleSetMigration';
import type { ModelRegistry } from '../types';

export const models: ModelRegistry = {
  Organization: Organization.fromJSON,
  // The logo upload's answer: an Organization plus the deprecated logo_url, which Organization maps too.
  OrganizationWithLogo: Organization.fromJSON,
  OrganizationMembership: OrganizationMembership.fromJSON,
  OrganizationMembershipPublicUserData: OrganizationMembershipPublicUserData.fromJSON,
  OrganizationInvitation: OrganizationInvitation.fromJSON,
  OrganizationInvitationPublicUserData: OrganizationInvitationPublicUserData.fromJSON,
  OrganizationInvitationWithPublicOrganizationData: OrganizationInvitationWithPublicOrganizationData.fromJSON,
  OrganizationInvitationPublicOrganizationData: OrganizationInvitationPublicOrganizationData.fromJSON,
  OrganizationDomain: OrganizationDomain.fromJSON,
  OrganizationDomainVerification: OrganizationDomainVerification.fromJSON,
  Role: Role.fromJSON,
  Permission: Permission.fromJSON,
  RoleSet: RoleSet.fromJSON,
  RoleSetItem: RoleSetItem.fromJSON,
  RoleSetMigration: RoleSetMigration.fromJSON,
};
