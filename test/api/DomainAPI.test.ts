import { describe, expect, it } from 'vitest';
import { ClerkAPIResponseError, DeletedObject } from '../../src/index';
import { clerkApi, fixture, rejectionOf, testClient } from '../helpers/nock';

const deletedDomain = fixture('domains/delete-domain');

describe('domains.deleteDomain', () => {
  it('deletes by encoded id and returns a DeletedObject', async () => {
    clerkApi().delete('/v1/domains/dmn_a%2F..').reply(200, deletedDomain);
    const deleted = await testClient().domains.deleteDomain('dmn_a/..');
    expect(deleted).toBeInstanceOf(DeletedObject);
    expect(deleted).toMatchObject({ object: 'domain', id: deletedDomain.id, deleted: true });
  });

  it('rejects with the API error on 403 (primary domain)', async () => {
    clerkApi()
      .delete(`/v1/domains/${deletedDomain.id}`)
      .reply(403, { errors: [{ code: 'operation_not_allowed', message: 'not allowed', long_message: 'The primary domain cannot be deleted.' }] });
    const error = await rejectionOf(testClient().domains.deleteDomain(deletedDomain.id));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(403);
    expect(error.message).toContain('The primary domain cannot be deleted.');
  });
});
