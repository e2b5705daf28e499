import { describe, expect, it } from 'vitest';
import { DEFAULT_API_URL, resolveConfig, SUPPORTED_BAPI_VERSION } from '../src/config';

describe('resolveConfig', () => {
  it('uses the defaults when nothing is set', () => {
    const config = resolveConfig({}, {});
    expect(config).toMatchObject({
      secretKey: undefined,
      apiUrl: DEFAULT_API_URL,
      apiVersion: 'v1',
      clerkApiVersion: SUPPORTED_BAPI_VERSION,
      logging: false,
      httpOptions: {},
    });
    expect(DEFAULT_API_URL).toBe('https://api.clerk.com');
    expect(config.userAgent).toMatch(/^@clerk\/clerk-sdk-node@\d+\.\d+\.\d+/);
  });

  it('prefers the environment to the defaults', () => {
    const config = resolveConfig(
      {},
      {
        CLERK_SECRET_KEY: 'sk_env',
        CLERK_API_URL: 'http://127.0.0.1:9999/',
        CLERK_API_VERSION: 'v2',
        CLERK_LOGGING: 'true',
      },
    );
    expect(config).toMatchObject({ secretKey: 'sk_env', apiUrl: 'http://127.0.0.1:9999', apiVersion: 'v2', logging: true });
  });

  it('prefers options to the environment', () => {
    const config = resolveConfig(
      { secretKey: 'sk_opt', apiUrl: 'https://opt.example/', apiVersion: '/v3/', logging: false },
      { CLERK_SECRET_KEY: 'sk_env', CLERK_API_URL: 'https://env.example', CLERK_API_VERSION: 'v2', CLERK_LOGGING: 'true' },
    );
    expect(config).toMatchObject({ secretKey: 'sk_opt', apiUrl: 'https://opt.example', apiVersion: 'v3', logging: false });
  });

  it('accepts the v4 apiKey option and CLERK_API_KEY as fallbacks', () => {
    expect(resolveConfig({ apiKey: 'sk_legacy' }, {}).secretKey).toBe('sk_legacy');
    expect(resolveConfig({}, { CLERK_API_KEY: 'sk_legacy_env' }).secretKey).toBe('sk_legacy_env');
    expect(resolveConfig({}, { CLERK_API_KEY: 'sk_legacy_env', CLERK_SECRET_KEY: 'sk_new' }).secretKey).toBe('sk_new');
  });

  it('only turns logging on for the exact value true', () => {
    expect(resolveConfig({}, { CLERK_LOGGING: '1' }).logging).toBe(false);
    expect(resolveConfig({}, { CLERK_LOGGING: 'true' }).logging).toBe(true);
  });
});

describe('createConfigSource', () => {
  it('reads the environment at the first request, not before, and keeps it once a key is found', async () => {
    const { createConfigSource } = await import('../src/config');
    const env: Record<string, string | undefined> = {};
    let reads = 0;
    const source = createConfigSource({}, () => {
      reads += 1;
      return env;
    });
    expect(reads).toBe(0);
    expect(source.get().secretKey).toBeUndefined();
    env.CLERK_SECRET_KEY = 'sk_test_loaded_late';
    expect(source.get().secretKey).toBe('sk_test_loaded_late');
    expect(reads).toBe(2);
    env.CLERK_SECRET_KEY = 'sk_test_changed_later';
    expect(source.get().secretKey).toBe('sk_test_loaded_late');
    expect(reads).toBe(2);
    source.reset();
    expect(source.get().secretKey).toBe('sk_test_changed_later');
    expect(reads).toBe(3);
  });
});
