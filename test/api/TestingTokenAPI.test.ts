import { describe, expect, it } from 'vitest';
import { ClerkAPIResponseError } from '../../src/index';
import { TestingToken } from '../../src/models/TestingToken';
import { captureBody, clerkApi, fixture, rejectionOf, testClient } from '../helpers/nock';

const testingToken = fixture('testing-tokens/testing-token');

describe('testingTokens.createTestingToken', () => {
  it('posts with no body and maps the token', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/testing_tokens', sent.match).reply(200, testingToken);
    const result = await testClient().testingTokens.createTestingToken();
    expect(sent.body).toBe('');
    expect(result).toBeInstanceOf(TestingToken);
    expect(result).toMatchObject({ token: '1716900000-g7HsKq2RkP9wXcVbN3mLzA8eY5tU', expiresAt: 1716907200000 });
    expect(result.raw).toEqual(testingToken);
  });

  it('rejects with the API error on 403', async () => {
    clerkApi()
      .post('/v1/testing_tokens')
      .reply(403, { errors: [{ code: 'operation_not_allowed', message: 'not allowed', long_message: 'Testing tokens are not available for this instance.' }] });
    const error = await rejectionOf(testClient().testingTokens.createTestingToken());
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(403);
    expect(error.message).toContain('Testing tokens are not available for this instance.');
  });
});
