// Placeholder: the SamlAccount model lands with its sub-API.
export {};
