import { describe, expect, it } from 'vitest';
import { ClerkAPIResponseError } from '../../src/index';
import { IdPOAuthAccessToken } from '../../src/models/IdPOAuthAccessToken';
import { InactiveIdPOAuthAccessToken } from '../../src/models/InactiveIdPOAuthAccessToken';
import { captureBody, clerkApi, fixture, rejectionOf, testClient } from '../helpers/nock';

const f = (name: string) => fixture(`idp-oauth-access-tokens/${name}`);
const USER = 'user_2kZ7aQ1mN5bC8dE3fG6hJ9kL0pR';

describe('idPOAuthAccessToken.verify', () => {
  it('POSTs access_token to the path without /v1 and maps an active token', async () => {
    const sent = captureBody();
    clerkApi().post('/oauth_applications/access_tokens/verify', sent.match).reply(200, f('verify-oauth-access-token'));
    const token = await testClient().idPOAuthAccessToken.verify('oat_opaque_value');
    expect(sent.body).toEqual({ access_token: 'oat_opaque_value' });
    expect(token).toBeInstanceOf(IdPOAuthAccessToken);
    expect(token.active).toBe(true);
    if (!token.active) throw new Error('expected an active token');
    expect(token).toMatchObject({
      id: 'oat_5e1c9a3f7b2d4e8a6c0f1b3d5e7a9c2f',
      clientId: 'client_2mQx7YhT3kVb9NcR1sLp5FwZ8dE',
      subject: USER,
      scopes: ['profile', 'email'],
      revoked: false,
      revocationReason: null,
      expired: false,
      expiration: 1718903600000,
      createdAt: 1718900000000,
    });
  });

  it('resolves to an InactiveIdPOAuthAccessToken when the API answers { active: false }', async () => {
    clerkApi().post('/oauth_applications/access_tokens/verify').reply(200, f('verify-oauth-access-token-inactive'));
    const token = await testClient().idPOAuthAccessToken.verify('eyJhbGciOiJSUzI1NiJ9.e30.sig');
    expect(token).toBeInstanceOf(InactiveIdPOAuthAccessToken);
    expect(token.active).toBe(false);
    expect(token.raw).toEqual({ active: false });
  });

  it('rejects without a request for an empty token', async () => {
    const error = await rejectionOf(testClient().idPOAuthAccessToken.verify(''));
    expect(error.code).toBe('invalid_argument');
  });

  it('rejects with the bapi-proxy error body on 404', async () => {
    clerkApi()
      .post('/oauth_applications/access_tokens/verify')
      .reply(404, { errors: [{ message: 'not found', long_message: 'OAuth access token not found', code: 'resource_not_found' }] });
    const error = await rejectionOf(testClient().idPOAuthAccessToken.verify('oat_unknown'));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(404);
    expect(error.errors[0]).toEqual({ code: 'resource_not_found', message: 'not found', longMessage: 'OAuth access token not found', meta: {} });
  });
});
