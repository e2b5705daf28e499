// Call shapes of the organizations / organizationRoles / organizationPermissions / roleSets methods whose arguments
// are not "path ids, then one object". Most of them take one object that also holds the path ids: v4's signature
// for the v4 methods, @clerk/backend's for the rest.
import type { CallShapes } from '../types';

const oneObject = (p: Record<string, any>) => [p];

export const shapes: CallShapes = {
  // v4 methods.
  'organizations.getOrganization': { args: oneObject },
  'organizations.getOrganizationMembershipList': { args: oneObject },
  'organizations.createOrganizationMembership': { args: oneObject },
  'organizations.updateOrganizationMembership': { args: oneObject },
  'organizations.updateOrganizationMembershipMetadata': { args: oneObject },
  'organizations.deleteOrganizationMembership': { args: oneObject },
  'organizations.getOrganizationInvitationList': { args: oneObject },
  'organizations.getPendingOrganizationInvitationList': { args: oneObject },
  'organizations.createOrganizationInvitation': { args: oneObject },
  'organizations.getOrganizationInvitation': { args: oneObject },
  'organizations.revokeOrganizationInvitation': { args: oneObject },
  // @clerk/backend methods.
  'organizations.createOrganizationInvitationBulk': { args: (p, { body }) => [p.organizationId, body] },
  'organizations.getOrganizationDomainList': { args: oneObject },
  'organizations.createOrganizationDomain': { args: oneObject },
  'organizations.updateOrganizationDomain': { args: oneObject },
  'organizations.deleteOrganizationDomain': { args: oneObject },
  'organizationRoles.updateOrganizationRole': { args: oneObject },
  'organizationRoles.assignPermissionToOrganizationRole': { args: oneObject },
  'organizationRoles.removePermissionFromOrganizationRole': { args: oneObject },
  'organizationPermissions.updateOrganizationPermission': { args: oneObject },
  'roleSets.updateRoleSet': { args: oneObject },
  'roleSets.replaceRoleSet': { args: oneObject },
  'roleSets.addRolesToRoleSet': { args: oneObject },
  'roleSets.replaceRoleInRoleSet': { args: oneObject },
};
