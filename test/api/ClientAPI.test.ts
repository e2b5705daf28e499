import { describe, expect, it } from 'vitest';
import { Client, ClerkAPIResponseError, Session } from '../../src/index';
import { captureBody, clerkApi, fixture, rejectionOf, testClient } from '../helpers/nock';

const client = fixture('clients/client');

describe('clients.getClientList', () => {
  it('asks for a paginated list (v4 call with no arguments) and maps items with the total', async () => {
    clerkApi()
      .get('/v1/clients')
      .query({ paginated: 'true' })
      .reply(200, { data: [client], total_count: 41 });
    const list = await testClient().clients.getClientList();
    expect(list).toHaveLength(1);
    expect(list.totalCount).toBe(41);
    expect(list[0]).toBeInstanceOf(Client);
    expect(list[0]?.sessions[0]).toBeInstanceOf(Session);
  });

  it('passes limit and offset through', async () => {
    clerkApi().get('/v1/clients').query({ limit: '20', offset: '40', paginated: 'true' }).reply(200, { data: [], total_count: 41 });
    const list = await testClient().clients.getClientList({ limit: 20, offset: 40 });
    expect(list).toHaveLength(0);
    expect(list.totalCount).toBe(41);
  });

  it('rejects with the API error on 410 once the listing is switched off', async () => {
    clerkApi()
      .get('/v1/clients')
      .query({ paginated: 'true' })
      .reply(410, { errors: [{ code: 'gone', message: 'gone', long_message: 'This endpoint is no longer available.' }] });
    const error = await rejectionOf(testClient().clients.getClientList());
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(410);
    expect(error.errors[0].code).toBe('gone');
  });
});

describe('clients.getClient', () => {
  it('gets by encoded id and maps fields', async () => {
    clerkApi().get('/v1/clients/client_a%2Fb').reply(200, client);
    const result = await testClient().clients.getClient('client_a/b');
    expect(result).toBeInstanceOf(Client);
    expect(result).toMatchObject({
      id: client.id,
      sessionIds: client.session_ids,
      lastActiveSessionId: client.last_active_session_id,
      lastAuthenticationStrategy: 'oauth_google',
      signInId: null,
      signUpId: null,
      createdAt: 1716899000000,
    });
    expect(result.sessions[0]).toMatchObject({ id: client.sessions[0].id, status: 'active' });
  });

  it('rejects with the API error on 404', async () => {
    clerkApi()
      .get('/v1/clients/client_missing')
      .reply(404, { errors: [{ code: 'resource_not_found', message: 'not found', long_message: 'Client not found' }] });
    const error = await rejectionOf(testClient().clients.getClient('client_missing'));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(404);
    expect(error.errors[0].code).toBe('resource_not_found');
  });
});

describe('clients.verifyClient', () => {
  it('posts { token } and maps the client', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/clients/verify', sent.match).matchHeader('content-type', 'application/json').reply(200, client);
    const result = await testClient().clients.verifyClient('eyJ.client.token');
    expect(sent.body).toEqual({ token: 'eyJ.client.token' });
    expect(result).toBeInstanceOf(Client);
    expect(result.id).toBe(client.id);
  });
});
