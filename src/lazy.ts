// The code loaded on first use, not at import: token verification (node:crypto work, the JWKS cache) and request
// authentication. One module, so that a bundler makes one lazy chunk of it, and what it shares with the package's
// entry lands in one chunk that the entry loads at start-up (each extra file costs ESM a module load: see
// bench/README.md). Webhook signatures load on their own (./webhooks/signature): they share nothing with the entry.
export { createJwksVerifier, verifyJwtWithKey, verifyTokenStandalone } from './tokens/verify';
export { authenticate } from './auth/authenticate';
