import {
  AllowlistIdentifierAPI,
  ClientAPI,
  DomainAPI,
  EmailAddressAPI,
  EmailAPI,
  InterstitialAPI,
  InvitationAPI,
  OrganizationAPI,
  PhoneNumberAPI,
  RedirectUrlAPI,
  SessionAPI,
  SignInTokenAPI,
  SMSMessageAPI,
  UserAPI,
} from './api';
import { processEnv, resolveConfig } from './config';
import { createRequester, type Requester } from './core/http';
import type { ClerkOptions } from './core/types';

/**
 * A configured client: one property per Backend API resource, all sharing one request layer.
 * @public
 */
export interface ClerkClient {
  /** Sign-up allowlist. */
  readonly allowlistIdentifiers: AllowlistIdentifierAPI;
  /** Browser clients and their sessions. */
  readonly clients: ClientAPI;
  /** Instance domains (primary and satellites). */
  readonly domains: DomainAPI;
  /** Users' email addresses. */
  readonly emailAddresses: EmailAddressAPI;
  /** The v4 email API, kept so old code loads. @deprecated The endpoint is retired; its method rejects with `endpoint_removed`. */
  readonly emails: EmailAPI;
  /** The interstitial page served while a session is being refreshed. */
  readonly interstitial: InterstitialAPI;
  /** Application invitations. */
  readonly invitations: InvitationAPI;
  /** Organizations, their memberships, invitations and domains. */
  readonly organizations: OrganizationAPI;
  /** Users' phone numbers. */
  readonly phoneNumbers: PhoneNumberAPI;
  /** Allowed redirect URLs for native and mobile flows. */
  readonly redirectUrls: RedirectUrlAPI;
  /** User sessions and session tokens. */
  readonly sessions: SessionAPI;
  /** Sign-in tokens (magic links created by the backend). */
  readonly signInTokens: SignInTokenAPI;
  /** The v4 SMS API, kept so old code loads. @deprecated The endpoint is retired; its method rejects with `endpoint_removed`. */
  readonly smsMessages: SMSMessageAPI;
  /** Users. */
  readonly users: UserAPI;
}

/** Mounts every sub-API on one requester: the single registry of resources. */
export function mountResources(requester: Requester): ClerkClient {
  return {
    allowlistIdentifiers: new AllowlistIdentifierAPI(requester),
    clients: new ClientAPI(requester),
    domains: new DomainAPI(requester),
    emailAddresses: new EmailAddressAPI(requester),
    emails: new EmailAPI(requester),
    interstitial: new InterstitialAPI(requester),
    invitations: new InvitationAPI(requester),
    organizations: new OrganizationAPI(requester),
    phoneNumbers: new PhoneNumberAPI(requester),
    redirectUrls: new RedirectUrlAPI(requester),
    sessions: new SessionAPI(requester),
    signInTokens: new SignInTokenAPI(requester),
    smsMessages: new SMSMessageAPI(requester),
    users: new UserAPI(requester),
  };
}

/** Builds a client whose options are read live, so later changes to `options` (the v4 setters) apply. */
export function createClientFromLiveOptions(options: ClerkOptions): ClerkClient {
  // Options win over the environment, which is read per request: a dotenv loaded after import still counts.
  return mountResources(createRequester(() => resolveConfig(options, processEnv())));
}

/**
 * Creates a client. Each option falls back to its environment variable at request time, then to its default.
 * @example
 * ```ts
 * const clerk = createClerkClient({ secretKey: process.env.MY_CLERK_KEY });
 * const user = await clerk.users.getUser('user_123');
 * ```
 * @public
 */
export function createClerkClient(options: ClerkOptions = {}): ClerkClient {
  return createClientFromLiveOptions({ ...options });
}

/**
 * The v4 factory: returns a client, whether called as `Clerk(options)` or `new Clerk(options)`.
 * @public
 */
export interface ClerkFactory {
  /** Creates a client (same as {@link createClerkClient}). */
  (options?: ClerkOptions): ClerkClient;
  /** Creates a client (same as {@link createClerkClient}). */
  new (options?: ClerkOptions): ClerkClient;
}

// A plain named function: `new Clerk()` returns the object it builds, so both call styles work.
function ClerkLegacyFactory(options?: ClerkOptions): ClerkClient {
  return createClerkClient(options);
}

/**
 * The v4 factory, kept for existing code. Prefer {@link createClerkClient}.
 * @public
 */
export const Clerk: ClerkFactory = ClerkLegacyFactory as unknown as ClerkFactory;
