// Placeholder: the Passkey model lands with its sub-API.
export {};
