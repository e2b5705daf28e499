import { describe, expect, it } from 'vitest';
import { ClerkSDKError } from '../../src/core/errors';
import { InvalidPath, path } from '../../src/core/path';

describe('path tag', () => {
  it('percent-encodes every id so it stays one segment', () => {
    expect(path`/users/${'user_1/../../organizations'}`).toBe('/users/user_1%2F..%2F..%2Forganizations');
    expect(path`/users/${'a?b#c'}/metadata`).toBe('/users/a%3Fb%23c/metadata');
    expect(path`/organizations/${'org 1'}/memberships/${'user_2'}`).toBe('/organizations/org%201/memberships/user_2');
  });

  it.each([[''], ['   '], ['.'], ['..'], [undefined], [null], [{}]])('refuses %j', (id) => {
    const result = path`/users/${id}`;
    expect(result).toBeInstanceOf(InvalidPath);
    const error = (result as InvalidPath).error;
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.code).toBe('invalid_argument');
    expect(error.message).toContain('/users/{id}');
  });
});
