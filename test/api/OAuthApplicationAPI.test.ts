import { describe, expect, it } from 'vitest';
import { ClerkAPIResponseError, ClerkSDKError, DeletedObject } from '../../src/index';
import { OAuthApplication } from '../../src/models/OAuthApplication';
import { OAuthApplicationWithSecret } from '../../src/models/OAuthApplicationWithSecret';
import { captureBody, clerkApi, fixture, rejectionOf, testClient } from '../helpers/nock';

const f = (name: string) => fixture(`oauth-applications/${name}`);
const OA = 'oa_2mQx7YhT3kVb9NcR1sLp5FwZ8dE';
const USER = 'user_2kZ7aQ1mN5bC8dE3fG6hJ9kL0pR';

/** nock hands over a body that is not valid UTF-8 as a hex string; read it back byte for byte. */
function decodeNockBody(body: unknown): string {
  if (typeof body !== 'string') return JSON.stringify(body);
  return /^(?:[0-9a-f]{2})+$/.test(body) ? Buffer.from(body, 'hex').toString('latin1') : body;
}

describe('oauthApplications.list', () => {
  it('GETs /v1/oauth_applications with snake_case query and maps the page', async () => {
    clerkApi()
      .get('/v1/oauth_applications')
      .query({ limit: '20', offset: '0', order_by: '-created_at', name_query: 'acme' })
      .reply(200, f('list-oauth-applications'));
    const list = await testClient().oauthApplications.list({ limit: 20, offset: 0, orderBy: '-created_at', nameQuery: 'acme' });
    expect(list).toHaveLength(2);
    expect(list.totalCount).toBe(2);
    expect(list[0]).toBeInstanceOf(OAuthApplication);
    expect(list[0]).toMatchObject({
      id: OA,
      name: 'Acme Analytics',
      clientId: 'Xp4dQ9mWv2LkT7sB',
      clientUri: 'https://analytics.acme.dev',
      clientImageUrl: null,
      consentScreenEnabled: true,
      public: false,
      scopes: 'profile email',
      redirectUris: ['https://analytics.acme.dev/oauth/callback', 'https://staging.analytics.acme.dev/oauth/callback'],
      discoveryUrl: 'https://clerk.acme.dev/.well-known/openid-configuration',
      tokenIntrospectionUrl: 'https://clerk.acme.dev/oauth/token_info',
    });
    expect(list[1]).toMatchObject({ name: 'Partner Portal', public: true, pkceRequired: true, clientUri: null });
    // List items never carry the secret.
    expect(list[0]).not.toHaveProperty('clientSecret');
  });
});

describe('oauthApplications.get', () => {
  it('GETs by encoded id', async () => {
    clerkApi().get('/v1/oauth_applications/oa_1%2F..').reply(200, f('oauth-application'));
    const app = await testClient().oauthApplications.get('oa_1/..');
    expect(app).toBeInstanceOf(OAuthApplication);
    expect(app).toMatchObject({ id: OA, instanceId: 'ins_2kYx3cGf8HqR1mT5vW9zB4nL7pD', createdAt: 1716900000000 });
  });

  it('rejects with the API error on 404', async () => {
    clerkApi()
      .get(`/v1/oauth_applications/${OA}`)
      .reply(404, { errors: [{ code: 'resource_not_found', message: 'not found', long_message: 'OAuth application not found' }] });
    const error = await rejectionOf(testClient().oauthApplications.get(OA));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(404);
    expect(error.errors[0].longMessage).toBe('OAuth application not found');
  });
});

describe('oauthApplications.create', () => {
  it('POSTs snake_case JSON and returns the application with its client secret', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/oauth_applications', sent.match).reply(200, f('create-oauth-application'));
    const app = await testClient().oauthApplications.create({
      name: 'Acme Analytics',
      redirectUris: ['https://analytics.acme.dev/oauth/callback'],
      scopes: 'profile email',
      consentScreenEnabled: true,
      pkceRequired: false,
      public: false,
    });
    expect(sent.body).toEqual({
      name: 'Acme Analytics',
      redirect_uris: ['https://analytics.acme.dev/oauth/callback'],
      scopes: 'profile email',
      consent_screen_enabled: true,
      pkce_required: false,
      public: false,
    });
    expect(app).toBeInstanceOf(OAuthApplicationWithSecret);
    expect(app).toBeInstanceOf(OAuthApplication);
    expect(app.clientSecret).toBe('sk_oauth_Qm3v8Zx1Lp6Tn2Rb9Wc4Yd7F');
    expect(app.raw.client_secret).toBe('sk_oauth_Qm3v8Zx1Lp6Tn2Rb9Wc4Yd7F');
    expect(app.redirectUris).toHaveLength(2);
  });
});

describe('oauthApplications.update', () => {
  it('PATCHes the fields with the id in the path only', async () => {
    const sent = captureBody();
    clerkApi().patch(`/v1/oauth_applications/${OA}`, sent.match).reply(200, f('update-oauth-application'));
    const app = await testClient().oauthApplications.update({ oauthApplicationId: OA, name: 'Acme Insights', scopes: 'profile email public_metadata' });
    expect(sent.body).toEqual({ name: 'Acme Insights', scopes: 'profile email public_metadata' });
    expect(app).toBeInstanceOf(OAuthApplication);
    expect(app).toMatchObject({ name: 'Acme Insights', scopes: 'profile email public_metadata', updatedAt: 1718800000000 });
  });
});

describe('oauthApplications.delete', () => {
  it('DELETEs and returns a DeletedObject', async () => {
    clerkApi().delete(`/v1/oauth_applications/${OA}`).reply(200, f('delete-oauth-application'));
    const deleted = await testClient().oauthApplications.delete(OA);
    expect(deleted).toBeInstanceOf(DeletedObject);
    expect(deleted).toMatchObject({ object: 'oauth_application', id: OA, deleted: true });
  });
});

describe('oauthApplications.updateLogo', () => {
  it('PUTs a multipart body with file and uploader_user_id', async () => {
    let received = '';
    clerkApi()
      .put(`/v1/oauth_applications/${OA}/logo`, (b) => ((received = decodeNockBody(b)), true))
      .matchHeader('content-type', /^multipart\/form-data; boundary=/)
      .reply(200, f('upload-oauth-application-logo'));
    const file = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'logo.png', { type: 'image/png' });
    const app = await testClient().oauthApplications.updateLogo(OA, { file, uploaderUserId: USER });
    expect(received).toMatch(/Content-Disposition: form-data; name="file"; filename="logo.png"\r\nContent-Type: image\/png\r\n\r\n\x89PNG/);
    expect(received).toMatch(new RegExp(`Content-Disposition: form-data; name="uploader_user_id"\\r\\n\\r\\n${USER}\\r\\n`));
    expect(received.match(/Content-Disposition: form-data; name="([^"]+)"/g)).toEqual([
      'Content-Disposition: form-data; name="file"',
      'Content-Disposition: form-data; name="uploader_user_id"',
    ]);
    expect(app).toBeInstanceOf(OAuthApplication);
    expect(app.clientImageUrl).toContain('https://img.clerk.com/');
  });

  it('leaves uploader_user_id out when not given', async () => {
    let received = '';
    clerkApi()
      .put(`/v1/oauth_applications/${OA}/logo`, (b) => ((received = decodeNockBody(b)), true))
      .reply(200, f('upload-oauth-application-logo'));
    await testClient().oauthApplications.updateLogo(OA, { file: new Blob(['GIF89a'], { type: 'image/gif' }) });
    expect(received.match(/Content-Disposition: form-data; name="([^"]+)"/g)).toEqual(['Content-Disposition: form-data; name="file"']);
  });

  it('rejects without a request when file is not a Blob', async () => {
    const error = await rejectionOf(testClient().oauthApplications.updateLogo(OA, { file: 'logo.png' as never }));
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.code).toBe('invalid_argument');
  });
});

describe('oauthApplications.rotateSecret', () => {
  it('POSTs with no body and returns the new secret', async () => {
    let body: unknown = 'unset';
    clerkApi()
      .post(`/v1/oauth_applications/${OA}/rotate_secret`, (b) => ((body = b), true))
      .reply(200, f('rotate-oauth-application-secret'));
    const app = await testClient().oauthApplications.rotateSecret(OA);
    expect(body).toBe('');
    expect(app).toBeInstanceOf(OAuthApplicationWithSecret);
    expect(app.clientSecret).toBe('sk_oauth_Ht5Kw1Ns8Ve3Qa7Xj2Pu6Rb0');
  });
});

describe('oauthApplications.revokeToken', () => {
  it('POSTs the token and resolves to undefined on 204', async () => {
    const sent = captureBody();
    clerkApi().post(`/v1/oauth_applications/${OA}/revoke_token`, sent.match).reply(204);
    const result = await testClient().oauthApplications.revokeToken({ oauthApplicationId: OA, token: 'oat_refresh_9c2e4a' });
    expect(sent.body).toEqual({ token: 'oat_refresh_9c2e4a' });
    expect(result).toBeUndefined();
  });

  it('rejects with the API error on 422', async () => {
    clerkApi()
      .post(`/v1/oauth_applications/${OA}/revoke_token`)
      .reply(422, { errors: [{ code: 'form_param_missing', message: 'token missing', long_message: 'token must be present.' }] });
    const error = await rejectionOf(testClient().oauthApplications.revokeToken({ oauthApplicationId: OA, token: '' }));
    expect(error.status).toBe(422);
  });
});
