import { describe, expect, it } from 'vitest';
import { ClerkAPIResponseError } from '../../src/index';
import { CustomAttribute } from '../../src/models/CustomAttribute';
import { DeletedObject } from '../../src/models/DeletedObject';
import { EnterpriseConnection } from '../../src/models/EnterpriseConnection';
import { EnterpriseConnectionOAuthConfig } from '../../src/models/EnterpriseConnectionOAuthConfig';
import { EnterpriseConnectionSaml } from '../../src/models/EnterpriseConnectionSaml';
import { EnterpriseConnectionTestRun } from '../../src/models/EnterpriseConnectionTestRun';
import { EnterpriseConnectionTestRunLog } from '../../src/models/EnterpriseConnectionTestRunLog';
import { EnterpriseConnectionTestRunSaml } from '../../src/models/EnterpriseConnectionTestRunSaml';
import { EnterpriseConnectionTestRunUrl } from '../../src/models/EnterpriseConnectionTestRunUrl';
import { EnterpriseConnectionTestRunUserInfo } from '../../src/models/EnterpriseConnectionTestRunUserInfo';
import { SamlConnectionLoginHint } from '../../src/models/SamlConnectionLoginHint';
import { captureBody, clerkApi, fixture, rejectionOf, testClient } from '../helpers/nock';

const saml = fixture('enterprise-connections/enterprise-connection');
const oidc = fixture('enterprise-connections/enterprise-connection-oidc');
const testRun = fixture('enterprise-connections/test-run');

describe('enterpriseConnections.getEnterpriseConnectionList', () => {
  it('sends page and filters (false included) and maps the items with the total', async () => {
    clerkApi()
      .get('/v1/enterprise_connections')
      .query({ limit: '20', offset: '0', organization_id: 'org_1', active: 'false' })
      .reply(200, { data: [saml, oidc], total_count: 2 });
    const list = await testClient().enterpriseConnections.getEnterpriseConnectionList({
      limit: 20,
      offset: 0,
      organizationId: 'org_1',
      active: false,
    });
    expect(list.totalCount).toBe(2);
    expect(list.map((c) => c.id)).toEqual([saml.id, oidc.id]);
    expect(list[1]).toBeInstanceOf(EnterpriseConnection);
  });
});

describe('enterpriseConnections.createEnterpriseConnection', () => {
  it('accepts the 201 answer and deep-converts saml, oidc and custom attributes', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/enterprise_connections', sent.match).matchHeader('content-type', 'application/json').reply(201, saml);
    const created = await testClient().enterpriseConnections.createEnterpriseConnection({
      name: 'Acme SSO',
      provider: 'saml_custom',
      domains: ['acme.com'],
      organizationId: 'org_2xJ9kRq0YbN4vT7wLm3sP8dHf1B',
      allowOrganizationAccountLinking: true,
      active: true,
      saml: {
        idpEntityId: 'https://sts.acme.com/adfs/services/trust',
        idpSsoUrl: 'https://sts.acme.com/adfs/ls/',
        idpCertificate: 'MIIC...',
        attributeMapping: { userId: 'objectGUID', emailAddress: 'mail', firstName: null },
        allowSubdomains: true,
        forceAuthn: true,
        loginHint: { mode: 'email_address' },
      },
      customAttributes: [{ name: 'Department', key: 'department', ssoPath: 'department', directoryPath: 'dept', multiValued: false }],
    });
    expect(sent.body).toEqual({
      name: 'Acme SSO',
      provider: 'saml_custom',
      domains: ['acme.com'],
      organization_id: 'org_2xJ9kRq0YbN4vT7wLm3sP8dHf1B',
      allow_organization_account_linking: true,
      active: true,
      saml: {
        idp_entity_id: 'https://sts.acme.com/adfs/services/trust',
        idp_sso_url: 'https://sts.acme.com/adfs/ls/',
        idp_certificate: 'MIIC...',
        attribute_mapping: { user_id: 'objectGUID', email_address: 'mail', first_name: null },
        allow_subdomains: true,
        force_authn: true,
        login_hint: { mode: 'email_address' },
      },
      custom_attributes: [{ name: 'Department', key: 'department', sso_path: 'department', directory_path: 'dept', multi_valued: false }],
    });
    expect(created).toBeInstanceOf(EnterpriseConnection);
    expect(created.raw).toEqual(saml);
  });

  it('sends the oidc block with snake_case keys', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/enterprise_connections', sent.match).reply(201, oidc);
    await testClient().enterpriseConnections.createEnterpriseConnection({
      name: 'Globex GitLab',
      provider: 'oidc_gitlab',
      domains: ['globex.example'],
      oidc: {
        clientId: '9f8e7d6c5b4a',
        clientSecret: 's3cret',
        discoveryUrl: 'https://gitlab.globex.example/.well-known/openid-configuration',
        requiresPkce: true,
      },
    });
    expect(sent.body).toEqual({
      name: 'Globex GitLab',
      provider: 'oidc_gitlab',
      domains: ['globex.example'],
      oidc: {
        client_id: '9f8e7d6c5b4a',
        client_secret: 's3cret',
        discovery_url: 'https://gitlab.globex.example/.well-known/openid-configuration',
        requires_pkce: true,
      },
    });
  });

  it('rejects with the API error on 402', async () => {
    clerkApi()
      .post('/v1/enterprise_connections')
      .reply(402, { errors: [{ code: 'payment_required', message: 'payment required', long_message: 'Enterprise SSO needs a paid plan.' }] });
    const error = await rejectionOf(testClient().enterpriseConnections.createEnterpriseConnection({ name: 'x', provider: 'saml_custom', domains: ['x.com'] }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(402);
    expect(error.errors[0]).toMatchObject({ code: 'payment_required', longMessage: 'Enterprise SSO needs a paid plan.' });
  });
});

describe('enterpriseConnections.getEnterpriseConnection', () => {
  it('maps a SAML connection with its nested settings and custom attributes', async () => {
    clerkApi().get('/v1/enterprise_connections/ent_1%3Fx').reply(200, saml);
    const got = await testClient().enterpriseConnections.getEnterpriseConnection('ent_1?x');
    expect(got).toMatchObject({
      id: 'ent_2xJ9kRq0YbN4vT7wLm3sP8dHf1C',
      name: 'Acme SSO',
      provider: 'saml_custom',
      logoPublicUrl: null,
      active: true,
      domains: ['acme.com'],
      organizationId: 'org_2xJ9kRq0YbN4vT7wLm3sP8dHf1B',
      syncUserAttributes: true,
      disableAdditionalIdentifications: false,
      allowOrganizationAccountLinking: true,
      oauthConfig: null,
      authenticatable: true,
      disableJitProvisioning: false,
      createdAt: 1716900000000,
      updatedAt: 1716986400000,
    });
    expect(got.customAttributes).toHaveLength(1);
    expect(got.customAttributes[0]).toBeInstanceOf(CustomAttribute);
    expect(got.customAttributes[0]).toMatchObject({
      name: 'Department',
      key: 'department',
      ssoPath: 'department',
      scimPath: saml.custom_attributes[0].scim_path,
      directoryPath: saml.custom_attributes[0].directory_path,
      multiValued: false,
    });
    expect(got.samlConnection).toBeInstanceOf(EnterpriseConnectionSaml);
    expect(got.samlConnection).toMatchObject({
      id: 'samlc_2xJ9kRq0YbN4vT7wLm3sP8dHf1A',
      idpEntityId: 'https://sts.acme.com/adfs/services/trust',
      idpSsoUrl: 'https://sts.acme.com/adfs/ls/',
      idpMetadataUrl: null,
      acsUrl: saml.saml_connection.acs_url,
      spEntityId: saml.saml_connection.sp_entity_id,
      spMetadataUrl: saml.saml_connection.sp_metadata_url,
      active: true,
      allowIdpInitiated: false,
      allowSubdomains: true,
      forceAuthn: true,
    });
    expect(got.samlConnection?.loginHint).toBeInstanceOf(SamlConnectionLoginHint);
    expect(got.samlConnection?.loginHint?.mode).toBe('email_address');
  });

  it('maps an OIDC connection with its OAuth config', async () => {
    clerkApi().get(`/v1/enterprise_connections/${oidc.id}`).reply(200, oidc);
    const got = await testClient().enterpriseConnections.getEnterpriseConnection(oidc.id);
    expect(got.samlConnection).toBeNull();
    expect(got.customAttributes).toEqual([]);
    expect(got.syncUserAttributes).toBeNull();
    expect(got.oauthConfig).toBeInstanceOf(EnterpriseConnectionOAuthConfig);
    expect(got.oauthConfig).toMatchObject({
      id: 'oac_2xK0aBc1DeF2gHi3JkL4mNo5PqS',
      providerKey: 'oidc_gitlab_ent_globex',
      clientId: '9f8e7d6c5b4a',
      discoveryUrl: oidc.oauth_config.discovery_url,
      authUrl: oidc.oauth_config.auth_url,
      tokenUrl: oidc.oauth_config.token_url,
      userInfoUrl: oidc.oauth_config.user_info_url,
      requiresPkce: true,
      logoPublicUrl: null,
      createdAt: 1716900000000,
    });
  });
});

describe('enterpriseConnections.updateEnterpriseConnection', () => {
  it('patches with nested saml keys converted and nulls kept', async () => {
    const sent = captureBody();
    clerkApi()
      .patch('/v1/enterprise_connections/ent_1', sent.match)
      .reply(200, { ...saml, name: 'Acme' });
    const updated = await testClient().enterpriseConnections.updateEnterpriseConnection('ent_1', {
      name: 'Acme',
      syncUserAttributes: false,
      saml: { name: 'Acme SAML', idpMetadataUrl: null, attributeMapping: { lastName: 'surname' } },
      customAttributes: null,
    });
    expect(sent.body).toEqual({
      name: 'Acme',
      sync_user_attributes: false,
      saml: { name: 'Acme SAML', idp_metadata_url: null, attribute_mapping: { last_name: 'surname' } },
      custom_attributes: null,
    });
    expect(updated.name).toBe('Acme');
  });
});

describe('enterpriseConnections.deleteEnterpriseConnection', () => {
  it('returns a DeletedObject', async () => {
    clerkApi().delete('/v1/enterprise_connections/ent_1').reply(200, { object: 'enterprise_connection', id: 'ent_1', deleted: true });
    const deleted = await testClient().enterpriseConnections.deleteEnterpriseConnection('ent_1');
    expect(deleted).toBeInstanceOf(DeletedObject);
    expect(deleted).toMatchObject({ object: 'enterprise_connection', id: 'ent_1', deleted: true });
  });
});

describe('enterpriseConnections.getEnterpriseConnectionTestRunList', () => {
  it('sends status as repeated keys and maps the runs', async () => {
    clerkApi()
      .get('/v1/enterprise_connections/ent_1/test_runs')
      .query((q) => {
        expect(q).toEqual({ status: ['failed', 'pending'], limit: '5' });
        return true;
      })
      .reply(200, { data: [testRun], total_count: 3 });
    const runs = await testClient().enterpriseConnections.getEnterpriseConnectionTestRunList('ent_1', {
      status: ['failed', 'pending'],
      limit: 5,
    });
    expect(runs.totalCount).toBe(3);
    const run = runs[0] as EnterpriseConnectionTestRun;
    expect(run).toBeInstanceOf(EnterpriseConnectionTestRun);
    expect(run).toMatchObject({ id: testRun.id, status: 'failed', connectionType: 'saml', oauth: null, createdAt: 1716903600000 });
    expect(run.parsedUserInfo).toBeInstanceOf(EnterpriseConnectionTestRunUserInfo);
    expect(run.parsedUserInfo).toMatchObject({ emailAddress: 'ada@acme.com', firstName: 'Ada', lastName: 'Lovelace', userId: '00u1a2b3c4d5e6f7g8h9' });
    expect(run.logs).toHaveLength(2);
    expect(run.logs[0]).toBeInstanceOf(EnterpriseConnectionTestRunLog);
    expect(run.logs[0]).toMatchObject({ level: 'info', code: null, shortMessage: null });
    expect(run.logs[1]).toMatchObject({ level: 'error', code: 'saml_response_invalid_signature', shortMessage: 'Invalid signature' });
    expect(run.saml).toBeInstanceOf(EnterpriseConnectionTestRunSaml);
    expect(run.saml).toMatchObject({ samlRequest: testRun.saml.saml_request, samlResponse: testRun.saml.saml_response, relayState: testRun.id });
  });

  it('sends the raw string pieces of an OIDC run through', async () => {
    const oauthRun = {
      id: 'ectr_2',
      status: 'success',
      connection_type: 'oauth',
      oauth: { id_token: 'eyJ.a.b', access_token: 'at_1', user_info: '{"sub":"1"}' },
      created_at: 1,
    };
    clerkApi()
      .get('/v1/enterprise_connections/ent_1/test_runs')
      .reply(200, { data: [oauthRun], total_count: 1 });
    const [run] = await testClient().enterpriseConnections.getEnterpriseConnectionTestRunList('ent_1');
    expect(run?.oauth).toMatchObject({ idToken: 'eyJ.a.b', accessToken: 'at_1', userInfo: '{"sub":"1"}' });
    expect(run?.logs).toEqual([]);
    expect(run?.parsedUserInfo).toBeNull();
    expect(run?.saml).toBeNull();
  });

  it('rejects with the API error on 404', async () => {
    clerkApi()
      .get('/v1/enterprise_connections/ent_missing/test_runs')
      .reply(404, { errors: [{ code: 'resource_not_found', message: 'not found', long_message: 'Enterprise connection not found.' }] });
    const error = await rejectionOf(testClient().enterpriseConnections.getEnterpriseConnectionTestRunList('ent_missing'));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(404);
  });
});

describe('enterpriseConnections.createEnterpriseConnectionTestRun', () => {
  it('posts without a body and returns the URL', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/enterprise_connections/ent_1/test_runs', sent.match).reply(200, fixture('enterprise-connections/create-test-run'));
    const started = await testClient().enterpriseConnections.createEnterpriseConnectionTestRun('ent_1');
    expect(sent.body).toBe('');
    expect(started).toBeInstanceOf(EnterpriseConnectionTestRunUrl);
    expect(started.url).toBe('https://accounts.acme.com/sso-test?token=ectt_2xL1bCd2EfG3hIj4KlM5nOp6QrS');
  });
});
