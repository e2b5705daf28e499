// Placeholder: the ExternalAccount model lands with its sub-API.
export {};
