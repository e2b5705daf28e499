import { describe, expect, it } from 'vitest';
import { ClerkAPIResponseError } from '../../src/index';
import { ActorToken } from '../../src/models/ActorToken';
import { captureBody, clerkApi, fixture, rejectionOf, testClient } from '../helpers/nock';

const token = fixture('actor-tokens/actor-token');
const revoked = fixture('actor-tokens/revoke-actor-token');

describe('actorTokens.create', () => {
  it('posts snake_case fields, keeps the actor verbatim, and maps the token', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/actor_tokens', sent.match).matchHeader('content-type', 'application/json').reply(200, token);
    const actor = { sub: 'user_2admin9QwErTyUiOp', impersonation_reason: 'Support ticket #4521', supportTeam: { tier_level: 2 } };
    const result = await testClient().actorTokens.create({
      userId: token.user_id,
      actor,
      expiresInSeconds: 600,
      sessionMaxDurationInSeconds: 900,
    });
    expect(sent.body).toEqual({
      user_id: token.user_id,
      actor: { sub: 'user_2admin9QwErTyUiOp', impersonation_reason: 'Support ticket #4521', supportTeam: { tier_level: 2 } },
      expires_in_seconds: 600,
      session_max_duration_in_seconds: 900,
    });
    expect(result).toBeInstanceOf(ActorToken);
    expect(result).toMatchObject({
      id: token.id,
      status: 'pending',
      userId: token.user_id,
      token: token.token,
      url: token.url,
      createdAt: 1716900000000,
      updatedAt: 1716900000000,
    });
    expect(result.actor).toEqual({ sub: 'user_2admin9QwErTyUiOp', impersonation_reason: 'Support ticket #4521', supportTeam: { tier_level: 2 } });
  });

  it('rejects with the API error on 422', async () => {
    clerkApi()
      .post('/v1/actor_tokens')
      .reply(422, { errors: [{ code: 'form_param_missing', message: 'missing', long_message: 'actor.sub is required', meta: { param_name: 'actor' } }] });
    const error = await rejectionOf(testClient().actorTokens.create({ userId: 'user_1', actor: { sub: '' } }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(422);
    expect(error.errors[0]).toMatchObject({ code: 'form_param_missing', meta: { paramName: 'actor' } });
  });
});

describe('actorTokens.revoke', () => {
  it('posts to the encoded /revoke path with no body and maps the revoked token', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/actor_tokens/act_a%2Fb/revoke', sent.match).reply(200, revoked);
    const result = await testClient().actorTokens.revoke('act_a/b');
    expect(sent.body).toBe('');
    expect(result).toBeInstanceOf(ActorToken);
    expect(result).toMatchObject({ status: 'revoked', token: null, url: null, updatedAt: 1716900600000 });
  });

  it('rejects with the API error on 400 (no longer pending)', async () => {
    clerkApi()
      .post(`/v1/actor_tokens/${token.id}/revoke`)
      .reply(400, { errors: [{ code: 'actor_token_cannot_be_revoked', message: 'cannot revoke', long_message: 'Only pending actor tokens can be revoked.' }] });
    const error = await rejectionOf(testClient().actorTokens.revoke(token.id));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(400);
  });

  it('rejects an empty id without sending anything', async () => {
    const error = await rejectionOf(testClient().actorTokens.revoke(''));
    expect(error.code).toBe('invalid_argument');
  });
});
