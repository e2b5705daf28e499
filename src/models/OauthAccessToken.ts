// Placeholder: the OauthAccessToken model lands with its sub-API.
export {};
