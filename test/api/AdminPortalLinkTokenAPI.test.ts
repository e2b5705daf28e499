import { describe, expect, it } from 'vitest';
import { ClerkAPIResponseError } from '../../src/index';
import { AdminPortalLinkToken } from '../../src/models/AdminPortalLinkToken';
import { captureBody, clerkApi, fixture, rejectionOf, testClient } from '../helpers/nock';

const created = fixture('admin-portal-link-tokens/created');
const revoked = fixture('admin-portal-link-tokens/revoked');

describe('adminPortalLinkTokens.createAdminPortalLinkToken', () => {
  it('posts outside /v1, accepts the 201 answer and maps the token', async () => {
    const sent = captureBody();
    clerkApi().post('/admin_portal_link_tokens', sent.match).matchHeader('content-type', 'application/json').reply(201, created);
    const token = await testClient().adminPortalLinkTokens.createAdminPortalLinkToken({
      organizationId: 'org_2xJ9kRq0YbN4vT7wLm3sP8dHf1B',
      itContactId: 'it-contact-17',
      scopes: ['admin_portal:sso'],
      secondsUntilExpiration: 600,
    });
    expect(sent.body).toEqual({
      organization_id: 'org_2xJ9kRq0YbN4vT7wLm3sP8dHf1B',
      it_contact_id: 'it-contact-17',
      scopes: ['admin_portal:sso'],
      seconds_until_expiration: 600,
    });
    expect(token).toBeInstanceOf(AdminPortalLinkToken);
    expect(token).toMatchObject({
      id: 'aplt_3beecc9c60adb5f9b850e91a83beecc9',
      adminPortalLinkId: 'apl_2xQ6gHi7JkL8mNo9PqR0sTu1VwX',
      instanceId: 'ins_2xR7hIj8KlM9nOp0QrS1tUv2WxY',
      organizationId: 'org_2xJ9kRq0YbN4vT7wLm3sP8dHf1B',
      itContactId: 'it-contact-17',
      scopes: ['admin_portal:sso'],
      token: 'aplt_7c1f0e2d3b4a59687f6e5d4c3b2a1908',
      revoked: false,
      revocationReason: null,
      expired: false,
      expiration: 1716903600000,
      createdAt: 1716900000000,
      updatedAt: 1716900000000,
    });
    expect(token.raw).toEqual(created);
  });

  it('still sends a JSON body when called without params (the documented one-hour lifetime)', async () => {
    const sent = captureBody();
    clerkApi().post('/admin_portal_link_tokens', sent.match).matchHeader('content-type', 'application/json').reply(201, created);
    await testClient().adminPortalLinkTokens.createAdminPortalLinkToken();
    expect(sent.body).toEqual({ seconds_until_expiration: 3600 });
  });

  it('rejects with the proxy error envelope on 400', async () => {
    clerkApi()
      .post('/admin_portal_link_tokens')
      .reply(400, { errors: [{ code: 'form_param_format_invalid', message: 'invalid', long_message: 'organization_id is malformed.' }] });
    const error = await rejectionOf(testClient().adminPortalLinkTokens.createAdminPortalLinkToken({ organizationId: 'nope' }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(400);
    expect(error.errors[0]).toMatchObject({ code: 'form_param_format_invalid', longMessage: 'organization_id is malformed.', meta: {} });
    expect(error.clerkTraceId).toBeUndefined();
  });
});

describe('adminPortalLinkTokens.revokeAdminPortalLinkToken', () => {
  it('posts the reason outside /v1 and maps the revoked token without its secret', async () => {
    const sent = captureBody();
    clerkApi().post('/admin_portal_link_tokens/aplt_3beecc9c60adb5f9b850e91a83beecc9/revoke', sent.match).reply(200, revoked);
    const token = await testClient().adminPortalLinkTokens.revokeAdminPortalLinkToken('aplt_3beecc9c60adb5f9b850e91a83beecc9', {
      revocationReason: 'Contact left the company',
    });
    expect(sent.body).toEqual({ revocation_reason: 'Contact left the company' });
    expect(token).toMatchObject({
      revoked: true,
      revocationReason: 'Contact left the company',
      token: null,
      organizationId: null,
      itContactId: null,
      scopes: null,
      expiration: null,
      updatedAt: 1716901800000,
    });
  });

  it('sends an explicit null reason when none is given, so the required body is not empty', async () => {
    const sent = captureBody();
    clerkApi().post('/admin_portal_link_tokens/aplt_1/revoke', sent.match).matchHeader('content-type', 'application/json').reply(200, revoked);
    await testClient().adminPortalLinkTokens.revokeAdminPortalLinkToken('aplt_1');
    expect(sent.body).toEqual({ revocation_reason: null });
  });

  it('rejects with the API error on 404 and without a request for an empty id', async () => {
    clerkApi()
      .post('/admin_portal_link_tokens/aplt_missing/revoke')
      .reply(404, { errors: [{ code: 'resource_not_found', message: 'not found', long_message: 'Admin portal link token not found.' }] });
    const error = await rejectionOf(testClient().adminPortalLinkTokens.revokeAdminPortalLinkToken('aplt_missing'));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(404);
    const invalid = await rejectionOf(testClient().adminPortalLinkTokens.revokeAdminPortalLinkToken(''));
    expect(invalid.code).toBe('invalid_argument');
  });
});
