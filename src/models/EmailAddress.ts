// Placeholder: the EmailAddress model lands with its sub-API.
export {};
