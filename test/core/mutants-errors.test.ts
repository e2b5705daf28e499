// Tests for mutants of src/core/errors.ts and src/core/path.ts that survived a Stryker run (see test/MUTATION.md).
import { describe, expect, it } from 'vitest';
import {
  ClerkAbortedError,
  ClerkAPIResponseError,
  ClerkAuthenticationError,
  ClerkBadRequestError,
  ClerkConflictError,
  ClerkConnectionError,
  ClerkInvalidResponseError,
  ClerkNotFoundError,
  ClerkPermissionDeniedError,
  ClerkRateLimitError,
  ClerkSDKError,
  ClerkServerError,
  ClerkTimeoutError,
  ClerkUnprocessableEntityError,
  createAPIError,
  createSDKError,
  isClerkAPIResponseError,
  isClerkSDKError,
} from '../../src/core/errors';
import { InvalidPath, path } from '../../src/core/path';

const API_CLASSES = [
  [400, ClerkBadRequestError, 'ClerkBadRequestError'],
  [401, ClerkAuthenticationError, 'ClerkAuthenticationError'],
  [403, ClerkPermissionDeniedError, 'ClerkPermissionDeniedError'],
  [404, ClerkNotFoundError, 'ClerkNotFoundError'],
  [409, ClerkConflictError, 'ClerkConflictError'],
  [422, ClerkUnprocessableEntityError, 'ClerkUnprocessableEntityError'],
  [429, ClerkRateLimitError, 'ClerkRateLimitError'],
  [500, ClerkServerError, 'ClerkServerError'],
] as const;

const SDK_CLASSES = [
  ['network_error', ClerkConnectionError, 'ClerkConnectionError'],
  ['timeout', ClerkTimeoutError, 'ClerkTimeoutError'],
  ['aborted', ClerkAbortedError, 'ClerkAbortedError'],
  ['invalid_response', ClerkInvalidResponseError, 'ClerkInvalidResponseError'],
] as const;

describe('the error classes recognise exactly their own errors', () => {
  it.each(API_CLASSES)('status %d: instanceof its class only, named after it', (status, Class, name) => {
    const error = createAPIError({ status, errors: [] });
    expect(error).toBeInstanceOf(Class);
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.name).toBe(name);
    for (const [, Other] of API_CLASSES) if (Other !== Class) expect(error instanceof Other).toBe(false);
  });

  it.each(SDK_CLASSES)('code %s: instanceof its class only, named after it', (code, Class, name) => {
    const error = createSDKError(code, 'm');
    expect(error).toBeInstanceOf(Class);
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.name).toBe(name);
    expect(error.code).toBe(code);
    for (const [, Other] of SDK_CLASSES) if (Other !== Class) expect(error instanceof Other).toBe(false);
  });

  it('codes without a subclass get the base ClerkSDKError', () => {
    const error = createSDKError('missing_secret_key', 'no key', { attempts: 0 });
    expect(error.constructor).toBe(ClerkSDKError);
    expect(error.name).toBe('ClerkSDKError');
    expect(error.code).toBe('missing_secret_key');
    for (const [, Other] of SDK_CLASSES) expect(error instanceof Other).toBe(false);
  });

  it('every 5xx up to 599 is a ClerkServerError; statuses outside the families get the base class', () => {
    for (const status of [501, 599]) expect(createAPIError({ status, errors: [] })).toBeInstanceOf(ClerkServerError);
    for (const status of [302, 418, 499, 600]) {
      const error = createAPIError({ status, errors: [] });
      expect(error.constructor).toBe(ClerkAPIResponseError);
      expect(error instanceof ClerkServerError).toBe(false);
    }
  });

  it.each([null, undefined, 0, 'ClerkAPIResponseError', {}, () => undefined])('the guards and instanceof say no to %s', (value) => {
    expect(isClerkAPIResponseError(value)).toBe(false);
    expect(isClerkSDKError(value)).toBe(false);
    expect(value instanceof ClerkAPIResponseError).toBe(false);
    expect(value instanceof ClerkSDKError).toBe(false);
    expect(value instanceof ClerkNotFoundError).toBe(false);
  });

  // Another copy of the package in the process (the other build, or another installed version) brands its errors
  // with the same Symbol.for keys; the keys are what lets instanceof and the guards work across copies.
  const BRANDED: Array<[string, abstract new (...args: never[]) => Error]> = [
    ['ClerkAPIResponseError', ClerkAPIResponseError],
    ['ClerkSDKError', ClerkSDKError],
    ...API_CLASSES.map(([, Class, name]): [string, typeof Class] => [name, Class]),
    ...SDK_CLASSES.map(([, Class, name]): [string, typeof Class] => [name, Class]),
  ];
  it.each(BRANDED)('an error branded %s by another copy of the package is recognised', (name, Class) => {
    const foreign = Object.defineProperty(new Error('from another copy'), Symbol.for(`@clerk/clerk-sdk-node:${name}`), { value: true });
    expect(foreign instanceof Class).toBe(true);
    if (name === 'ClerkAPIResponseError') expect(isClerkAPIResponseError(foreign)).toBe(true);
    if (name === 'ClerkSDKError') expect(isClerkSDKError(foreign)).toBe(true);
  });
});

describe('API error messages', () => {
  it('name the status, the first code and its long message', () => {
    const error = new ClerkAPIResponseError({
      status: 422,
      errors: [{ code: 'form_param_missing', message: 'missing', longMessage: 'email_address is missing', meta: {} }],
    });
    expect(error.message).toBe('Clerk API error 422 (form_param_missing): email_address is missing');
  });

  it('fall back to the given message, then to a fixed one, when there are no entries', () => {
    expect(new ClerkAPIResponseError({ status: 502, errors: [], message: '502 Bad Gateway' }).message).toBe('Clerk API error 502: 502 Bad Gateway');
    expect(new ClerkAPIResponseError({ status: 500, errors: [] }).message).toBe('Clerk API error 500: Unexpected response');
  });
});

describe('path refusals', () => {
  it.each([
    [null, 'got null'],
    [undefined, 'got undefined'],
    [{}, 'got object'],
    [true, 'got boolean'],
  ])('%s as an id is refused, naming what it was', (id, what) => {
    const result = path`/users/${id}/roles`;
    expect(result).toBeInstanceOf(InvalidPath);
    expect((result as InvalidPath).error.message).toBe(`A valid resource id is required: expected an id string in /users/{id}/roles, ${what}.`);
  });

  it.each(['', ' ', '\t\n'])('the empty or blank id %j is refused', (id) => {
    const result = path`/users/${id}`;
    expect(result).toBeInstanceOf(InvalidPath);
    expect((result as InvalidPath).error.code).toBe('invalid_argument');
    expect((result as InvalidPath).error.message).toBe('A valid resource id is required: an empty id was given for /users/{id}.');
  });

  it('an id with a lone surrogate is refused, not sent as a mangled path', () => {
    const result = path`/users/${'user_\ud800'}`;
    expect(result).toBeInstanceOf(InvalidPath);
    expect((result as InvalidPath).error.message).toBe('A valid resource id is required: the id for /users/{id} is not well-formed Unicode.');
  });

  it('ids with spaces inside are kept and encoded', () => {
    expect(path`/users/${' a b '}`).toBe('/users/%20a%20b%20');
  });
});
