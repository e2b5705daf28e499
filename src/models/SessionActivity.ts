// Placeholder: the SessionActivity model lands with its sub-API.
export {};
