// Placeholder: the User model lands with its sub-API.
export {};
