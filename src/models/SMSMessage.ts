// Placeholder: the SMSMessage model lands with its sub-API.
export {};
