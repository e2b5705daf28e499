// Placeholder: the OrganizationMembershipPublicUserData model lands with its sub-API.
export {};
