// Small constants shared by the eager (index) and the lazily loaded (verify) halves of token verification.

/**
 * How the key set is fetched: one attempt with a 10 s deadline. The cache's own stale window and refetch cooldown are
 * the retry policy for keys, so a verification never waits on a retry backoff.
 */
export const JWKS_REQUEST = { maxRetries: 0, timeout: 10_000 } as const;

// The numbers below are documented in the README's "Verifying session tokens".

/** Default tolerance for `exp`, `nbf` and `iat`. */
export const DEFAULT_CLOCK_SKEW_MS = 5_000;
/** A fetched JWKS is used without asking again for this long (v4's 5 minutes). */
export const JWKS_TTL_MS = 5 * 60_000;
/** At most one JWKS request per this interval for unknown `kid`s, and after a failed request. */
export const JWKS_REFETCH_COOLDOWN_MS = 10_000;
/** When the endpoint fails, cached keys keep working this long past their TTL; then verification fails. */
export const JWKS_STALE_MS = 60 * 60_000;
