import { describe, expect, it } from 'vitest';
import { ClerkAPIResponseError } from '../../src/index';
import { Instance } from '../../src/models/Instance';
import { InstanceCommunication } from '../../src/models/InstanceCommunication';
import { InstanceProtect } from '../../src/models/InstanceProtect';
import { InstanceRestrictions } from '../../src/models/InstanceRestrictions';
import { OAuthApplicationSettings } from '../../src/models/OAuthApplicationSettings';
import { OrganizationSettings } from '../../src/models/OrganizationSettings';
import { captureBody, clerkApi, fixture, rejectionOf, testClient } from '../helpers/nock';

const instance = fixture('instance/get');
const restrictions = fixture('instance/update-restrictions');
const protect = fixture('instance/protect');
const communication = fixture('instance/communication');
const oauthSettings = fixture('instance/oauth-application-settings');
const orgSettings = fixture('instance/organization-settings');

describe('instance.get', () => {
  it('reads the instance', async () => {
    clerkApi().get('/v1/instance').reply(200, instance);
    const result = await testClient().instance.get();
    expect(result).toBeInstanceOf(Instance);
    expect(result).toMatchObject({
      id: 'ins_2xJ8qR4sT6uV8wX0yZ2aB4c',
      environmentType: 'production',
      allowedOrigins: ['chrome-extension://abcdefghijklmnop', 'capacitor://localhost'],
      workspaceId: null,
    });
    expect(result.raw).toEqual(instance);
  });
});

describe('instance.update', () => {
  it('patches snake_case settings, keeps null and false, and resolves to undefined on 204', async () => {
    const sent = captureBody();
    clerkApi().patch('/v1/instance', sent.match).matchHeader('content-type', 'application/json').reply(204);
    const result = await testClient().instance.update({
      testMode: false,
      hibp: true,
      supportEmail: 'help@example.com',
      clerkJsVersion: '5',
      developmentOrigin: null,
      allowedOrigins: ['capacitor://localhost'],
      urlBasedSessionSyncing: true,
      preferredSignInStrategyWhenPasswordRequired: 'otp',
    });
    expect(result).toBeUndefined();
    expect(sent.body).toEqual({
      test_mode: false,
      hibp: true,
      support_email: 'help@example.com',
      clerk_js_version: '5',
      development_origin: null,
      allowed_origins: ['capacitor://localhost'],
      url_based_session_syncing: true,
      preferred_sign_in_strategy_when_password_required: 'otp',
    });
  });

  it('rejects with the API error on 422', async () => {
    clerkApi()
      .patch('/v1/instance')
      .reply(422, {
        errors: [
          {
            code: 'form_param_format_invalid',
            message: 'invalid',
            long_message: 'support_email must be an email address.',
            meta: { param_name: 'support_email' },
          },
        ],
      });
    const error = await rejectionOf(testClient().instance.update({ supportEmail: 'nope' }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(422);
    expect(error.errors[0]).toMatchObject({ code: 'form_param_format_invalid', meta: { paramName: 'support_email' } });
  });
});

describe('instance.updateRestrictions', () => {
  it('patches the restrictions and maps the result', async () => {
    const sent = captureBody();
    clerkApi().patch('/v1/instance/restrictions', sent.match).reply(200, restrictions);
    const result = await testClient().instance.updateRestrictions({ allowlist: true, blockEmailSubaddresses: true, allowlistBlocklistDisabledOnSignIn: false });
    expect(sent.body).toEqual({ allowlist: true, block_email_subaddresses: true, allowlist_blocklist_disabled_on_sign_in: false });
    expect(result).toBeInstanceOf(InstanceRestrictions);
    expect(result).toEqual(
      expect.objectContaining({
        allowlist: true,
        blocklist: false,
        allowlistBlocklistDisabledOnSignIn: false,
        blockEmailSubaddresses: true,
        blockDisposableEmailDomains: true,
      }),
    );
  });

  it('rejects with the API error on 402', async () => {
    clerkApi()
      .patch('/v1/instance/restrictions')
      .reply(402, { errors: [{ code: 'feature_not_enabled', message: 'payment required', long_message: 'This feature is not included in your plan.' }] });
    const error = await rejectionOf(testClient().instance.updateRestrictions({ blocklist: true }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(402);
  });
});

describe('instance protect settings', () => {
  it('getProtect reads them', async () => {
    clerkApi().get('/v1/instance/protect').reply(200, protect);
    const result = await testClient().instance.getProtect();
    expect(result).toBeInstanceOf(InstanceProtect);
    expect(result).toMatchObject({ rulesEnabled: true, specterEnabled: false, checksBypassed: false });
  });

  it('updateProtect patches them', async () => {
    const sent = captureBody();
    clerkApi()
      .patch('/v1/instance/protect', sent.match)
      .reply(200, { ...protect, specter_enabled: true });
    const result = await testClient().instance.updateProtect({ specterEnabled: true, rulesEnabled: null });
    expect(sent.body).toEqual({ specter_enabled: true, rules_enabled: null });
    expect(result.specterEnabled).toBe(true);
  });
});

describe('instance communication settings', () => {
  it('getCommunication reads the SMS country blocklist', async () => {
    clerkApi().get('/v1/instance/communication').reply(200, communication);
    const result = await testClient().instance.getCommunication();
    expect(result).toBeInstanceOf(InstanceCommunication);
    expect(result.blockedCountryCodes).toEqual(['KP', 'IR']);
  });

  it('updateCommunication replaces the list', async () => {
    const sent = captureBody();
    clerkApi()
      .patch('/v1/instance/communication', sent.match)
      .reply(200, { ...communication, blocked_country_codes: ['RU'] });
    const result = await testClient().instance.updateCommunication({ blockedCountryCodes: ['RU'] });
    expect(sent.body).toEqual({ blocked_country_codes: ['RU'] });
    expect(result.blockedCountryCodes).toEqual(['RU']);
  });
});

describe('instance OAuth application settings', () => {
  it('getOAuthApplicationSettings reads them', async () => {
    clerkApi().get('/v1/instance/oauth_application_settings').reply(200, oauthSettings);
    const result = await testClient().instance.getOAuthApplicationSettings();
    expect(result).toBeInstanceOf(OAuthApplicationSettings);
    expect(result).toMatchObject({
      dynamicOauthClientRegistration: true,
      defaultScopes: ['openid', 'email', 'profile'],
      oauthJwtAccessTokens: false,
      clientIdMetadataDocumentsAdvertised: true,
      clientIdMetadataDocumentsOnlyAllowPreRegisteredClients: false,
      clientIdMetadataDocumentsBlockImplicitlyAllowedClients: false,
    });
  });

  it('updateOAuthApplicationSettings sends null to reset the default scopes', async () => {
    const sent = captureBody();
    clerkApi()
      .patch('/v1/instance/oauth_application_settings', sent.match)
      .reply(200, { ...oauthSettings, default_scopes: null });
    const result = await testClient().instance.updateOAuthApplicationSettings({
      defaultScopes: null,
      clientIdMetadataDocumentsOnlyAllowPreRegisteredClients: true,
    });
    expect(sent.body).toEqual({ default_scopes: null, client_id_metadata_documents_only_allow_pre_registered_clients: true });
    expect(result.defaultScopes).toBeNull();
  });
});

describe('instance organization settings', () => {
  it('getOrganizationSettings reads them', async () => {
    clerkApi().get('/v1/instance/organization_settings').reply(200, orgSettings);
    const result = await testClient().instance.getOrganizationSettings();
    expect(result).toBeInstanceOf(OrganizationSettings);
    expect(result).toMatchObject({
      enabled: true,
      maxAllowedMemberships: 25,
      maxAllowedRoles: 10,
      maxRoleSetsAllowed: 3,
      maxAllowedDomains: 5,
      maxAllowedPermissions: null,
      creatorRole: 'org:admin',
      domainsEnrollmentModes: ['automatic_invitation', 'automatic_suggestion'],
      domainsDefaultRole: 'org:member',
      initialRoleSetKey: null,
      slugDisabled: false,
    });
  });

  it('updateOrganizationSettings patches snake_case fields', async () => {
    const sent = captureBody();
    clerkApi().patch('/v1/instance/organization_settings', sent.match).reply(200, orgSettings);
    const result = await testClient().instance.updateOrganizationSettings({
      enabled: true,
      maxAllowedMemberships: 25,
      domainsEnrollmentModes: ['automatic_invitation'],
      creatorRoleId: 'role_2xJadmin',
      domainsDefaultRoleId: 'role_2xJmember',
    });
    expect(sent.body).toEqual({
      enabled: true,
      max_allowed_memberships: 25,
      domains_enrollment_modes: ['automatic_invitation'],
      creator_role_id: 'role_2xJadmin',
      domains_default_role_id: 'role_2xJmember',
    });
    expect(result).toBeInstanceOf(OrganizationSettings);
  });
});
