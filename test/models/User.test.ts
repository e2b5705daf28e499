import { describe, expect, it } from 'vitest';
import {
  EmailAddress,
  EnterpriseAccount,
  EnterpriseAccountConnection,
  ExternalAccount,
  IdentificationLink,
  OrganizationMembership,
  Passkey,
  PhoneNumber,
  SamlAccount,
  SamlAccountConnection,
  User,
  Verification,
  Web3Wallet,
} from '../../src/index';
import { fixture } from '../helpers/nock';

const json = fixture('users/get-user');
const minimalJson = fixture('users/get-user-minimal');
const membershipJson = fixture('users/users-get-organization-memberships').data[0];

describe('User.fromJSON', () => {
  const user = User.fromJSON(json);

  it('maps the scalar fields to camelCase', () => {
    expect(user).toMatchObject({
      id: 'user_2ada',
      externalId: 'crm-1815',
      primaryEmailAddressId: 'idn_2ada01',
      primaryPhoneNumberId: 'idn_2phone01',
      primaryWeb3WalletId: 'idn_2wallet01',
      username: 'ada',
      firstName: 'Ada',
      lastName: 'Lovelace',
      locale: 'en-GB',
      profileImageUrl: 'https://images.clerk.dev/old/ada.png',
      imageUrl: 'https://img.clerk.com/ada',
      hasImage: true,
      passwordEnabled: true,
      twoFactorEnabled: true,
      totpEnabled: true,
      backupCodeEnabled: false,
      mfaEnabledAt: 1716950000000,
      mfaDisabledAt: null,
      passwordLastUpdatedAt: 1716940000000,
      lastSignInAt: 1717000000000,
      banned: false,
      locked: false,
      deprovisioned: false,
      lockoutExpiresInSeconds: null,
      verificationAttemptsRemaining: 100,
      updatedAt: 1717000200000,
      createdAt: 1716900000000,
      deleteSelfEnabled: true,
      createOrganizationEnabled: true,
      createOrganizationsLimit: null,
      lastActiveAt: 1717000300000,
      legalAcceptedAt: 1716900000000,
      bypassClientTrust: false,
      scim: { directoryId: 'dir_2corp', directoryEnabled: true, externalId: 'scim-ada' },
    });
    expect(user.raw).toBe(json);
  });

  it('copies metadata maps verbatim', () => {
    expect(user.publicMetadata).toBe(json.public_metadata);
    expect(user.publicMetadata).toEqual({ someKey: 1, snake_key: { innerCamel: true }, 'Role-Name': 'admin' });
    expect(user.privateMetadata).toEqual({ stripeCustomerId: 'cus_123', billing_plan: { seatCount: 3 } });
    expect(user.unsafeMetadata).toEqual({ onboardingStep: 'done' });
  });

  it('maps identifiers through their own models', () => {
    expect(user.emailAddresses).toHaveLength(2);
    expect(user.emailAddresses[0]).toBeInstanceOf(EmailAddress);
    expect(user.emailAddresses[1]?.verification).toMatchObject({ object: 'verification_admin', strategy: 'admin', attempts: null, expireAt: null });
    expect(user.emailAddresses[0]?.linkedTo[0]).toBeInstanceOf(IdentificationLink);
    expect(user.phoneNumbers[0]).toBeInstanceOf(PhoneNumber);
    expect(user.phoneNumbers[0]?.phoneNumber).toBe('+15555550100');
    expect(user.web3Wallets[0]).toBeInstanceOf(Web3Wallet);
    expect(user.web3Wallets[0]).toMatchObject({ web3Wallet: '0x52908400098527886e0f7030069857d2e4169ee7' });
    expect(user.web3Wallets[0]?.verification).toMatchObject({ strategy: 'web3_metamask_signature', nonce: null, message: null });
    expect(user.passkeys[0]).toBeInstanceOf(Passkey);
    expect(user.passkeys[0]).toMatchObject({ id: 'pk_2abc', name: 'MacBook Touch ID', lastUsedAt: 1717000000000 });
    expect(user.passkeys[0]?.verification).toMatchObject({ strategy: 'passkey', nonce: 'nonce' });
  });

  it('maps external accounts, keeping the v4 externalId alias', () => {
    const account = user.externalAccounts[0];
    expect(account).toBeInstanceOf(ExternalAccount);
    expect(account).toMatchObject({
      id: 'eac_2google01',
      provider: 'oauth_google',
      identificationId: 'idn_2google01',
      providerUserId: '109876543210987654321',
      approvedScopes: 'email openid profile',
      emailAddress: 'ada@example.com',
      emailAddressVerified: true,
      firstName: 'Ada',
      lastName: 'Lovelace',
      avatarUrl: 'https://lh3.googleusercontent.com/a/old',
      imageUrl: 'https://img.clerk.com/eyJ0eXBlIjoicHJveHkifQ',
      username: null,
      phoneNumber: null,
      label: null,
      publicMetadata: { teamId: 't_1', plan_tier: 'pro' },
    });
    expect(account?.externalId).toBe('109876543210987654321');
    const verification = account?.verification;
    expect(verification).toBeInstanceOf(Verification);
    expect(verification?.externalVerificationRedirectUrl).toBe('https://accounts.google.com/o/oauth2/auth?state=abc');
    expect(verification?.externalVerificationRedirectURL).toBeInstanceOf(URL);
    expect(verification?.externalVerificationRedirectURL?.hostname).toBe('accounts.google.com');
    expect(verification?.error).toBeNull();
  });

  it('maps SAML and enterprise accounts with their connections', () => {
    const saml = user.samlAccounts[0];
    expect(saml).toBeInstanceOf(SamlAccount);
    expect(saml).toMatchObject({ id: 'samlacc_2okta01', provider: 'saml_okta', providerUserId: '00u1okta', publicMetadata: { department: 'R&D' } });
    expect(saml?.samlConnection).toBeInstanceOf(SamlAccountConnection);
    expect(saml?.samlConnection).toMatchObject({ id: 'samlc_2okta', domains: ['corp.example'], domain: null, allowIdpInitiated: true });

    const enterprise = user.enterpriseAccounts[0];
    expect(enterprise).toBeInstanceOf(EnterpriseAccount);
    expect(enterprise).toMatchObject({ protocol: 'oauth', enterpriseConnectionId: 'ec_2corp', lastAuthenticatedAt: 1717000100000 });
    expect(enterprise?.enterpriseConnection).toBeInstanceOf(EnterpriseAccountConnection);
    expect(enterprise?.enterpriseConnection).toMatchObject({ name: 'Corp OIDC', logoPublicUrl: null, allowSubdomains: true });
    expect(enterprise?.verification).toMatchObject({ status: 'failed', strategy: 'oauth_custom_corp', attempts: 2 });
    // The error's meta is the API's own map and is kept as sent.
    expect(enterprise?.verification?.error).toEqual({
      code: 'oauth_access_denied',
      message: 'Access denied',
      longMessage: 'The user denied access to the application.',
      meta: { provider_error: 'access_denied' },
    });
  });

  it('finds the primary identifiers and builds the full name', () => {
    expect(user.primaryEmailAddress).toBe(user.emailAddresses[0]);
    expect(user.primaryPhoneNumber).toBe(user.phoneNumbers[0]);
    expect(user.primaryWeb3Wallet).toBe(user.web3Wallets[0]);
    expect(user.fullName).toBe('Ada Lovelace');
  });

  it('picks the primary email by id, not by position', () => {
    const switched = User.fromJSON({ ...json, primary_email_address_id: 'idn_2ada02' });
    expect(switched.primaryEmailAddress?.emailAddress).toBe('ada.work@example.org');
  });

  it('gives nulls and empty arrays for a bare user', () => {
    const bare = User.fromJSON(minimalJson);
    expect(bare).toMatchObject({
      externalId: null,
      locale: null,
      profileImageUrl: null,
      passwordLastUpdatedAt: null,
      deprovisioned: null,
      createOrganizationsLimit: null,
      bypassClientTrust: null,
      scim: null,
      organizationMemberships: [],
    });
    expect(bare.primaryEmailAddress).toBeNull();
    expect(bare.primaryPhoneNumber).toBeNull();
    expect(bare.primaryWeb3Wallet).toBeNull();
    expect(bare.fullName).toBeNull();
  });

  it('returns null for a primary id that matches no identifier', () => {
    const dangling = User.fromJSON({ ...json, primary_phone_number_id: 'idn_gone', primary_web3_wallet_id: 'idn_gone' });
    expect(dangling.primaryPhoneNumber).toBeNull();
    expect(dangling.primaryWeb3Wallet).toBeNull();
  });

  it('builds the full name from whichever part exists', () => {
    expect(User.fromJSON({ ...minimalJson, first_name: 'Grace' }).fullName).toBe('Grace');
    expect(User.fromJSON({ ...minimalJson, last_name: 'Hopper' }).fullName).toBe('Hopper');
    expect(User.fromJSON({ ...minimalJson, first_name: '', last_name: '' }).fullName).toBeNull();
  });

  it('tolerates missing identifier arrays and maps embedded memberships', () => {
    const { email_addresses: _e, phone_numbers: _p, ...rest } = json;
    const withMemberships = User.fromJSON({ ...rest, organization_memberships: [membershipJson] });
    expect(withMemberships.emailAddresses).toEqual([]);
    expect(withMemberships.phoneNumbers).toEqual([]);
    expect(withMemberships.primaryEmailAddress).toBeNull();
    expect(withMemberships.organizationMemberships[0]).toBeInstanceOf(OrganizationMembership);
    expect(withMemberships.organizationMemberships[0]).toMatchObject({ id: 'orgmem_2ada_acme', role: 'org:admin' });
  });
});
