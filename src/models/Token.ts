// Placeholder: the Token model lands with its sub-API.
export {};
