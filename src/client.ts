import {
  ActorTokenAPI,
  AdminPortalLinkTokenAPI,
  AgentTaskAPI,
  AllowlistIdentifierAPI,
  APIKeyAPI,
  BetaFeatureAPI,
  BillingAPI,
  BlocklistIdentifierAPI,
  ClientAPI,
  DirectoryAPI,
  DomainAPI,
  EmailAddressAPI,
  EmailAPI,
  EnterpriseConnectionAPI,
  IdPOAuthAccessTokenAPI,
  InstanceAPI,
  InterstitialAPI,
  InvitationAPI,
  JwksAPI,
  JwtTemplateAPI,
  M2MTokenAPI,
  MachineAPI,
  OAuthApplicationAPI,
  OrganizationAPI,
  OrganizationPermissionAPI,
  OrganizationRoleAPI,
  PhoneNumberAPI,
  ProxyCheckAPI,
  RedirectUrlAPI,
  RoleSetAPI,
  SamlConnectionAPI,
  SCIMDirectoryAPI,
  SessionAPI,
  SignInTokenAPI,
  SignUpAPI,
  SMSMessageAPI,
  TemplateAPI,
  TestingTokenAPI,
  UserAPI,
  WaitlistEntryAPI,
  WebhookAPI,
} from './api';
import { checkHttpOptions, createConfigSource, resolveConfig, processEnv, type ConfigSource, type ResolvedConfig } from './config';
import { createRequester, type Requester } from './core/http';
import type { ClerkOptions } from './core/types';
import { createClientVerifier, JWKS_REQUEST } from './tokens';
import { attachRequestAuth, type RequestAuthMethods } from './auth/client';
import type { JwtPayload, VerifyTokenOptions } from './tokens';

/**
 * A configured client: one property per Backend API resource, all sharing one request layer.
 * @public
 */
export interface ClerkClient extends RequestAuthMethods {
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
  /** Actor tokens, for impersonating a user. */
  readonly actorTokens: ActorTokenAPI;
  /** Links to the self-serve enterprise SSO admin portal. */
  readonly adminPortalLinkTokens: AdminPortalLinkTokenAPI;
  /** Agent tasks. */
  readonly agentTasks: AgentTaskAPI;
  /** API keys issued to users and organizations. */
  readonly apiKeys: APIKeyAPI;
  /** Beta features of the instance. */
  readonly betaFeatures: BetaFeatureAPI;
  /** Billing: plans, prices, subscriptions, statements and payment attempts. */
  readonly billing: BillingAPI;
  /** Sign-up blocklist. */
  readonly blocklistIdentifiers: BlocklistIdentifierAPI;
  /** Directory sync connections. */
  readonly directories: DirectoryAPI;
  /** Enterprise SSO connections (SAML and OIDC). */
  readonly enterpriseConnections: EnterpriseConnectionAPI;
  /** Access tokens issued by Clerk as an OAuth identity provider. */
  readonly idPOAuthAccessToken: IdPOAuthAccessTokenAPI;
  /** Instance settings and restrictions. */
  readonly instance: InstanceAPI;
  /** The instance JSON Web Key Set. */
  readonly jwks: JwksAPI;
  /** JWT templates. */
  readonly jwtTemplates: JwtTemplateAPI;
  /** Machine-to-machine tokens. */
  readonly m2m: M2MTokenAPI;
  /** Machines for machine-to-machine authentication. */
  readonly machines: MachineAPI;
  /** OAuth applications that use Clerk as their identity provider. */
  readonly oauthApplications: OAuthApplicationAPI;
  /** Custom organization permissions. */
  readonly organizationPermissions: OrganizationPermissionAPI;
  /** Custom organization roles. */
  readonly organizationRoles: OrganizationRoleAPI;
  /** Checks of a frontend API proxy configuration. */
  readonly proxyChecks: ProxyCheckAPI;
  /** Role sets that group organization roles. */
  readonly roleSets: RoleSetAPI;
  /** SAML connections (superseded by enterprise connections). */
  readonly samlConnections: SamlConnectionAPI;
  /** SCIM directories. */
  readonly scimDirectories: SCIMDirectoryAPI;
  /** Sign-up attempts. */
  readonly signUps: SignUpAPI;
  /** Email and SMS templates (deprecated by the API). */
  readonly templates: TemplateAPI;
  /** Testing tokens that let automated tests bypass bot protection. */
  readonly testingTokens: TestingTokenAPI;
  /** Waitlist entries. */
  readonly waitlistEntries: WaitlistEntryAPI;
  /** Svix webhook integration. */
  readonly webhooks: WebhookAPI;
  /**
   * Verifies a session token with this client's keys and resolves to its claims.
   *
   * The key is `options.jwtKey`, else the client's `jwtKey` or `CLERK_JWT_KEY` (no request), else the instance JWKS,
   * fetched with this client's secret key (`GET /v1/jwks`) and cached per client. As in v4, when no `issuer` is
   * given the token's `iss` must be a Clerk issuer (it starts with `https://clerk.` or contains `.clerk.accounts`);
   * pass `issuer: null` to skip that check (needed for development instances whose issuer is elsewhere).
   * Passing `secretKey`, `apiUrl` or `apiVersion` verifies against that instance instead, as the exported
   * `verifyToken` does.
   * @param token - The session token.
   * @param options - Extra checks (`authorizedParties`, `audience`, `issuer`, `clockSkewInMs`) or another key source.
   * @returns The verified claims.
   * @throws {@link TokenVerificationError} (as a rejection) whose `reason` names the failed check.
   */
  verifyToken(token: string, options?: VerifyTokenOptions): Promise<JwtPayload>;
}

/**
 * Mounts every sub-API on one requester: the single registry of resources. `config` feeds token verification
 * (`jwtKey`); without it the environment is read at each verification.
 */
export function mountResources(
  requester: Requester,
  config: () => ResolvedConfig = () => resolveConfig({}, processEnv()),
): Omit<ClerkClient, keyof RequestAuthMethods> {
  const jwks = new JwksAPI(requester);
  const verifyToken = createClientVerifier({ config, fetchJwks: () => jwks.getJwks(JWKS_REQUEST) });
  return {
    actorTokens: new ActorTokenAPI(requester),
    adminPortalLinkTokens: new AdminPortalLinkTokenAPI(requester),
    agentTasks: new AgentTaskAPI(requester),
    allowlistIdentifiers: new AllowlistIdentifierAPI(requester),
    apiKeys: new APIKeyAPI(requester),
    betaFeatures: new BetaFeatureAPI(requester),
    billing: new BillingAPI(requester),
    blocklistIdentifiers: new BlocklistIdentifierAPI(requester),
    clients: new ClientAPI(requester),
    directories: new DirectoryAPI(requester),
    domains: new DomainAPI(requester),
    emailAddresses: new EmailAddressAPI(requester),
    emails: new EmailAPI(requester),
    enterpriseConnections: new EnterpriseConnectionAPI(requester),
    idPOAuthAccessToken: new IdPOAuthAccessTokenAPI(requester),
    instance: new InstanceAPI(requester),
    interstitial: new InterstitialAPI(requester),
    invitations: new InvitationAPI(requester),
    jwks,
    jwtTemplates: new JwtTemplateAPI(requester),
    m2m: new M2MTokenAPI(requester),
    machines: new MachineAPI(requester),
    oauthApplications: new OAuthApplicationAPI(requester),
    organizationPermissions: new OrganizationPermissionAPI(requester),
    organizationRoles: new OrganizationRoleAPI(requester),
    organizations: new OrganizationAPI(requester),
    phoneNumbers: new PhoneNumberAPI(requester),
    proxyChecks: new ProxyCheckAPI(requester),
    redirectUrls: new RedirectUrlAPI(requester),
    roleSets: new RoleSetAPI(requester),
    samlConnections: new SamlConnectionAPI(requester),
    scimDirectories: new SCIMDirectoryAPI(requester),
    sessions: new SessionAPI(requester, verifyToken),
    signInTokens: new SignInTokenAPI(requester),
    signUps: new SignUpAPI(requester),
    smsMessages: new SMSMessageAPI(requester),
    templates: new TemplateAPI(requester),
    testingTokens: new TestingTokenAPI(requester),
    users: new UserAPI(requester),
    waitlistEntries: new WaitlistEntryAPI(requester),
    webhooks: new WebhookAPI(requester),
    verifyToken,
  };
}

/** Builds a client on a configuration source; the v4 setters reset the default client's source after a change. */
export function createClientFromConfig(source: ConfigSource): ClerkClient {
  const resources = mountResources(createRequester(source.get), source.get);
  // A middleware or call given its own secret key verifies machine tokens with a copy of the client on that key.
  return attachRequestAuth(resources, (secretKey) => {
    const get = (): ResolvedConfig => ({ ...source.get(), secretKey });
    return mountResources(createRequester(get), get);
  }, source.get);
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
  if (options.httpOptions !== undefined) checkHttpOptions(options.httpOptions);
  return createClientFromConfig(createConfigSource({ ...options }));
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
