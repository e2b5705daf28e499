// Placeholder: the SignInToken model lands with its sub-API.
export {};
