// Placeholder: the Session model lands with its sub-API.
export {};
