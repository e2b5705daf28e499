// Placeholder: the Email model lands with its sub-API.
export {};
