import nock from 'nock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import clerkClient, * as pkg from '../src/index';
import Clerk, * as instance from '../src/instance';
import { clerkApi, TEST_API_URL } from './helpers/nock';
import { v4ClientResources } from './helpers/v4';

// The 14 resource properties of a v4 client, from spec/v4-exports.txt; each is checked at run time below.
const V4_RESOURCES = v4ClientResources() as Array<keyof typeof pkg & keyof typeof clerkClient>;

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('main entry', () => {
  it('exports the default client, and one binding per v4 resource of that client', () => {
    expect(pkg.default).toBe(pkg.clerkClient);
    expect(clerkClient).toBe(pkg.clerkClient);
    for (const name of V4_RESOURCES) {
      expect(pkg[name], name).toBeDefined();
      expect(pkg[name]).toBe(clerkClient[name]);
    }
  });

  it('exports the factories, errors and guards', () => {
    expect(typeof pkg.createClerkClient).toBe('function');
    expect(typeof pkg.Clerk).toBe('function');
    expect(typeof pkg.ClerkAPIResponseError).toBe('function');
    expect(typeof pkg.isClerkAPIResponseError).toBe('function');
    expect(typeof pkg.setClerkApiKey).toBe('function');
  });

  it('named resources read the environment at request time', async () => {
    vi.stubEnv('CLERK_SECRET_KEY', 'sk_test_named');
    vi.stubEnv('CLERK_API_URL', TEST_API_URL);
    clerkApi('sk_test_named').delete('/v1/allowlist_identifiers/alid_9').reply(200, { object: 'allowlist_identifier', deleted: true });
    await expect(pkg.allowlistIdentifiers.deleteAllowlistIdentifier('alid_9')).resolves.toMatchObject({ deleted: true });
  });

  it('keeps the v4 setters working on the default client', async () => {
    vi.stubEnv('CLERK_SECRET_KEY', 'sk_test_env_loses');
    pkg.setClerkApiKey('sk_test_setter');
    pkg.setClerkServerApiUrl('https://setter.clerk.test');
    pkg.setClerkApiVersion('v9');
    pkg.setClerkHttpOptions({ headers: { 'x-from-setter': '1' } });
    nock('https://setter.clerk.test')
      .matchHeader('authorization', 'Bearer sk_test_setter')
      .matchHeader('x-from-setter', '1')
      .delete('/v9/allowlist_identifiers/alid_1')
      .reply(200, { object: 'allowlist_identifier', deleted: true });
    expect(pkg.allowlistIdentifiers).toBe(pkg.clerkClient.allowlistIdentifiers);
    await expect(pkg.allowlistIdentifiers.deleteAllowlistIdentifier('alid_1')).resolves.toMatchObject({ deleted: true });
  });
});

describe('instance entry', () => {
  it('default export builds a client with and without new', () => {
    expect(Clerk).toBe(instance.Clerk);
    const called = Clerk({ secretKey: 'sk_x' });
    const constructed = new Clerk({ secretKey: 'sk_x' });
    for (const client of [called, constructed]) {
      for (const name of V4_RESOURCES) expect(client[name], name).toBeDefined();
    }
    expect(called).not.toBe(constructed);
  });

  it('exports the model classes of the main entry', () => {
    expect(instance.AllowlistIdentifier).toBe(pkg.AllowlistIdentifier);
    expect(instance.DeletedObject).toBe(pkg.DeletedObject);
  });
});

describe('error brand', () => {
  it('instanceof and the guards accept an error from another copy of the package', () => {
    class OtherCopyError extends Error {}
    const foreign = new OtherCopyError('from the CJS build');
    Object.defineProperty(foreign, Symbol.for('@clerk/clerk-sdk-node:ClerkAPIResponseError'), { value: true });
    expect(foreign).toBeInstanceOf(pkg.ClerkAPIResponseError);
    expect(pkg.isClerkAPIResponseError(foreign)).toBe(true);
    expect(new Error('plain')).not.toBeInstanceOf(pkg.ClerkAPIResponseError);
    expect(pkg.isClerkAPIResponseError({ status: 404 })).toBe(false);
  });
});
