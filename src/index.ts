import { createClientFromConfig, type ClerkClient } from './client';
import { checkHttpOptions, createConfigSource } from './config';
import type { ClerkOptions, HttpOptions } from './core/types';

// The default client's options. Empty means "read the environment at the first request"; the v4 setters fill it in
// and reset the resolved configuration.
const defaultOptions: ClerkOptions = {};
const defaultConfig = createConfigSource(defaultOptions);

/**
 * The default client, configured from `CLERK_SECRET_KEY` and the other environment variables, which are read at
 * the first request (so loading dotenv after the import still works) and kept once a key is found.
 * @public
 */
export const clerkClient: ClerkClient = createClientFromConfig(defaultConfig);
export default clerkClient;

/** The default client's allowlist API (v4 named export). @public */
export const allowlistIdentifiers = clerkClient.allowlistIdentifiers;
/** The default client's clients API (v4 named export). @public */
export const clients = clerkClient.clients;
/** The default client's domains API (v4 named export). @public */
export const domains = clerkClient.domains;
/** The default client's email addresses API (v4 named export). @public */
export const emailAddresses = clerkClient.emailAddresses;
/** The default client's retired emails API (v4 named export). @public @deprecated Its endpoint no longer exists. */
export const emails = clerkClient.emails;
/** The default client's interstitial API. @public */
export const interstitial = clerkClient.interstitial;
/** The default client's invitations API (v4 named export). @public */
export const invitations = clerkClient.invitations;
/** The default client's organizations API (v4 named export). @public */
export const organizations = clerkClient.organizations;
/** The default client's phone numbers API (v4 named export). @public */
export const phoneNumbers = clerkClient.phoneNumbers;
/** The default client's redirect URLs API. @public */
export const redirectUrls = clerkClient.redirectUrls;
/** The default client's sessions API (v4 named export). @public */
export const sessions = clerkClient.sessions;
/** The default client's sign-in tokens API. @public */
export const signInTokens = clerkClient.signInTokens;
/** The default client's retired SMS API (v4 named export). @public @deprecated Its endpoint no longer exists. */
export const smsMessages = clerkClient.smsMessages;
/** The default client's users API (v4 named export). @public */
export const users = clerkClient.users;

/**
 * Sets the secret key of the default client (v4).
 * @deprecated Set `CLERK_SECRET_KEY`, or use {@link createClerkClient} with `secretKey`.
 * @public
 */
export function setClerkApiKey(value: string): void {
  defaultOptions.secretKey = value;
  defaultConfig.reset();
}

/**
 * Sets the API base URL of the default client (v4).
 * @deprecated Set `CLERK_API_URL`, or use {@link createClerkClient} with `apiUrl`.
 * @public
 */
export function setClerkServerApiUrl(value: string): void {
  defaultOptions.apiUrl = value;
  defaultConfig.reset();
}

/**
 * Sets the API version path prefix of the default client (v4).
 * @deprecated Set `CLERK_API_VERSION`, or use {@link createClerkClient} with `apiVersion`.
 * @public
 */
export function setClerkApiVersion(value: string): void {
  defaultOptions.apiVersion = value;
  defaultConfig.reset();
}

/**
 * Sets the HTTP options of the default client (v4).
 * @deprecated Use {@link createClerkClient} with `httpOptions`.
 * @public
 */
export function setClerkHttpOptions(value: HttpOptions): void {
  checkHttpOptions(value);
  defaultOptions.httpOptions = value;
  defaultConfig.reset();
}

export * from './exports';
