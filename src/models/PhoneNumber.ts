// Placeholder: the PhoneNumber model lands with its sub-API.
export {};
