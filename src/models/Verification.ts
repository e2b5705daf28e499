// Placeholder: the Verification model lands with its sub-API.
export {};
