import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { CJS_ENTRY as cjsEntry, ensureBuilt, ESM_ENTRY as esmEntry } from '../helpers/dist';

// Both builds of the package loaded side by side, as a process that imports one and requires the other does.

type Errors = Record<string, any>;
let esm: Errors;
let cjs: Errors;

beforeAll(async () => {
  ensureBuilt();
  esm = (await import(pathToFileURL(esmEntry).href)) as Errors;
  cjs = createRequire(import.meta.url)(cjsEntry) as Errors;
});

const API = [
  ['ClerkBadRequestError', 400],
  ['ClerkAuthenticationError', 401],
  ['ClerkPermissionDeniedError', 403],
  ['ClerkNotFoundError', 404],
  ['ClerkConflictError', 409],
  ['ClerkUnprocessableEntityError', 422],
  ['ClerkRateLimitError', 429],
  ['ClerkServerError', 503],
] as const;
const SDK = ['ClerkConnectionError', 'ClerkTimeoutError', 'ClerkAbortedError', 'ClerkInvalidResponseError'] as const;

describe('the error family across the ESM and CJS builds', () => {
  it('loads two distinct copies of each class', () => {
    expect(esm.ClerkNotFoundError).toBeTypeOf('function');
    expect(esm.ClerkNotFoundError).not.toBe(cjs.ClerkNotFoundError);
  });

  it.each(API)('%s made by either build is an instance of its class and of the base in both, and of no sibling', (name) => {
    for (const [made, other] of [
      [esm, cjs],
      [cjs, esm],
    ] as const) {
      const error = new made[name]({ status: 400, errors: [] });
      expect(error instanceof other[name]).toBe(true);
      expect(error instanceof other.ClerkAPIResponseError).toBe(true);
      expect(other.isClerkAPIResponseError(error)).toBe(true);
      expect(error instanceof other.ClerkSDKError).toBe(false);
      for (const [sibling] of API) if (sibling !== name) expect(error instanceof other[sibling]).toBe(false);
    }
  });

  it.each(SDK)('%s made by either build is recognised by both, and is a ClerkSDKError', (name) => {
    for (const [made, other] of [
      [esm, cjs],
      [cjs, esm],
    ] as const) {
      const error = new made[name]('m');
      expect(error instanceof other[name]).toBe(true);
      expect(error instanceof other.ClerkSDKError).toBe(true);
      expect(other.isClerkSDKError(error)).toBe(true);
      for (const sibling of SDK) if (sibling !== name) expect(error instanceof other[sibling]).toBe(false);
    }
  });

  it('a base error is not an instance of any subclass', () => {
    const error = new esm.ClerkAPIResponseError({ status: 418, errors: [] });
    expect(error instanceof cjs.ClerkAPIResponseError).toBe(true);
    for (const [name] of API) expect(error instanceof cjs[name]).toBe(false);
  });
});
