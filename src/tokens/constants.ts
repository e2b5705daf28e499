// Small constants shared by the eager (index) and the lazily loaded (verify) halves of token verification.

/**
 * How the key set is fetched: one attempt with a 10 s deadline. The cache's own stale window and refetch cooldown are
 * the retry policy for keys, so a verification never waits on a retry backoff.
 */
export const JWKS_REQUEST = { maxRetries: 0, timeout: 10_000 } as const;
