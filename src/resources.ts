// The one table of the client's resources. Each row names a client property, the class mounted on it and (in its doc
// comment) what it covers. Three things are derived from it: `mountResources` in ./client mounts one instance per row,
// and `npm run generate` (scripts/gen-resources.mjs) writes the documented `ClerkClient` members in ./client and the
// Resources table of README.md. Adding a resource is one row here, then `npm run generate`.
// Only the comments carry the descriptions, so the bundle holds no more than the property → class pairs.
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
// Imported from its own file: the lazily loaded verification code imports it too, and a bundler that inlines lazy
// code wraps such a module in an initialiser, which a re-export through ./api's `export *` would not run.
import { JwksAPI } from './api/JwksAPI';
import type { Requester } from './core/http';
import type { TokenVerifier } from './tokens/types';

/** A resource class as the mounting calls it: every class takes the requester; `SessionAPI` also the verifier. */
export type ResourceClass = new (requester: Requester, verifyToken: TokenVerifier) => object;

/**
 * Every resource of a client, property → class, in the order they are mounted (alphabetical). The doc comment of a
 * row is its description: the generator copies it onto the `ClerkClient` member and into README.md.
 */
export const RESOURCES = {
  /** Actor tokens, for impersonating a user. */
  actorTokens: ActorTokenAPI,
  /** Links to the self-serve enterprise SSO admin portal. */
  adminPortalLinkTokens: AdminPortalLinkTokenAPI,
  /** Agent tasks. */
  agentTasks: AgentTaskAPI,
  /** Sign-up allowlist. */
  allowlistIdentifiers: AllowlistIdentifierAPI,
  /** API keys issued to users and organizations. */
  apiKeys: APIKeyAPI,
  /** Beta features of the instance. */
  betaFeatures: BetaFeatureAPI,
  /** Billing: plans, prices, subscriptions, statements and payment attempts. */
  billing: BillingAPI,
  /** Sign-up blocklist. */
  blocklistIdentifiers: BlocklistIdentifierAPI,
  /** Browser clients and their sessions. */
  clients: ClientAPI,
  /** Directory sync connections. */
  directories: DirectoryAPI,
  /** Instance domains (primary and satellites). */
  domains: DomainAPI,
  /** Users' email addresses. */
  emailAddresses: EmailAddressAPI,
  /** The v4 email API, kept so old code loads. @deprecated The endpoint is retired; its method rejects with `endpoint_removed`. */
  emails: EmailAPI,
  /** Enterprise SSO connections (SAML and OIDC). */
  enterpriseConnections: EnterpriseConnectionAPI,
  /** Access tokens issued by Clerk as an OAuth identity provider. */
  idPOAuthAccessToken: IdPOAuthAccessTokenAPI,
  /** Instance settings and restrictions. */
  instance: InstanceAPI,
  /** The interstitial page served while a session is being refreshed. */
  interstitial: InterstitialAPI,
  /** Application invitations. */
  invitations: InvitationAPI,
  /** The instance JSON Web Key Set. */
  jwks: JwksAPI,
  /** JWT templates. */
  jwtTemplates: JwtTemplateAPI,
  /** Machine-to-machine tokens. */
  m2m: M2MTokenAPI,
  /** Machines for machine-to-machine authentication. */
  machines: MachineAPI,
  /** OAuth applications that use Clerk as their identity provider. */
  oauthApplications: OAuthApplicationAPI,
  /** Custom organization permissions. */
  organizationPermissions: OrganizationPermissionAPI,
  /** Custom organization roles. */
  organizationRoles: OrganizationRoleAPI,
  /** Organizations, their memberships, invitations and domains. */
  organizations: OrganizationAPI,
  /** Users' phone numbers. */
  phoneNumbers: PhoneNumberAPI,
  /** Checks of a frontend API proxy configuration. */
  proxyChecks: ProxyCheckAPI,
  /** Allowed redirect URLs for native and mobile flows. */
  redirectUrls: RedirectUrlAPI,
  /** Role sets that group organization roles. */
  roleSets: RoleSetAPI,
  /** SAML connections (superseded by enterprise connections). */
  samlConnections: SamlConnectionAPI,
  /** SCIM directories. */
  scimDirectories: SCIMDirectoryAPI,
  /** User sessions and session tokens. */
  sessions: SessionAPI,
  /** Sign-in tokens (magic links created by the backend). */
  signInTokens: SignInTokenAPI,
  /** Sign-up attempts. */
  signUps: SignUpAPI,
  /** The v4 SMS API, kept so old code loads. @deprecated The endpoint is retired; its method rejects with `endpoint_removed`. */
  smsMessages: SMSMessageAPI,
  /** Email and SMS templates (deprecated by the API). */
  templates: TemplateAPI,
  /** Testing tokens that let automated tests bypass bot protection. */
  testingTokens: TestingTokenAPI,
  /** Users. */
  users: UserAPI,
  /** Waitlist entries. */
  waitlistEntries: WaitlistEntryAPI,
  /** Svix webhook integration. */
  webhooks: WebhookAPI,
} as const satisfies Record<string, ResourceClass>;

/** The resources as mounted on a client: one instance of each row's class under its property. */
export type MountedResources = { readonly [K in keyof typeof RESOURCES]: InstanceType<(typeof RESOURCES)[K]> };
