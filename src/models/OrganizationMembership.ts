// Placeholder: the OrganizationMembership model lands with its sub-API.
export {};
