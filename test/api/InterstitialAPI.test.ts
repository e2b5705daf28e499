import nock from 'nock';
import { describe, expect, it, vi } from 'vitest';
import { ClerkAPIResponseError, ClerkSDKError, InterstitialAPI, createClerkClient } from '../../src/index';
import type { Requester } from '../../src/core/http';
import { TEST_API_URL, rejectionOf, testClient } from '../helpers/nock';

const html =
  '<!DOCTYPE html><html><head><script src="https://clerk.example.com/npm/@clerk/clerk-js@5/dist/clerk.browser.js"></script></head><body></body></html>';

/** The interstitial is public: the request must carry no Authorization header at all. */
function publicApi(): nock.Scope {
  return nock(TEST_API_URL, { badheaders: ['authorization'] })
    .matchHeader('user-agent', /^@clerk\/clerk-sdk-node@\d+\.\d+\.\d+/)
    .matchHeader('clerk-api-version', '2026-05-12');
}

describe('interstitial.getInterstitial (retired)', () => {
  it('rejects with endpoint_removed and points to the public interstitial', async () => {
    const error = await rejectionOf(testClient().interstitial.getInterstitial());
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.code).toBe('endpoint_removed');
    expect(error.message).toContain('/public/interstitial');
  });

  it('never reaches the requester', async () => {
    const requester: Requester = { request: vi.fn() };
    const error = await rejectionOf(new InterstitialAPI(requester).getInterstitial());
    expect(error.code).toBe('endpoint_removed');
    expect(requester.request).not.toHaveBeenCalled();
  });
});

describe('interstitial.getPublicInterstitial', () => {
  it('sends the query in snake_case without the secret key and resolves to the HTML', async () => {
    publicApi()
      .get('/v1/public/interstitial')
      .query({
        publishable_key: 'pk_test_Y2xlcmsuZXhhbXBsZS5jb20k',
        proxy_url: 'https://example.com/__clerk',
        domain: 'example.com',
        sign_in_url: 'https://example.com/sign-in',
        use_domain_for_script: 'false',
      })
      .reply(200, html, { 'content-type': 'text/html; charset=utf-8' });
    const page = await testClient().interstitial.getPublicInterstitial({
      publishableKey: 'pk_test_Y2xlcmsuZXhhbXBsZS5jb20k',
      proxyUrl: 'https://example.com/__clerk',
      domain: 'example.com',
      signInUrl: 'https://example.com/sign-in',
      useDomainForScript: false,
    });
    expect(page).toBe(html);
  });

  it('works on a client that has no secret key, sending frontendApi as frontend_api', async () => {
    publicApi().get('/v1/public/interstitial').query({ frontend_api: 'clerk.example.com' }).reply(200, html, { 'content-type': 'text/html' });
    const client = createClerkClient({ apiUrl: TEST_API_URL });
    await expect(client.interstitial.getPublicInterstitial({ frontendApi: 'clerk.example.com' })).resolves.toBe(html);
  });

  it('rejects with the API error on 400 (instance not named)', async () => {
    publicApi()
      .get('/v1/public/interstitial')
      .reply(400, { errors: [{ code: 'form_param_missing', message: 'missing', long_message: 'publishable_key or frontend_api is required' }] });
    const error = await rejectionOf(testClient().interstitial.getPublicInterstitial());
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(400);
    expect(error.errors[0].code).toBe('form_param_missing');
  });
});
