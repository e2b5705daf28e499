// Placeholder: the OrganizationInvitation model lands with its sub-API.
export {};
