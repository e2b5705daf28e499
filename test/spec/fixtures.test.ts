// Every JSON fixture under test/fixtures is a response some test replays as the Backend API's answer, so each must be
// one the spec allows. A fixture maps to an operation by its file name (`users/get-user` → GetUser, dashes dropped,
// case ignored); the table below names the operation where the file name says what the object is rather than which
// call returned it. `error-*` fixtures are Clerk's error envelope. The check is the suite's one (strict) validator.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkResponse } from '../emulator/spec';
import { loadSpec, schemaNamed, validate } from './openapi';

const FIXTURES = new URL('../fixtures/', import.meta.url);

/** Fixture → operationId (or `schema:Name` for an object only found inside a list answer). */
const NAMED: Record<string, string> = {
  'actor-tokens/actor-token': 'CreateActorToken',
  'admin-portal-link-tokens/created': 'createAdminPortalLinkToken',
  'admin-portal-link-tokens/revoked': 'revokeAdminPortalLinkToken',
  'allowlist-identifiers/allowlist-identifier': 'CreateAllowlistIdentifier',
  'api-keys/api-key': 'getApiKey',
  'api-keys/list-api-keys': 'getApiKeys',
  'beta-features/update-instance-settings': 'UpdateInstanceAuthConfig',
  'billing/adjust-billing-credit-balance': 'AdjustUserBillingCreditBalance',
  'billing/apply-subscription-item-discount': 'ApplyBillingSubscriptionItemDiscount',
  'billing/cancel-subscription-item': 'CancelCommerceSubscriptionItem',
  'billing/create-price': 'CreateBillingPrice',
  'billing/create-subscription-item-price-transition': 'CreateBillingPriceTransition',
  'billing/extend-subscription-item-free-trial': 'ExtendBillingSubscriptionItemFreeTrial',
  'billing/get-billing-credit-balance': 'GetUserBillingCreditBalance',
  'billing/get-billing-subscription': 'GetUserBillingSubscription',
  'billing/get-plan-list': 'GetCommercePlanList',
  'billing/get-price-list': 'GetBillingPriceList',
  'billing/get-statement': 'GetBillingStatement',
  'billing/get-statement-list': 'GetBillingStatementList',
  'billing/get-statement-payment-attempt-list': 'GetBillingStatementPaymentAttempts',
  'billing/get-subscription-item-list': 'GetCommerceSubscriptionItemList',
  'billing/remove-subscription-item-discount': 'RemoveBillingSubscriptionItemDiscount',
  'blocklist-identifiers/blocklist-identifier': 'CreateBlocklistIdentifier',
  'clients/client': 'GetClient',
  'directories/directory': 'GetDirectory',
  'directories/group-role-mapping': 'CreateDirectoryGroupRoleMapping',
  'domains/domain': 'AddDomain',
  'domains/primary-domain': 'UpdateDomain',
  'enterprise-connections/create-test-run': 'CreateEnterpriseConnectionTestRun',
  'enterprise-connections/enterprise-connection': 'GetEnterpriseConnection',
  'enterprise-connections/enterprise-connection-oidc': 'GetEnterpriseConnection',
  'enterprise-connections/test-run': 'schema:EnterpriseConnectionTestRun',
  'idp-oauth-access-tokens/verify-oauth-access-token-inactive': 'verifyOAuthAccessToken',
  'instance/communication': 'GetInstanceCommunication',
  'instance/get': 'GetInstance',
  'instance/oauth-application-settings': 'GetInstanceOAuthApplicationSettings',
  'instance/organization-settings': 'GetInstanceOrganizationSettings',
  'instance/protect': 'GetInstanceProtect',
  'instance/update-restrictions': 'UpdateInstanceRestrictions',
  'invitations/create-invitation-bulk': 'CreateBulkInvitations',
  'invitations/invitation': 'CreateInvitation',
  'jwks/jwks': 'GetJWKS',
  'jwt-templates/jwt-template': 'GetJWTTemplate',
  'm2m-tokens/list-m2m-tokens': 'getM2MTokens',
  'machines/machine': 'GetMachine',
  'oauth-applications/oauth-application': 'GetOAuthApplication',
  'organizations/list-instance-organization-memberships': 'InstanceGetOrganizationMemberships',
  'proxy-checks/verify': 'VerifyDomainProxy',
  'redirect-urls/redirect-url': 'GetRedirectURL',
  'saml-connections/saml-connection': 'GetSAMLConnection',
  'scim-directories/group-role-mapping': 'CreateSCIMGroupRoleMapping',
  'scim-directories/scim-directory': 'GetSCIMDirectory',
  'sessions/refresh-session-cookies': 'RefreshSession',
  'sessions/refresh-session-token': 'RefreshSession',
  'sessions/session': 'GetSession',
  'sign-ups/sign-up': 'GetSignUp',
  'templates/sms-template': 'GetTemplate',
  'templates/template': 'GetTemplate',
  'testing-tokens/testing-token': 'CreateTestingToken',
  'users/get-user-minimal': 'GetUser',
  'waitlist-entries/waitlist-entry': 'CreateWaitlistEntry',
  'webhooks/svix-url': 'GenerateSvixAuthURL',
};

function fixtureNames(): string[] {
  const names: string[] = [];
  for (const folder of readdirSync(FIXTURES, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const file of readdirSync(new URL(`${folder.name}/`, FIXTURES))) {
      if (file.endsWith('.json')) names.push(`${folder.name}/${file.slice(0, -'.json'.length)}`);
    }
  }
  return names.sort();
}

/** The operation (or schema) a fixture answers for, or undefined when neither its name nor the table says. */
function targetOf(name: string): string | undefined {
  if (NAMED[name]) return NAMED[name];
  const base = (name.split('/').pop() as string).replace(/-/g, '').toLowerCase();
  return [...loadSpec().operations.keys()].find((id) => id.toLowerCase() === base);
}

/** Problems of one fixture against the response the spec documents for its target. */
function problemsOf(name: string, body: unknown): string[] {
  if (/(^|\/)error-/.test(name)) return validate(schemaNamed('ClerkErrors'), body);
  const target = targetOf(name) as string;
  if (target.startsWith('schema:')) return validate(schemaNamed(target.slice('schema:'.length)), body);
  const op = loadSpec().operations.get(target);
  if (!op) return [`${target} is not an operation of the spec`];
  if (!op.successSchema) return [`${target} documents no JSON body for its ${op.successStatus} answer`];
  // A list the spec documents as a bare array is answered as { data, total_count } when the SDK asks with paginated=true.
  const paginated = !Array.isArray(body) && body !== null && typeof body === 'object' && 'data' in body && 'total_count' in body;
  return checkResponse(target, op.successStatus, body, paginated).errors;
}

describe('every JSON fixture is an answer the spec allows', () => {
  const names = fixtureNames();

  it('finds all fixtures, and maps each to an operation', () => {
    expect(names.length).toBe(179);
    const unmapped = names.filter((name) => !/(^|\/)error-/.test(name) && targetOf(name) === undefined);
    expect(unmapped).toEqual([]);
    const stale = Object.keys(NAMED).filter((name) => !names.includes(name));
    expect(stale).toEqual([]);
  });

  for (const name of names) {
    it(`${name} → ${/(^|\/)error-/.test(name) ? 'ClerkErrors' : (targetOf(name) ?? '?')}`, () => {
      const body: unknown = JSON.parse(readFileSync(new URL(`${name}.json`, FIXTURES), 'utf8'));
      expect(problemsOf(name, body)).toEqual([]);
    });
  }

  it('the check can fail: a fixture with a field of the wrong type is refused', () => {
    const user = JSON.parse(readFileSync(new URL('users/get-user.json', FIXTURES), 'utf8')) as Record<string, unknown>;
    expect(problemsOf('users/get-user', { ...user, created_at: 'yesterday' })).toEqual(['$.created_at: expected integer, got string']);
    expect(problemsOf('users/get-user', { ...user, not_in_spec: 1 }).length).toBeGreaterThan(0);
  });
});
