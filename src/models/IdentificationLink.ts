// Placeholder: the IdentificationLink model lands with its sub-API.
export {};
