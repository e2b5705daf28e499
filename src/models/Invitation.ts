// Placeholder: the Invitation model lands with its sub-API.
export {};
