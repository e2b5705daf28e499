import { describe, expect, it } from 'vitest';
import { ClerkAPIResponseError } from '../../src/index';
import { ProxyCheck } from '../../src/models/ProxyCheck';
import { captureBody, clerkApi, fixture, rejectionOf, testClient } from '../helpers/nock';

const check = fixture('proxy-checks/verify');

describe('proxyChecks.verify', () => {
  it('posts the domain and proxy URL and maps the check', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/proxy_checks', sent.match).matchHeader('content-type', 'application/json').reply(200, check);
    const result = await testClient().proxyChecks.verify({ domainId: 'dmn_2xJ9uV1wX3yZ5aB7cD9eF1g', proxyUrl: 'https://example.com/__clerk' });
    expect(sent.body).toEqual({ domain_id: 'dmn_2xJ9uV1wX3yZ5aB7cD9eF1g', proxy_url: 'https://example.com/__clerk' });
    expect(result).toBeInstanceOf(ProxyCheck);
    expect(result).toMatchObject({
      id: 'pxc_2xKT7chk0000000000000000',
      domainId: 'dmn_2xJ9uV1wX3yZ5aB7cD9eF1g',
      proxyUrl: 'https://example.com/__clerk',
      successful: true,
      lastRunAt: 1746300000000,
      createdAt: 1746300000000,
      updatedAt: 1746300000000,
    });
  });

  it('rejects with the API error on 422', async () => {
    clerkApi()
      .post('/v1/proxy_checks')
      .reply(422, { errors: [{ code: 'proxy_request_failed', message: 'proxy failed', long_message: 'The proxy did not forward the request to Clerk.' }] });
    const error = await rejectionOf(testClient().proxyChecks.verify({ domainId: 'dmn_1', proxyUrl: 'https://example.com/__clerk' }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(422);
    expect(error.errors[0].longMessage).toBe('The proxy did not forward the request to Clerk.');
  });
});
