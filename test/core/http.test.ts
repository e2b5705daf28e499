import nock from 'nock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveConfig } from '../../src/config';
import { buildQuery, createRequester, parseRetryAfter, type RequestSpec } from '../../src/core/http';
import { path } from '../../src/core/path';
import type { ClerkOptions } from '../../src/core/types';
import { ClerkAPIResponseError, ClerkSDKError, createClerkClient, isClerkAPIResponseError, isClerkSDKError } from '../../src/index';
import { captureBody, clerkApi, rejectionOf, TEST_API_URL, TEST_SECRET_KEY } from '../helpers/nock';

function send<T = unknown>(spec: RequestSpec<T>, options: ClerkOptions = {}): Promise<T> {
  const config = resolveConfig({ secretKey: TEST_SECRET_KEY, apiUrl: TEST_API_URL, ...options }, {});
  return createRequester(() => config).request(spec);
}

const notFound = {
  errors: [
    {
      code: 'resource_not_found',
      message: 'not found',
      long_message: 'No user was found with id user_404.',
      meta: { param_name: 'user_id', nested_info: { some_key: 1 } },
    },
  ],
  clerk_trace_id: 'trace_body_123',
};

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('URL and query', () => {
  it('builds apiUrl/apiVersion/path, honouring a custom version prefix', async () => {
    clerkApi().get('/v2/users/user_1').reply(200, { ok: true });
    await expect(send({ method: 'GET', path: path`/users/${'user_1'}` }, { apiVersion: 'v2' })).resolves.toEqual({ ok: true });
  });

  it('leaves out the version prefix where asked (unversioned endpoints)', async () => {
    clerkApi().get('/api_keys').reply(200, []);
    await send({ method: 'GET', path: '/api_keys', versionPrefix: false });
  });

  it('snake_cases keys, repeats array keys, and sends 0 and false', () => {
    expect(
      buildQuery({ emailAddress: ['a@x.io', 'b@x.io'], limit: 0, includeMembersCount: false, orderBy: '-created_at', query: undefined, userId: null }),
    ).toBe('?email_address=a%40x.io&email_address=b%40x.io&limit=0&include_members_count=false&order_by=-created_at');
    expect(buildQuery({})).toBe('');
    expect(buildQuery({ createdAfter: new Date(1700000000000) })).toBe('?created_after=1700000000000');
  });

  it('puts that query on the wire', async () => {
    clerkApi()
      .get('/v1/users')
      .query((q) => {
        expect(q).toEqual({ email_address: ['a@x.io', 'b@x.io'], offset: '0', paginated: 'false' });
        return true;
      })
      .reply(200, []);
    await send({ method: 'GET', path: '/users', query: { emailAddress: ['a@x.io', 'b@x.io'], offset: 0, paginated: false } });
  });
});

describe('bodies', () => {
  it('snake_cases top-level keys only, keeping metadata byte for byte', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/users', sent.match).matchHeader('content-type', 'application/json').reply(200, {});
    await send({
      method: 'POST',
      path: '/users',
      body: { firstName: 'Ada', publicMetadata: { camelKey: 1, snake_key: { innerKey: [{ deepKey: true }] } }, skip: undefined },
    });
    expect(sent.body).toEqual({ first_name: 'Ada', public_metadata: { camelKey: 1, snake_key: { innerKey: [{ deepKey: true }] } } });
  });

  it('converts each element of an array body', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/invitations/bulk', sent.match).reply(200, []);
    await send({ method: 'POST', path: '/invitations/bulk', body: [{ emailAddress: 'a@x.io', publicMetadata: { keepMe: 1 } }] });
    expect(sent.body).toEqual([{ email_address: 'a@x.io', public_metadata: { keepMe: 1 } }]);
  });

  it('sends no body and no content type when the body is empty', async () => {
    clerkApi()
      .post('/v1/sessions/sess_1/revoke', (body) => body === '' || body === undefined)
      .matchHeader('content-type', (value) => value === undefined)
      .reply(200, {});
    await send({ method: 'POST', path: path`/sessions/${'sess_1'}/revoke`, body: {} });
  });

  it('sends multipart form data for uploads', async () => {
    clerkApi()
      .post('/v1/users/user_1/profile_image', (body: string) => body.includes('name="file"') && body.includes('hello-png'))
      .matchHeader('content-type', /^multipart\/form-data; boundary=/)
      .reply(200, {});
    await send({ method: 'POST', path: '/users/user_1/profile_image', formData: { file: new Blob(['hello-png'], { type: 'image/png' }) } });
  });
});

describe('headers', () => {
  it('sends the key, the user agent, the API version, and extra httpOptions headers', async () => {
    clerkApi().get('/v1/jwks').matchHeader('x-extra', 'yes').reply(200, {});
    await send({ method: 'GET', path: '/jwks' }, { httpOptions: { headers: { 'X-Extra': 'yes' } } });
  });

  it('lets the Clerk-API-Version header be overridden', async () => {
    nock(TEST_API_URL).get('/v1/jwks').matchHeader('clerk-api-version', '2025-11-10').reply(200, {});
    await send({ method: 'GET', path: '/jwks' }, { clerkApiVersion: '2025-11-10' });
  });

  it('sends no Authorization header on public endpoints', async () => {
    nock(TEST_API_URL)
      .get('/v1/public/interstitial')
      .matchHeader('authorization', (value) => value === undefined)
      .reply(200, '<html></html>', { 'content-type': 'text/html' });
    const html = await send({ method: 'GET', path: '/public/interstitial', auth: false, responseType: 'text' }, { secretKey: '' });
    expect(html).toBe('<html></html>');
  });
});

describe('successful responses', () => {
  it('returns undefined for 204', async () => {
    clerkApi().patch('/v1/instance').reply(204);
    await expect(send({ method: 'PATCH', path: '/instance', body: { testMode: true } })).resolves.toBeUndefined();
  });

  it('runs the deserializer on the parsed JSON', async () => {
    clerkApi().get('/v1/users/count').reply(200, { object: 'total_count', total_count: 42 });
    await expect(send({ method: 'GET', path: '/users/count', deserialize: (json: { total_count: number }) => json.total_count })).resolves.toBe(42);
  });

  it('fails a 2xx with a body that is not JSON as invalid_response', async () => {
    clerkApi().get('/v1/users/user_1').reply(200, '<html>proxy</html>', { 'content-type': 'text/html' });
    const error = await rejectionOf(send({ method: 'GET', path: '/users/user_1' }));
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.code).toBe('invalid_response');
    expect(error.status).toBe(200);
    expect(error.message).toContain('text/html');
  });
});

describe('API errors', () => {
  it('maps Clerk error bodies: status, errors with camelCase meta, trace id, message', async () => {
    clerkApi().get('/v1/users/user_404').reply(404, notFound, { 'cf-ray': 'ray_header' });
    const error = await rejectionOf(send({ method: 'GET', path: path`/users/${'user_404'}` }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error).toBeInstanceOf(Error);
    expect(isClerkAPIResponseError(error)).toBe(true);
    expect(isClerkSDKError(error)).toBe(false);
    expect(error.status).toBe(404);
    expect(error.clerkTraceId).toBe('trace_body_123');
    expect(error.errors).toEqual([
      {
        code: 'resource_not_found',
        message: 'not found',
        longMessage: 'No user was found with id user_404.',
        meta: { paramName: 'user_id', nestedInfo: { someKey: 1 } },
      },
    ]);
    expect(error.message).toContain('No user was found with id user_404.');
    expect(error.method).toBe('GET');
    expect(error.path).toBe('/users/user_404');
    expect(error.retryAfter).toBeUndefined();
  });

  it('falls back to the cf-ray header for the trace id', async () => {
    clerkApi().get('/v1/users/user_404').reply(404, { errors: notFound.errors }, { 'cf-ray': '8a1b2c3d4e5f-AMS' });
    const error = await rejectionOf(send({ method: 'GET', path: '/users/user_404' }));
    expect(error.clerkTraceId).toBe('8a1b2c3d4e5f-AMS');
  });

  it('reads Retry-After on 429, as seconds or as an HTTP date', async () => {
    clerkApi()
      .get('/v1/users')
      .reply(429, { errors: [{ code: 'too_many_requests', message: 'slow down', long_message: 'Too many requests.' }] }, { 'retry-after': '17' });
    const error = await rejectionOf(send({ method: 'GET', path: '/users' }, { httpOptions: { retry: 0 } }));
    expect(error.status).toBe(429);
    expect(error.retryAfter).toBe(17);
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    expect(parseRetryAfter(inTenSeconds)).toBeGreaterThanOrEqual(9);
    expect(parseRetryAfter(inTenSeconds)).toBeLessThanOrEqual(11);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });

  it('turns a proxy HTML 502 into a ClerkAPIResponseError with status 502, not a SyntaxError', async () => {
    clerkApi().get('/v1/users').reply(502, '<html><body><h1>502 Bad Gateway</h1></body></html>', { 'content-type': 'text/html' });
    const error = await rejectionOf(send({ method: 'GET', path: '/users' }, { httpOptions: { retry: 0 } }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error).not.toBeInstanceOf(SyntaxError);
    expect(error.status).toBe(502);
    expect(error.errors).toEqual([]);
    expect(error.message).toMatch(/502/);
    expect(error.message).toContain('text/html');
  });

  it('survives a JSON-looking body that does not parse', async () => {
    clerkApi().get('/v1/users').reply(500, '{"errors": [', { 'content-type': 'application/json' });
    const error = await rejectionOf(send({ method: 'GET', path: '/users' }, { httpOptions: { retry: 0 } }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(500);
  });

  it('never keeps the secret key on the error', async () => {
    clerkApi().get('/v1/users/user_404').reply(404, notFound);
    const error = await rejectionOf(send({ method: 'GET', path: '/users/user_404' }));
    const everything = JSON.stringify(error) + String(error.stack) + error.message + JSON.stringify(Object.entries(error));
    expect(everything).not.toContain(TEST_SECRET_KEY);
  });
});

describe('transport failures', () => {
  it('wraps a network failure in a typed error', async () => {
    clerkApi().get('/v1/users').replyWithError({ code: 'ECONNRESET', message: 'socket hang up' });
    const error = await rejectionOf(send({ method: 'GET', path: '/users' }, { httpOptions: { retry: 0 } }));
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.code).toBe('network_error');
    expect(error.message).toContain('GET /users');
    expect(error.cause).toBeDefined();
  });

  it('fails with a timeout error when no answer comes in time', async () => {
    clerkApi().get('/v1/users').delay(500).reply(200, []);
    const error = await rejectionOf(send({ method: 'GET', path: '/users' }, { httpOptions: { timeout: 50, retry: 0 } }));
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.code).toBe('timeout');
    expect(error.message).toContain('50 ms');
  });

  it('turns a caller abort into an aborted error whose cause is the signal reason', async () => {
    const controller = new AbortController();
    const reason = new Error('user went away');
    const scope = clerkApi().get('/v1/users').delay(500).reply(200, []);
    scope.on('request', () => controller.abort(reason));
    const error = await rejectionOf(send({ method: 'GET', path: '/users' }, { httpOptions: { signal: controller.signal } }));
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.code).toBe('aborted');
    expect(error.cause).toBe(reason);
  });
});

describe('httpOptions', () => {
  it('retries idempotent requests on retryable statuses only when asked', async () => {
    clerkApi()
      .get('/v1/users')
      .reply(503, 'unavailable')
      .get('/v1/users')
      .reply(200, [{ id: 'user_1' }]);
    await expect(send({ method: 'GET', path: '/users' }, { httpOptions: { retry: { limit: 1, backoffLimit: 1 } } })).resolves.toEqual([{ id: 'user_1' }]);
  });

  it('retries a GET twice by default and says how many attempts were made', async () => {
    clerkApi().get('/v1/users').times(3).reply(503, 'unavailable');
    const error = await rejectionOf(send({ method: 'GET', path: '/users' }, { httpOptions: { retry: { backoffLimit: 1 } } }));
    expect(error.status).toBe(503);
    expect(error.attempts).toBe(3);
    expect(error.message).toContain('after 3 attempts');
  });

  it('gives the final error once retries run out', async () => {
    clerkApi()
      .get('/v1/users')
      .twice()
      .reply(429, { errors: [{ code: 'too_many_requests', message: 'm', long_message: 'Slow down.' }] }, { 'retry-after': '0' });
    const error = await rejectionOf(send({ method: 'GET', path: '/users' }, { httpOptions: { retry: 1 } }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(429);
    expect(error.errors[0].longMessage).toBe('Slow down.');
  });

  it('never retries POST', async () => {
    clerkApi().post('/v1/users').reply(503, 'unavailable');
    const error = await rejectionOf(send({ method: 'POST', path: '/users', body: { firstName: 'A' } }, { httpOptions: { retry: 3 } }));
    expect(error.status).toBe(503);
  });

  it('runs hooks and uses a custom fetch', async () => {
    const seen: string[] = [];
    const result = await send(
      { method: 'GET', path: '/users/user_1' },
      {
        httpOptions: {
          fetch: async (request: Request) => {
            seen.push(`fetch ${request.method} ${new URL(request.url).pathname} ${request.headers.get('authorization')}`);
            return new Response(JSON.stringify({ id: 'user_1' }), { status: 200, headers: { 'content-type': 'application/json' } });
          },
          hooks: {
            beforeRequest: [(request) => void seen.push(`before ${request.method}`)],
            afterResponse: [(_request, response) => void seen.push(`after ${response.status}`)],
          },
        },
      },
    );
    expect(result).toEqual({ id: 'user_1' });
    expect(seen).toEqual(['before GET', `fetch GET /v1/users/user_1 Bearer ${TEST_SECRET_KEY}`, 'after 200']);
  });
});

describe('configuration at request time', () => {
  it('rejects without a key, naming CLERK_SECRET_KEY, and sends nothing', async () => {
    vi.stubEnv('CLERK_SECRET_KEY', '');
    vi.stubEnv('CLERK_API_KEY', '');
    const client = createClerkClient({ apiUrl: TEST_API_URL });
    const error = await rejectionOf(client.allowlistIdentifiers.getAllowlistIdentifierList());
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.code).toBe('missing_secret_key');
    expect(error.message).toContain('CLERK_SECRET_KEY');
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('reads the environment when the request is made, not when the client is built', async () => {
    vi.stubEnv('CLERK_SECRET_KEY', '');
    const client = createClerkClient();
    vi.stubEnv('CLERK_SECRET_KEY', 'sk_test_late_dotenv');
    vi.stubEnv('CLERK_API_URL', TEST_API_URL);
    vi.stubEnv('CLERK_API_VERSION', 'v1');
    clerkApi('sk_test_late_dotenv').delete('/v1/allowlist_identifiers/alid_1').reply(200, { object: 'allowlist_identifier', deleted: true });
    await expect(client.allowlistIdentifiers.deleteAllowlistIdentifier('alid_1')).resolves.toMatchObject({ deleted: true });
  });

  it('lets an explicit option beat the environment', async () => {
    vi.stubEnv('CLERK_SECRET_KEY', 'sk_test_from_env');
    vi.stubEnv('CLERK_API_URL', 'http://127.0.0.1:1');
    clerkApi('sk_test_from_option').delete('/v1/allowlist_identifiers/alid_1').reply(200, { object: 'allowlist_identifier', deleted: true });
    const client = createClerkClient({ secretKey: 'sk_test_from_option', apiUrl: TEST_API_URL });
    await client.allowlistIdentifiers.deleteAllowlistIdentifier('alid_1');
  });

  it('rejects a bad id without sending anything', async () => {
    const client = createClerkClient({ secretKey: TEST_SECRET_KEY, apiUrl: TEST_API_URL });
    const error = await rejectionOf(client.allowlistIdentifiers.deleteAllowlistIdentifier(''));
    expect(error.code).toBe('invalid_argument');
  });
});

describe('logging', () => {
  it('logs method, path, status, duration and trace id, never the key', async () => {
    const lines: string[] = [];
    clerkApi().get('/v1/users/user_404').reply(404, notFound);
    clerkApi().get('/v1/users/user_1').reply(200, {}, { 'cf-ray': 'ray_ok' });
    await rejectionOf(send({ method: 'GET', path: '/users/user_404' }, { logging: true, logger: (line) => lines.push(line) }));
    await send({ method: 'GET', path: '/users/user_1' }, { logging: true, logger: (line) => lines.push(line) });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\[clerk\] GET \/users\/user_404 404 \d+(\.\d+)?ms trace=trace_body_123$/);
    expect(lines[1]).toMatch(/^\[clerk\] GET \/users\/user_1 200 \d+(\.\d+)?ms trace=ray_ok$/);
    expect(lines.join('\n')).not.toContain(TEST_SECRET_KEY);
  });

  it('is switched on by CLERK_LOGGING=true at request time', async () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    try {
      const client = createClerkClient({ secretKey: TEST_SECRET_KEY, apiUrl: TEST_API_URL });
      vi.stubEnv('CLERK_LOGGING', 'true');
      clerkApi().delete('/v1/allowlist_identifiers/alid_1').reply(200, { object: 'allowlist_identifier', deleted: true });
      await client.allowlistIdentifiers.deleteAllowlistIdentifier('alid_1');
      expect(info).toHaveBeenCalledTimes(1);
      expect(String(info.mock.calls[0]?.[0])).toContain('DELETE /allowlist_identifiers/alid_1 200');
    } finally {
      info.mockRestore();
    }
  });
});
