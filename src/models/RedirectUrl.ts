// Placeholder: the RedirectUrl model lands with its sub-API.
export {};
