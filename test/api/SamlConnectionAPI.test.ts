import { describe, expect, it } from 'vitest';
import { ClerkAPIResponseError } from '../../src/index';
import { DeletedObject } from '../../src/models/DeletedObject';
import { SamlConnection } from '../../src/models/SamlConnection';
import { SamlConnectionAttributeMapping } from '../../src/models/SamlConnectionAttributeMapping';
import { SamlConnectionLoginHint } from '../../src/models/SamlConnectionLoginHint';
import { captureBody, clerkApi, fixture, rejectionOf, testClient } from '../helpers/nock';

const conn = fixture('saml-connections/saml-connection');

describe('samlConnections.getSamlConnectionList', () => {
  it('sends page, filters and repeated organization ids, and maps the items with the total', async () => {
    clerkApi()
      .get('/v1/saml_connections')
      .query({ limit: '5', offset: '10', query: 'acme', order_by: '-created_at', organization_id: ['org_a', '-org_b'] })
      .reply(200, { data: [conn], total_count: 11 });
    const list = await testClient().samlConnections.getSamlConnectionList({
      limit: 5,
      offset: 10,
      query: 'acme',
      orderBy: '-created_at',
      organizationId: ['org_a', '-org_b'],
    });
    expect(list.totalCount).toBe(11);
    expect(list).toHaveLength(1);
    expect(list[0]).toBeInstanceOf(SamlConnection);
    expect(list[0]?.id).toBe(conn.id);
  });

  it('sends no query when called without params', async () => {
    clerkApi().get('/v1/saml_connections').reply(200, { data: [], total_count: 0 });
    const list = await testClient().samlConnections.getSamlConnectionList();
    expect(list).toEqual([]);
    expect(list.totalCount).toBe(0);
  });
});

describe('samlConnections.createSamlConnection', () => {
  it('deep-converts the nested attribute mapping and login hint', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/saml_connections', sent.match).matchHeader('content-type', 'application/json').reply(200, conn);
    const created = await testClient().samlConnections.createSamlConnection({
      name: 'Acme Okta',
      provider: 'saml_okta',
      domains: ['acme.com', 'acme.io'],
      idpMetadataUrl: 'https://acme.okta.com/app/exk1/sso/saml/metadata',
      organizationId: 'org_2xJ9kRq0YbN4vT7wLm3sP8dHf1B',
      attributeMapping: { userId: 'nameid', emailAddress: 'mail', firstName: 'givenName', lastName: 'sn' },
      forceAuthn: true,
      loginHint: { mode: 'custom_attribute', source: 'okta_login' },
    });
    expect(sent.body).toEqual({
      name: 'Acme Okta',
      provider: 'saml_okta',
      domains: ['acme.com', 'acme.io'],
      idp_metadata_url: 'https://acme.okta.com/app/exk1/sso/saml/metadata',
      organization_id: 'org_2xJ9kRq0YbN4vT7wLm3sP8dHf1B',
      attribute_mapping: { user_id: 'nameid', email_address: 'mail', first_name: 'givenName', last_name: 'sn' },
      force_authn: true,
      login_hint: { mode: 'custom_attribute', source: 'okta_login' },
    });
    expect(created).toBeInstanceOf(SamlConnection);
    expect(created.raw).toEqual(conn);
  });

  it('rejects with the API error on 422', async () => {
    clerkApi()
      .post('/v1/saml_connections')
      .reply(422, {
        errors: [{ code: 'form_param_missing', message: 'missing', long_message: 'domains is required.', meta: { param_name: 'domains' } }],
        clerk_trace_id: 'trace_saml_1',
      });
    const error = await rejectionOf(testClient().samlConnections.createSamlConnection({ name: 'x', provider: 'saml_custom' }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(422);
    expect(error.clerkTraceId).toBe('trace_saml_1');
    expect(error.errors[0]).toMatchObject({ code: 'form_param_missing', longMessage: 'domains is required.', meta: { paramName: 'domains' } });
  });
});

describe('samlConnections.getSamlConnection', () => {
  it('gets by encoded id and maps every field', async () => {
    clerkApi().get('/v1/saml_connections/samlc_1%2F2').reply(200, conn);
    const got = await testClient().samlConnections.getSamlConnection('samlc_1/2');
    expect(got).toBeInstanceOf(SamlConnection);
    expect(got).toMatchObject({
      id: 'samlc_2xJ9kRq0YbN4vT7wLm3sP8dHf1A',
      name: 'Acme Okta',
      domain: 'acme.com',
      domains: ['acme.com', 'acme.io'],
      idpEntityId: 'http://www.okta.com/exk1a2b3c4d5e6f7g8h9',
      idpCertificateIssuedAt: 1704067200000,
      idpCertificateExpiresAt: 2019686400000,
      idpMetadataUrl: null,
      idpMetadata: null,
      acsUrl: conn.acs_url,
      spEntityId: conn.sp_entity_id,
      spMetadataUrl: conn.sp_metadata_url,
      organizationId: 'org_2xJ9kRq0YbN4vT7wLm3sP8dHf1B',
      active: true,
      provider: 'saml_okta',
      userCount: 42,
      syncUserAttributes: true,
      allowSubdomains: false,
      allowIdpInitiated: true,
      disableAdditionalIdentifications: false,
      allowOrganizationAccountLinking: true,
      forceAuthn: false,
      enterpriseConnectionId: 'ent_2xJ9kRq0YbN4vT7wLm3sP8dHf1C',
      authenticatable: true,
      disableJitProvisioning: false,
      createdAt: 1716900000000,
      updatedAt: 1716986400000,
    });
    expect(got.attributeMapping).toBeInstanceOf(SamlConnectionAttributeMapping);
    expect(got.attributeMapping).toMatchObject({ userId: 'nameid', emailAddress: 'mail', firstName: 'givenName', lastName: 'sn' });
    expect(got.loginHint).toBeInstanceOf(SamlConnectionLoginHint);
    expect(got.loginHint).toMatchObject({ mode: 'custom_attribute', source: 'okta_login' });
  });

  it('rejects without a request when the id is empty', async () => {
    const error = await rejectionOf(testClient().samlConnections.getSamlConnection(''));
    expect(error.code).toBe('invalid_argument');
  });

  it('rejects with the API error on 404', async () => {
    clerkApi()
      .get('/v1/saml_connections/samlc_missing')
      .reply(404, { errors: [{ code: 'resource_not_found', message: 'not found', long_message: 'No SAML connection was found.' }] });
    const error = await rejectionOf(testClient().samlConnections.getSamlConnection('samlc_missing'));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(404);
    expect(error.errors[0].code).toBe('resource_not_found');
  });
});

describe('samlConnections.updateSamlConnection', () => {
  it('patches only the given fields, nested keys snake_cased and nulls kept', async () => {
    const sent = captureBody();
    clerkApi()
      .patch('/v1/saml_connections/samlc_1', sent.match)
      .reply(200, { ...conn, active: false, login_hint: { mode: 'off' } });
    const updated = await testClient().samlConnections.updateSamlConnection('samlc_1', {
      active: false,
      allowIdpInitiated: false,
      organizationId: null,
      attributeMapping: { emailAddress: 'email' },
      loginHint: { mode: 'off' },
      consentVerifiedDomainsDeletion: true,
    });
    expect(sent.body).toEqual({
      active: false,
      allow_idp_initiated: false,
      organization_id: null,
      attribute_mapping: { email_address: 'email' },
      login_hint: { mode: 'off' },
      consent_verified_domains_deletion: true,
    });
    expect(updated.active).toBe(false);
    expect(updated.loginHint.mode).toBe('off');
    expect(updated.loginHint.source).toBeNull();
  });
});

describe('samlConnections.deleteSamlConnection', () => {
  it('deletes by id and returns a DeletedObject', async () => {
    clerkApi().delete('/v1/saml_connections/samlc_1').reply(200, { object: 'saml_connection', id: 'samlc_1', deleted: true });
    const deleted = await testClient().samlConnections.deleteSamlConnection('samlc_1');
    expect(deleted).toBeInstanceOf(DeletedObject);
    expect(deleted).toMatchObject({ object: 'saml_connection', id: 'samlc_1', deleted: true });
  });
});

describe('SamlConnection model', () => {
  it('tolerates the optional fields being absent', () => {
    const {
      domain,
      domains,
      attribute_mapping,
      idp_metadata_url,
      idp_metadata,
      organization_id,
      enterprise_connection_id,
      authenticatable,
      disable_jit_provisioning,
      ...rest
    } = conn;
    const model = SamlConnection.fromJSON(rest);
    expect(model.domain).toBeNull();
    expect(model.domains).toEqual([]);
    expect(model.attributeMapping).toBeNull();
    expect(model.organizationId).toBeNull();
    expect(model.enterpriseConnectionId).toBeNull();
    expect(model.authenticatable).toBeNull();
    expect(model.disableJitProvisioning).toBeNull();
    expect(model.raw).toBe(rest);
  });
});
