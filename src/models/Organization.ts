// Placeholder: the Organization model lands with its sub-API.
export {};
