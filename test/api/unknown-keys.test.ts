import { afterEach, describe, expect, it } from 'vitest';
import nock from 'nock';
import { Organization, User } from '../../src/index';
import { captureBody, clerkApi, fixture, testClient } from '../helpers/nock';

// The rule (CONTRIBUTING.md): TypeScript refuses keys a params type does not declare; at runtime, a key that gets
// past the types (plain JavaScript, a cast, a field newer than this SDK) is forwarded, snake_cased, to the API.

afterEach(() => {
  nock.cleanAll();
});

describe('unknown keys are forwarded at runtime', () => {
  it('users.updateUser sends an undeclared key in the PATCH and keeps it out of the metadata PUT', async () => {
    const patched = captureBody();
    const put = captureBody();
    const scope = clerkApi()
      .patch('/v1/users/user_2ada', patched.match)
      .reply(200, fixture('users/get-user'))
      .put('/v1/users/user_2ada/metadata', put.match)
      .reply(200, fixture('users/get-user'));
    const params = { firstName: 'Ada', someNewField: 'x', publicMetadata: { plan: 'pro' } };
    const result = await testClient().users.updateUser('user_2ada', params as never);
    expect(patched.body).toEqual({ first_name: 'Ada', some_new_field: 'x' });
    expect(put.body).toEqual({ public_metadata: { plan: 'pro' } });
    expect(result).toBeInstanceOf(User);
    scope.done();
  });

  it('organizations.updateOrganization sends an undeclared key in the PATCH and keeps it out of the metadata PUT', async () => {
    const patched = captureBody();
    const put = captureBody();
    const org = fixture('organizations/update-organization');
    const scope = clerkApi().patch('/v1/organizations/org_1', patched.match).reply(200, org).put('/v1/organizations/org_1/metadata', put.match).reply(200, org);
    const params = { name: 'Acme', someNewField: 'x', privateMetadata: { tier: 2 } };
    const result = await testClient().organizations.updateOrganization('org_1', params as never);
    expect(patched.body).toEqual({ name: 'Acme', some_new_field: 'x' });
    expect(put.body).toEqual({ private_metadata: { tier: 2 } });
    expect(result).toBeInstanceOf(Organization);
    scope.done();
  });
});

// The other half of the rule, checked by `tsc -p tsconfig.json` rather than at run time: each call must be an error.
// Never called.
function refusedByTheTypes(client: ReturnType<typeof testClient>): void {
  // @ts-expect-error someNewField is not in UpdateUserParams
  void client.users.updateUser('user_1', { someNewField: 'x' });
  // @ts-expect-error someNewField is not in UpdateOrganizationParams
  void client.organizations.updateOrganization('org_1', { someNewField: 'x' });
}
void refusedByTheTypes;
