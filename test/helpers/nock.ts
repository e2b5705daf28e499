import { readFileSync } from 'node:fs';
import nock from 'nock';
import { createClerkClient, type ClerkClient, type ClerkOptions } from '../../src/index';

export const TEST_API_URL = 'https://api.clerk.test';
export const TEST_SECRET_KEY = 'sk_test_nock_1234567890';

/**
 * A nock scope for the Backend API that only matches requests carrying the SDK's headers:
 * the bearer key, our User-Agent and the pinned Clerk-API-Version.
 */
export function clerkApi(secretKey = TEST_SECRET_KEY): nock.Scope {
  return nock(TEST_API_URL)
    .matchHeader('authorization', `Bearer ${secretKey}`)
    .matchHeader('user-agent', /^@clerk\/clerk-sdk-node@\d+\.\d+\.\d+/)
    .matchHeader('clerk-api-version', '2026-05-12');
}

/** A client pointed at the nock host. */
export function testClient(options: ClerkOptions = {}): ClerkClient {
  return createClerkClient({ secretKey: TEST_SECRET_KEY, apiUrl: TEST_API_URL, ...options });
}

/** Reads `test/fixtures/<name>.json`. */
export function fixture<T = any>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), 'utf8')) as T;
}

/** Captures the JSON body nock received, for exact assertions on what was sent. */
export function captureBody(): { body: unknown; match: (body: unknown) => boolean } {
  const box = {
    body: undefined as unknown,
    match(body: unknown) {
      box.body = body;
      return true;
    },
  };
  return box;
}

/** Resolves with the rejection of `promise`, failing the test if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<any> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}
