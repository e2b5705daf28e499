import { describe, expect, it, vi } from 'vitest';
import { ClerkAPIResponseError, ClerkSDKError, Session, SessionActivity, SessionAPI } from '../../src/index';
import type { Requester } from '../../src/core/http';
import { captureBody, clerkApi, fixture, rejectionOf, testClient } from '../helpers/nock';

const session = fixture('sessions/session');
const revoked = fixture('sessions/revoke-session');
const token = fixture('sessions/create-session-token');

describe('sessions.getSessionList', () => {
  it('sends the filters with paginated=true and maps items with the total', async () => {
    clerkApi()
      .get('/v1/sessions')
      .query({ user_id: session.user_id, client_id: session.client_id, status: 'active', paginated: 'true' })
      .reply(200, { data: [session], total_count: 3 });
    const list = await testClient().sessions.getSessionList({ userId: session.user_id, clientId: session.client_id, status: 'active' });
    expect(Array.isArray(list)).toBe(true);
    expect(list).toHaveLength(1);
    expect(list.totalCount).toBe(3);
    expect(list[0]).toBeInstanceOf(Session);
    expect(list[0]).toMatchObject({ id: session.id, userId: session.user_id, status: 'active', lastActiveAt: 1716902400000 });
  });

  it('passes limit and offset through', async () => {
    clerkApi()
      .get('/v1/sessions')
      .query({ user_id: 'user_1', limit: '5', offset: '10', paginated: 'true' })
      .reply(200, { data: [], total_count: 10 });
    const list = await testClient().sessions.getSessionList({ userId: 'user_1', limit: 5, offset: 10 });
    expect(list).toHaveLength(0);
    expect(list.totalCount).toBe(10);
  });

  it('rejects with the API error on 422', async () => {
    clerkApi()
      .get('/v1/sessions')
      .query({ paginated: 'true' })
      .reply(422, {
        errors: [{ code: 'form_param_missing', message: 'missing', long_message: 'Either client_id or user_id is required.', meta: { param_name: 'user_id' } }],
        clerk_trace_id: 'trace_sess_1',
      });
    const error = await rejectionOf(testClient().sessions.getSessionList());
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(422);
    expect(error.errors[0]).toMatchObject({ code: 'form_param_missing', meta: { paramName: 'user_id' } });
    expect(error.clerkTraceId).toBe('trace_sess_1');
  });
});

describe('sessions.getSession', () => {
  it('gets by encoded id and maps the session', async () => {
    clerkApi().get('/v1/sessions/sess_1%2F..%3Fx').reply(200, session);
    const result = await testClient().sessions.getSession('sess_1/..?x');
    expect(result).toBeInstanceOf(Session);
    expect(result.latestActivity).toBeInstanceOf(SessionActivity);
    expect(result).toMatchObject({ id: session.id, clientId: session.client_id, expireAt: 1717507200000, abandonAt: 1719494400000 });
  });

  it('rejects with the API error on 404', async () => {
    clerkApi()
      .get('/v1/sessions/sess_missing')
      .reply(404, { errors: [{ code: 'resource_not_found', message: 'not found', long_message: 'No session was found with id sess_missing' }] });
    const error = await rejectionOf(testClient().sessions.getSession('sess_missing'));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(404);
    expect(error.errors[0].code).toBe('resource_not_found');
    expect(error.message).toContain('No session was found with id sess_missing');
  });

  it('rejects an empty id without sending anything', async () => {
    const error = await rejectionOf(testClient().sessions.getSession(''));
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.code).toBe('invalid_argument');
  });
});

describe('sessions.revokeSession', () => {
  it('posts to /revoke with no body and maps the revoked session', async () => {
    const sent = captureBody();
    clerkApi().post(`/v1/sessions/${session.id}/revoke`, sent.match).reply(200, revoked);
    const result = await testClient().sessions.revokeSession(session.id);
    expect(sent.body).toBe('');
    expect(result).toBeInstanceOf(Session);
    expect(result).toMatchObject({ id: session.id, status: 'revoked', actor: null, latestActivity: null, lastActiveOrganizationId: null, tasks: [] });
  });
});

describe('sessions.getToken', () => {
  it('uses the template route and resolves to the jwt string', async () => {
    const sent = captureBody();
    clerkApi().post(`/v1/sessions/${session.id}/tokens/my%20template`, sent.match).reply(200, token);
    const jwt = await testClient().sessions.getToken(session.id, 'my template');
    expect(typeof jwt).toBe('string');
    expect(jwt).toBe(token.jwt);
    expect(sent.body).toBe('');
  });

  it('uses the plain token route when the template is empty or missing', async () => {
    clerkApi().post(`/v1/sessions/${session.id}/tokens`).twice().reply(200, token);
    await expect(testClient().sessions.getToken(session.id, '')).resolves.toBe(token.jwt);
    await expect(testClient().sessions.getToken(session.id)).resolves.toBe(token.jwt);
  });

  it('sends expires_in_seconds when given', async () => {
    const sent = captureBody();
    clerkApi().post(`/v1/sessions/${session.id}/tokens/hasura`, sent.match).matchHeader('content-type', 'application/json').reply(200, token);
    await testClient().sessions.getToken(session.id, 'hasura', 120);
    expect(sent.body).toEqual({ expires_in_seconds: 120 });
  });

  it('rejects with the API error on 404 (unknown template)', async () => {
    clerkApi()
      .post(`/v1/sessions/${session.id}/tokens/nope`)
      .reply(404, { errors: [{ code: 'resource_not_found', message: 'not found', long_message: 'JWT template nope not found' }] });
    const error = await rejectionOf(testClient().sessions.getToken(session.id, 'nope'));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(404);
  });
});

describe('sessions.verifySession (retired)', () => {
  it('rejects with endpoint_removed and names the alternatives', async () => {
    const error = await rejectionOf(testClient().sessions.verifySession(session.id, token.jwt));
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.code).toBe('endpoint_removed');
    expect(error.message).toContain('JWKS');
    expect(error.message).toContain('sessions.getSession');
  });

  it('never reaches the requester', async () => {
    const requester: Requester = { request: vi.fn() };
    const api = new SessionAPI(requester);
    const error = await rejectionOf(api.verifySession('sess_1', 'tok'));
    expect(error.code).toBe('endpoint_removed');
    expect(requester.request).not.toHaveBeenCalled();
  });
});
