import { describe, expect, it } from 'vitest';
import { ClerkAPIResponseError, DeletedObject, RedirectUrl } from '../../src/index';
import { captureBody, clerkApi, fixture, rejectionOf, testClient } from '../helpers/nock';

const redirectUrl = fixture('redirect-urls/redirect-url');

describe('redirectUrls.getRedirectUrlList', () => {
  it('asks for a paginated list (v4 call with no arguments) and maps items with the total', async () => {
    clerkApi()
      .get('/v1/redirect_urls')
      .query({ paginated: 'true' })
      .reply(200, { data: [redirectUrl], total_count: 4 });
    const list = await testClient().redirectUrls.getRedirectUrlList();
    expect(list).toHaveLength(1);
    expect(list.totalCount).toBe(4);
    expect(list[0]).toBeInstanceOf(RedirectUrl);
    expect(list[0]).toMatchObject({ id: redirectUrl.id, url: 'com.example.app://oauth-callback', createdAt: 1716900000000 });
  });

  it('passes limit and offset through', async () => {
    clerkApi()
      .get('/v1/redirect_urls')
      .query({ limit: '2', offset: '2', paginated: 'true' })
      .reply(200, { data: [redirectUrl], total_count: 3 });
    const list = await testClient().redirectUrls.getRedirectUrlList({ limit: 2, offset: 2 });
    expect(list.totalCount).toBe(3);
  });
});

describe('redirectUrls.getRedirectUrl', () => {
  it('gets by encoded id', async () => {
    clerkApi().get('/v1/redirect_urls/ru_a%2Fb').reply(200, redirectUrl);
    const result = await testClient().redirectUrls.getRedirectUrl('ru_a/b');
    expect(result).toBeInstanceOf(RedirectUrl);
    expect(result).toMatchObject({ id: redirectUrl.id, url: redirectUrl.url, updatedAt: 1716900000000 });
  });

  it('rejects with the API error on 404', async () => {
    clerkApi()
      .get('/v1/redirect_urls/ru_missing')
      .reply(404, { errors: [{ code: 'resource_not_found', message: 'not found', long_message: 'Redirect URL not found' }] });
    const error = await rejectionOf(testClient().redirectUrls.getRedirectUrl('ru_missing'));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(404);
    expect(error.errors[0].code).toBe('resource_not_found');
  });
});

describe('redirectUrls.createRedirectUrl', () => {
  it('posts { url }', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/redirect_urls', sent.match).matchHeader('content-type', 'application/json').reply(200, redirectUrl);
    const created = await testClient().redirectUrls.createRedirectUrl({ url: 'com.example.app://oauth-callback' });
    expect(sent.body).toEqual({ url: 'com.example.app://oauth-callback' });
    expect(created).toBeInstanceOf(RedirectUrl);
    expect(created.raw).toEqual(redirectUrl);
  });
});

describe('redirectUrls.deleteRedirectUrl', () => {
  it('deletes by id and returns a DeletedObject', async () => {
    clerkApi().delete(`/v1/redirect_urls/${redirectUrl.id}`).reply(200, { object: 'redirect_url', id: redirectUrl.id, deleted: true });
    const deleted = await testClient().redirectUrls.deleteRedirectUrl(redirectUrl.id);
    expect(deleted).toBeInstanceOf(DeletedObject);
    expect(deleted).toMatchObject({ object: 'redirect_url', id: redirectUrl.id, deleted: true });
  });
});
