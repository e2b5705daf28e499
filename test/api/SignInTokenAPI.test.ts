import { describe, expect, it } from 'vitest';
import { ClerkAPIResponseError, SignInToken } from '../../src/index';
import { captureBody, clerkApi, fixture, rejectionOf, testClient } from '../helpers/nock';

const created = fixture('sign-in-tokens/create-sign-in-token');
const revoked = fixture('sign-in-tokens/revoke-sign-in-token');

describe('signInTokens.createSignInToken', () => {
  it('posts snake_case JSON and maps the token', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/sign_in_tokens', sent.match).matchHeader('content-type', 'application/json').reply(200, created);
    const result = await testClient().signInTokens.createSignInToken({ userId: created.user_id, expiresInSeconds: 600 });
    expect(sent.body).toEqual({ user_id: created.user_id, expires_in_seconds: 600 });
    expect(result).toBeInstanceOf(SignInToken);
    expect(result).toMatchObject({
      id: created.id,
      status: 'pending',
      userId: created.user_id,
      token: created.token,
      url: created.url,
      createdAt: 1716900000000,
    });
  });

  it('sends org_id when given', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/sign_in_tokens', sent.match).reply(200, created);
    await testClient().signInTokens.createSignInToken({ userId: 'user_1', orgId: 'org_1' });
    expect(sent.body).toEqual({ user_id: 'user_1', org_id: 'org_1' });
  });

  it('rejects with the API error on 404', async () => {
    clerkApi()
      .post('/v1/sign_in_tokens')
      .reply(404, { errors: [{ code: 'resource_not_found', message: 'not found', long_message: 'User not found' }] });
    const error = await rejectionOf(testClient().signInTokens.createSignInToken({ userId: 'user_missing', expiresInSeconds: 60 }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(404);
    expect(error.errors[0].code).toBe('resource_not_found');
  });
});

describe('signInTokens.revokeSignInToken', () => {
  it('posts to the encoded /revoke path and maps the revoked token', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/sign_in_tokens/sit_a%3Fb/revoke', sent.match).reply(200, revoked);
    const result = await testClient().signInTokens.revokeSignInToken('sit_a?b');
    expect(sent.body).toBe('');
    expect(result).toBeInstanceOf(SignInToken);
    expect(result).toMatchObject({ id: revoked.id, status: 'revoked', token: null, url: null, updatedAt: 1716960000000 });
  });
});
