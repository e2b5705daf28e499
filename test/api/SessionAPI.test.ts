import { describe, expect, it } from 'vitest';
import { ClerkAPIResponseError, ClerkSDKError, Session, SessionActivity, Token } from '../../src/index';
import { Cookies } from '../../src/models/Cookies';
import { captureBody, clerkApi, fixture, rejectionOf, testClient } from '../helpers/nock';

const session = fixture('sessions/session');
const revoked = fixture('sessions/revoke-session');
const token = fixture('sessions/create-session-token');
const created = fixture('sessions/create-session');
const refreshedToken = fixture('sessions/refresh-session-token');
const refreshedCookies = fixture('sessions/refresh-session-cookies');

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
    clerkApi().get('/v1/sessions').query({ user_id: 'user_1', limit: '5', offset: '10', paginated: 'true' }).reply(200, { data: [], total_count: 10 });
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

describe('sessions.createSession', () => {
  it('posts the user and organization in snake_case and maps the new session', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/sessions', sent.match).matchHeader('content-type', 'application/json').reply(200, created);
    const result = await testClient().sessions.createSession({
      userId: created.user_id,
      activeOrganizationId: created.last_active_organization_id,
    });
    expect(sent.body).toEqual({ user_id: created.user_id, active_organization_id: created.last_active_organization_id });
    expect(result).toBeInstanceOf(Session);
    expect(result).toMatchObject({
      id: 'sess_2jA1bC2dE3fG4hI5jK6lM7nO8pQ',
      userId: created.user_id,
      clientId: created.client_id,
      status: 'active',
      lastActiveOrganizationId: created.last_active_organization_id,
      createdAt: 1716903000000,
      tasks: [],
    });
  });

  it('sends only the user when no organization is given', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/sessions', sent.match).reply(200, created);
    await testClient().sessions.createSession({ userId: 'user_1' });
    expect(sent.body).toEqual({ user_id: 'user_1' });
  });

  it('rejects with the API error on 422 (production instance)', async () => {
    clerkApi()
      .post('/v1/sessions')
      .reply(422, {
        errors: [{ code: 'operation_not_allowed', message: 'not allowed', long_message: 'Sessions can only be created in development instances.' }],
      });
    const error = await rejectionOf(testClient().sessions.createSession({ userId: 'user_1' }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(422);
    expect(error.errors[0].code).toBe('operation_not_allowed');
  });
});

describe('sessions.refreshSession', () => {
  const params = {
    expiredToken: 'eyJ.expired.jwt',
    refreshToken: 'rt_2hZ4kqN7pL1sXbV9',
    requestOrigin: 'https://app.example.com',
  };

  it('posts snake_case fields, keeps header names as given, and resolves to a Token by default', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/sessions/sess_1%2F..%3Fx/refresh', sent.match).matchHeader('content-type', 'application/json').reply(200, refreshedToken);
    const result = await testClient().sessions.refreshSession('sess_1/..?x', {
      ...params,
      requestOriginatingIp: '203.0.113.42',
      requestHeaders: { 'X-Forwarded-For': ['203.0.113.42'], cookie_header: ['__session=abc'] },
    });
    expect(sent.body).toEqual({
      expired_token: 'eyJ.expired.jwt',
      refresh_token: 'rt_2hZ4kqN7pL1sXbV9',
      request_origin: 'https://app.example.com',
      request_originating_ip: '203.0.113.42',
      request_headers: { 'X-Forwarded-For': ['203.0.113.42'], cookie_header: ['__session=abc'] },
    });
    expect(result).toBeInstanceOf(Token);
    expect((result as Token).jwt).toBe(refreshedToken.jwt);
  });

  it('resolves to Cookies when format is cookie, sending suffixed_cookies as a query parameter', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/sessions/sess_1/refresh', sent.match).query({ suffixed_cookies: 'true' }).reply(200, refreshedCookies);
    const result = await testClient().sessions.refreshSession('sess_1', { ...params, format: 'cookie', suffixedCookies: true });
    expect(sent.body).toEqual({
      expired_token: 'eyJ.expired.jwt',
      refresh_token: 'rt_2hZ4kqN7pL1sXbV9',
      request_origin: 'https://app.example.com',
      format: 'cookie',
    });
    expect(result).toBeInstanceOf(Cookies);
    expect(result.cookies).toEqual(refreshedCookies.cookies);
    expect(result.raw).toEqual(refreshedCookies);
  });

  it('moves the snake_case suffixed_cookies flag of @clerk/backend to the query too', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/sessions/sess_1/refresh', sent.match).query({ suffixed_cookies: 'false' }).reply(200, refreshedToken);
    const legacy = { expired_token: 'eyJ.expired.jwt', refresh_token: 'rt_1', request_origin: 'https://app.example.com', suffixed_cookies: false };
    await testClient().sessions.refreshSession('sess_1', legacy as unknown as typeof params);
    expect(sent.body).toEqual({ expired_token: 'eyJ.expired.jwt', refresh_token: 'rt_1', request_origin: 'https://app.example.com' });
  });

  it('rejects with the API error on 401 (fall back to the handshake)', async () => {
    clerkApi()
      .post('/v1/sessions/sess_1/refresh')
      .reply(401, { errors: [{ code: 'authentication_invalid', message: 'invalid', long_message: 'The refresh token is invalid.' }] });
    const error = await rejectionOf(testClient().sessions.refreshSession('sess_1', params));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(401);
    expect(error.errors[0].code).toBe('authentication_invalid');
  });
});
