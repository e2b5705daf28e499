import { describe, expect, it } from 'vitest';
import { ClerkAPIResponseError } from '../../src/index';
import { Jwks } from '../../src/models/Jwks';
import { clerkApi, fixture, rejectionOf, testClient } from '../helpers/nock';

const jwks = fixture('jwks/jwks');

describe('jwks.getJwks', () => {
  it('gets /jwks and keeps each key as a plain, standard JWK', async () => {
    clerkApi().get('/v1/jwks').reply(200, jwks);
    const result = await testClient().jwks.getJwks();
    expect(result).toBeInstanceOf(Jwks);
    expect(result.keys).toHaveLength(1);
    expect(result.keys[0]).toEqual(jwks.keys[0]);
    expect(result.keys[0]).toMatchObject({ kty: 'RSA', kid: 'ins_2hZ3aB6cD9eF2gH5iJ8kL1mN4oP', alg: 'RS256', e: 'AQAB', 'x5t#S256': 'Zm9vYmFyYmF6cXV4' });
    expect(result.raw).toEqual(jwks);
  });

  it('tolerates a set without keys', async () => {
    clerkApi().get('/v1/jwks').reply(200, {});
    const result = await testClient().jwks.getJwks();
    expect(result.keys).toEqual([]);
  });

  it('rejects with the API error on 401', async () => {
    clerkApi()
      .get('/v1/jwks')
      .reply(401, { errors: [{ code: 'authentication_invalid', message: 'invalid', long_message: 'The secret key is invalid.' }] });
    const error = await rejectionOf(testClient().jwks.getJwks());
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(401);
  });
});
