// Placeholder: the EnterpriseAccount model lands with its sub-API.
export {};
