// Placeholder: the Web3Wallet model lands with its sub-API.
export {};
