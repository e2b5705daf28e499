import { describe, expect, it } from 'vitest';
import { ClerkAPIResponseError } from '../../src/index';
import { SvixURL } from '../../src/models/SvixURL';
import { captureBody, clerkApi, fixture, rejectionOf, testClient } from '../helpers/nock';

const svix = fixture('webhooks/svix-url');

describe('webhooks.createSvixApp', () => {
  it('posts without a body and maps the dashboard link', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/webhooks/svix', sent.match).reply(200, svix);
    const result = await testClient().webhooks.createSvixApp();
    expect(sent.body).toBe('');
    expect(result).toBeInstanceOf(SvixURL);
    expect(result.svixUrl).toBe('https://app.svix.com/login#key=eyJhcHBJZCI6ImFwcF8yeEs');
    expect(result.raw).toEqual(svix);
  });

  it('rejects with the API error on 400', async () => {
    clerkApi()
      .post('/v1/webhooks/svix')
      .reply(400, { errors: [{ code: 'svix_app_exists', message: 'exists', long_message: 'A Svix app already exists for this instance.' }] });
    const error = await rejectionOf(testClient().webhooks.createSvixApp());
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(400);
    expect(error.errors[0].code).toBe('svix_app_exists');
  });
});

describe('webhooks.generateSvixAuthURL', () => {
  it('posts to svix_url and maps the link', async () => {
    clerkApi().post('/v1/webhooks/svix_url').reply(200, { svix_url: 'https://app.svix.com/login#key=fresh' });
    const result = await testClient().webhooks.generateSvixAuthURL();
    expect(result).toBeInstanceOf(SvixURL);
    expect(result.svixUrl).toBe('https://app.svix.com/login#key=fresh');
  });
});

describe('webhooks.deleteSvixApp', () => {
  it('sends DELETE and resolves to undefined on 204', async () => {
    clerkApi().delete('/v1/webhooks/svix').reply(204);
    await expect(testClient().webhooks.deleteSvixApp()).resolves.toBeUndefined();
  });
});
