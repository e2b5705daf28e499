import { describe, expect, it } from 'vitest';
import { ClerkAPIResponseError, createClerkClient } from '../../src/index';
import { rejectionOf } from '../helpers/nock';
import { firstError, useEmulator } from './helpers';

const t = useEmulator();

describe('authentication', () => {
  it('answers 401 without a key and with a wrong one', async () => {
    const missing = await t.call('GET', '/users', { key: null });
    expect(missing.status).toBe(401);
    expect(firstError(missing.body)).toMatchObject({ code: 'authorization_header_missing', message: expect.any(String), long_message: expect.any(String) });
    const wrong = await t.call('GET', '/users', { key: 'sk_test_wrong' });
    expect(wrong.status).toBe(401);
    expect(firstError(wrong.body).code).toBe('clerk_key_invalid');
    // Even an unmodelled operation asks for the key first.
    expect((await t.call('GET', '/instance', { key: null })).status).toBe(401);
  });

  it('surfaces a 401 as a typed SDK error', async () => {
    const clerk = createClerkClient({ apiUrl: t.emu.url, secretKey: 'sk_test_not_the_one' });
    const error = await rejectionOf(clerk.users.getUserList());
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(401);
    expect(error.errors[0].code).toBe('clerk_key_invalid');
  });
});

describe('malformed requests', () => {
  it('answers 400 for a body that is not JSON, or not the JSON shape the operation takes', async () => {
    const broken = await t.call('POST', '/users', { raw: '{"email_address": [' });
    expect(broken.status).toBe(400);
    expect(firstError(broken.body).code).toBe('malformed_request');
    const array = await t.call('POST', '/users', { raw: '[1,2]' });
    expect(array.status).toBe(400);
    const notArray = await t.call('POST', '/invitations/bulk', { body: { email_address: 'x@example.com' } });
    expect(notArray.status).toBe(400);
  });

  it('answers 422 for missing, unknown and mistyped parameters', async () => {
    expect(firstError((await t.call('POST', '/redirect_urls', { body: {} })).body)).toMatchObject({
      code: 'form_param_missing',
      meta: { param_name: 'url' },
    });
    expect(firstError((await t.call('POST', '/redirect_urls', { body: { url: 'https://a.example', extra: 1 } })).body)).toMatchObject({
      code: 'form_param_unknown',
      meta: { param_name: 'extra' },
    });
    expect(firstError((await t.call('POST', '/redirect_urls', { body: { url: 42 } })).body)).toMatchObject({
      code: 'form_param_format_invalid',
      meta: { param_name: 'url' },
    });
    expect(firstError((await t.call('GET', '/sessions', { query: { status: 'sleepy' } })).body)).toMatchObject({
      code: 'form_param_value_invalid',
      meta: { param_name: 'status' },
    });
    expect(firstError((await t.call('GET', '/sessions', { query: { paginated: 'yes' } })).body)).toMatchObject({
      code: 'form_param_format_invalid',
      meta: { param_name: 'paginated' },
    });
  });
});

describe('routes', () => {
  it('answers 404 for paths that are not operations', async () => {
    const unknown = await t.call('GET', '/no_such_thing');
    expect(unknown.status).toBe(404);
    expect(firstError(unknown.body).code).toBe('resource_not_found');
    const response = await fetch(`${t.emu.url}/users`, { headers: { authorization: `Bearer ${t.emu.secretKey}` } });
    expect(response.status).toBe(404);
  });

  it('answers 501 naming the operation for every operation it does not model', async () => {
    const response = await t.call('GET', '/instance');
    expect(response.status).toBe(501);
    expect(firstError(response.body)).toMatchObject({
      code: 'operation_not_implemented',
      meta: { operation_id: 'GetInstance' },
      long_message: expect.stringContaining('GetInstance'),
    });
    const withId = await t.call('POST', '/organizations/org_1/domains/orgdmn_1/verify_ownership');
    expect(firstError(withId.body).meta).toEqual({ operation_id: 'VerifyOrganizationDomainOwnership' });
  });

  it('turns a 501 into a typed SDK error, never a fake success', async () => {
    const error = await rejectionOf(t.clerk.clients.verifyClient('some-client-token'));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(501);
    expect(error.errors[0]).toMatchObject({ code: 'operation_not_implemented', meta: { operationId: 'VerifyClient' } });
  });

  it('decodes percent-encoded ids in paths', async () => {
    const user = (await t.call('POST', '/users', { body: { username: 'encoded' } })).body;
    expect((await t.call('GET', `/users/${encodeURIComponent(user.id)}`)).body.id).toBe(user.id);
    expect((await t.call('GET', '/users/user%2F..%2Fx')).status).toBe(404);
  });
});
