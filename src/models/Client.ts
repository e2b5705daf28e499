// Placeholder: the Client model lands with its sub-API.
export {};
