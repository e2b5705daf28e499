import nock from 'nock';
import { describe, expect, it } from 'vitest';
import {
  ClerkAPIResponseError,
  ClerkSDKError,
  DeletedObject,
  EmailAddress,
  OauthAccessToken,
  OrganizationInvitation,
  OrganizationMembership,
  PhoneNumber,
  User,
  Verification,
} from '../../src/index';
import { OrganizationInvitationPublicOrganizationData } from '../../src/models/OrganizationInvitationPublicOrganizationData';
import { OrganizationInvitationWithPublicOrganizationData } from '../../src/models/OrganizationInvitationWithPublicOrganizationData';
import { TrustedDevice } from '../../src/models/TrustedDevice';
import { captureBody, clerkApi, fixture, rejectionOf, testClient } from '../helpers/nock';

const user = fixture('users/get-user');
const minimal = fixture('users/get-user-minimal');
const userList = fixture('users/get-user-list');
const count = fixture('users/get-users-count');

describe('users.getUserList', () => {
  it('sends every filter as repeated snake_case keys and takes the total from /users/count with the filters only', async () => {
    const params = {
      emailAddress: ['ada@example.com', 'grace@example.com'],
      phoneNumber: ['+15555550100'],
      externalId: ['crm-1815', '-crm-0'],
      username: ['ada'],
      web3Wallet: ['0x52908400098527886e0f7030069857d2e4169ee7'],
      userId: ['user_2ada', 'user_2grace'],
      organizationId: ['+org_2acme'],
      query: 'ada',
      emailAddressQuery: 'example',
      phoneNumberQuery: '555',
      usernameQuery: 'ad',
      nameQuery: 'love',
      banned: false,
      lastActiveAtBefore: 1717000000000,
      lastActiveAtAfter: new Date(1716000000000),
      lastActiveAtSince: 1715000000000,
      createdAtBefore: 1718000000000,
      createdAtAfter: 1714000000000,
      lastSignInAtBefore: 1719000000000,
      lastSignInAtAfter: 1713000000000,
      provider: 'oauth_google',
      providerUserId: ['109876543210987654321'],
    };
    const filterQuery = {
      email_address: ['ada@example.com', 'grace@example.com'],
      phone_number: '+15555550100',
      external_id: ['crm-1815', '-crm-0'],
      username: 'ada',
      web3_wallet: '0x52908400098527886e0f7030069857d2e4169ee7',
      user_id: ['user_2ada', 'user_2grace'],
      organization_id: '+org_2acme',
      query: 'ada',
      email_address_query: 'example',
      phone_number_query: '555',
      username_query: 'ad',
      name_query: 'love',
      banned: 'false',
      last_active_at_before: '1717000000000',
      last_active_at_after: '1716000000000',
      last_active_at_since: '1715000000000',
      created_at_before: '1718000000000',
      created_at_after: '1714000000000',
      last_sign_in_at_before: '1719000000000',
      last_sign_in_at_after: '1713000000000',
      provider: 'oauth_google',
      provider_user_id: '109876543210987654321',
    };
    clerkApi()
      .get('/v1/users')
      .query({ ...filterQuery, limit: '2', offset: '0', order_by: '-last_sign_in_at' })
      .reply(200, userList);
    clerkApi().get('/v1/users/count').query(filterQuery).reply(200, count);

    const list = await testClient().users.getUserList({ ...params, limit: 2, offset: 0, orderBy: '-last_sign_in_at' });
    expect(Array.isArray(list)).toBe(true);
    expect(list).toHaveLength(2);
    expect(list.totalCount).toBe(42);
    expect(list.data).toBe(list);
    expect(list[0]).toBeInstanceOf(User);
    expect(list[0]).toMatchObject({ id: 'user_2ada', firstName: 'Ada', primaryEmailAddressId: 'idn_2ada01' });
    expect(list[1]).toMatchObject({ id: 'user_2grace', firstName: null, primaryEmailAddressId: null });
  });

  it('sends no query at all when called without params, and still counts', async () => {
    clerkApi().get('/v1/users').reply(200, [minimal]);
    clerkApi().get('/v1/users/count').reply(200, { object: 'total_count', total_count: 1 });
    const list = await testClient().users.getUserList();
    expect(list.map((u) => u.id)).toEqual(['user_2grace']);
    expect(list.totalCount).toBe(1);
  });

  it('walks later pages with for await, counting only once and never sending a paginated flag', async () => {
    clerkApi().get('/v1/users').query({ banned: 'true', limit: '2' }).reply(200, userList);
    // A single count interceptor: a second count request would find no match and fail the iteration.
    clerkApi().get('/v1/users/count').query({ banned: 'true' }).reply(200, { object: 'total_count', total_count: 3 });
    clerkApi()
      .get('/v1/users')
      .query({ banned: 'true', limit: '2', offset: '2' })
      .reply(200, [{ ...minimal, id: 'user_2third' }]);

    const seen: string[] = [];
    for await (const u of testClient().users.getUserList({ banned: true, limit: 2 })) {
      expect(u).toBeInstanceOf(User);
      seen.push(u.id);
    }
    expect(seen).toEqual(['user_2ada', 'user_2grace', 'user_2third']);
  });

  it('moves the startingAfter cursor to the last user of each page instead of sending an offset', async () => {
    clerkApi().get('/v1/users').query({ starting_after: 'user_2first', limit: '2', order_by: 'created_at' }).reply(200, userList);
    clerkApi().get('/v1/users/count').reply(200, { object: 'total_count', total_count: 10 });
    clerkApi()
      .get('/v1/users')
      .query({ starting_after: 'user_2grace', limit: '2', order_by: 'created_at' })
      .reply(200, [{ ...minimal, id: 'user_2last' }]);

    const seen: string[] = [];
    for await (const u of testClient().users.getUserList({ startingAfter: 'user_2first', limit: 2, orderBy: 'created_at' })) {
      seen.push(u.id);
    }
    expect(seen).toEqual(['user_2ada', 'user_2grace', 'user_2last']);
  });

  it('rejects with the API error when the list request fails', async () => {
    clerkApi()
      .get('/v1/users')
      .query({ order_by: 'created_at', starting_after: 'user_2ada', offset: '5' })
      .reply(422, { errors: [{ code: 'form_param_value_invalid', message: 'is invalid', long_message: 'starting_after needs offset 0.' }] });
    clerkApi().get('/v1/users/count').reply(200, count);
    const error = await rejectionOf(testClient().users.getUserList({ orderBy: 'created_at', startingAfter: 'user_2ada', offset: 5 }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(422);
    expect(error.errors[0].code).toBe('form_param_value_invalid');
  });
});

describe('users.getCount', () => {
  it('unwraps total_count to a number and leaves out paging keys a v4 caller may pass', async () => {
    clerkApi()
      .get('/v1/users/count')
      .query({ email_address: ['a@example.com', 'b@example.com'], query: 'ex' })
      .reply(200, count);
    const legacyParams = { emailAddress: ['a@example.com', 'b@example.com'], query: 'ex', limit: 5, offset: 10, orderBy: '-created_at' };
    const total = await testClient().users.getCount(legacyParams);
    expect(total).toBe(42);
  });
});

describe('users.getUser', () => {
  it('fetches by id and maps the user', async () => {
    clerkApi().get('/v1/users/user_2ada').reply(200, user);
    const result = await testClient().users.getUser('user_2ada');
    expect(result).toBeInstanceOf(User);
    expect(result).toMatchObject({ id: 'user_2ada', username: 'ada', lastName: 'Lovelace', createdAt: 1716900000000 });
    expect(result.publicMetadata).toEqual({ someKey: 1, snake_key: { innerCamel: true }, 'Role-Name': 'admin' });
    expect(result.primaryEmailAddress?.emailAddress).toBe('ada@example.com');
    expect(result.raw).toEqual(user);
  });

  it('percent-encodes the id so it stays one path segment', async () => {
    clerkApi()
      .get('/v1/users/user_1%2F..%2F..%2Forganizations')
      .reply(200, { ...user, id: 'user_1/../../organizations' });
    const result = await testClient().users.getUser('user_1/../../organizations');
    expect(result.id).toBe('user_1/../../organizations');
  });

  it('rejects an empty id with invalid_argument and sends nothing', async () => {
    const trap = clerkApi().get(/.*/).reply(200, user);
    const error = await rejectionOf(testClient().users.getUser(''));
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.code).toBe('invalid_argument');
    expect(trap.isDone()).toBe(false);
    nock.cleanAll();
  });

  it('rejects with a ClerkAPIResponseError on 404', async () => {
    clerkApi()
      .get('/v1/users/user_missing')
      .reply(404, {
        errors: [{ code: 'resource_not_found', message: 'not found', long_message: 'User not found' }],
        clerk_trace_id: 'trace_123',
      });
    const error = await rejectionOf(testClient().users.getUser('user_missing'));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(404);
    expect(error.clerkTraceId).toBe('trace_123');
    expect(error.errors[0]).toMatchObject({ code: 'resource_not_found', longMessage: 'User not found' });
  });
});

describe('users.createUser', () => {
  it('posts snake_case top-level keys and metadata keys byte for byte', async () => {
    let raw: Promise<string> | undefined;
    const client = testClient({
      httpOptions: {
        hooks: {
          beforeRequest: [
            (request) => {
              raw = request.clone().text();
            },
          ],
        },
      },
    });
    const sent = captureBody();
    clerkApi().post('/v1/users', sent.match).matchHeader('content-type', 'application/json').reply(200, user);

    const created = await client.users.createUser({
      emailAddress: ['ada@example.com'],
      firstName: 'Ada',
      skipPasswordChecks: true,
      passwordDigest: '$2a$10$abc',
      passwordHasher: 'bcrypt',
      createdAt: new Date('2024-05-28T12:40:00.000Z'),
      publicMetadata: { someKey: 1, snake_key: { innerCamel: true } },
      privateMetadata: { 'Mixed-Case Key': [{ deepCamel: 'x' }] },
    });

    expect(sent.body).toEqual({
      email_address: ['ada@example.com'],
      first_name: 'Ada',
      skip_password_checks: true,
      password_digest: '$2a$10$abc',
      password_hasher: 'bcrypt',
      created_at: '2024-05-28T12:40:00.000Z',
      public_metadata: { someKey: 1, snake_key: { innerCamel: true } },
      private_metadata: { 'Mixed-Case Key': [{ deepCamel: 'x' }] },
    });
    const text = await raw;
    expect(text).toContain('"public_metadata":{"someKey":1,"snake_key":{"innerCamel":true}}');
    expect(text).toContain('"private_metadata":{"Mixed-Case Key":[{"deepCamel":"x"}]}');
    // And the response's metadata comes back exactly as the API sent it.
    expect(created.publicMetadata).toEqual({ someKey: 1, snake_key: { innerCamel: true }, 'Role-Name': 'admin' });
    expect(Object.keys(created.privateMetadata ?? {})).toEqual(['stripeCustomerId', 'billing_plan']);
    expect(created.privateMetadata).toEqual({ stripeCustomerId: 'cus_123', billing_plan: { seatCount: 3 } });
    expect(created.unsafeMetadata).toEqual({ onboardingStep: 'done' });
  });

  it('rejects with the API error on 422', async () => {
    clerkApi()
      .post('/v1/users')
      .reply(422, { errors: [{ code: 'form_identifier_exists', message: 'taken', long_message: 'That email address is taken.' }] });
    const error = await rejectionOf(testClient().users.createUser({ emailAddress: ['ada@example.com'] }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(422);
    expect(error.errors[0].code).toBe('form_identifier_exists');
  });
});

describe('users.updateUser', () => {
  it('sends attributes only in the PATCH, with v4 ID names snake_cased and unknown keys forwarded', async () => {
    const sent = captureBody();
    clerkApi().patch('/v1/users/user_2ada', sent.match).reply(200, user);
    const legacyParams = {
      firstName: 'Ada',
      username: null,
      primaryEmailAddressID: 'idn_2ada02',
      primaryPhoneNumberID: 'idn_2phone01',
      primaryWeb3WalletID: 'idn_2wallet01',
      profileImageID: 'img_1',
      signOutOfOtherSessions: true,
      createOrganizationEnabled: false,
      backupCodes: ['a1b2c3'],
      lastName: undefined,
      gender: 'not-an-api-field',
    };
    const result = await testClient().users.updateUser('user_2ada', legacyParams);
    expect(sent.body).toEqual({
      first_name: 'Ada',
      username: null,
      primary_email_address_id: 'idn_2ada02',
      primary_phone_number_id: 'idn_2phone01',
      primary_web3_wallet_id: 'idn_2wallet01',
      profile_image_id: 'img_1',
      sign_out_of_other_sessions: true,
      create_organization_enabled: false,
      backup_codes: ['a1b2c3'],
      gender: 'not-an-api-field',
    });
    expect(result).toBeInstanceOf(User);
    expect(result.id).toBe('user_2ada');
  });

  it('PATCHes the attributes first, then PUTs the given metadata (replace) and resolves to the final user', async () => {
    const calls: string[] = [];
    const patchBody = captureBody();
    const putBody = captureBody();
    const afterPut = { ...user, public_metadata: { plan: 'pro' }, private_metadata: { crmId: 7 } };
    clerkApi()
      .patch('/v1/users/user_2ada', patchBody.match)
      .reply(() => {
        calls.push('PATCH /users/user_2ada');
        return [200, user];
      });
    clerkApi()
      .put('/v1/users/user_2ada/metadata', putBody.match)
      .reply(() => {
        calls.push('PUT /users/user_2ada/metadata');
        return [200, afterPut];
      });

    const result = await testClient().users.updateUser('user_2ada', {
      lastName: 'Byron',
      publicMetadata: { plan: 'pro' },
      privateMetadata: { crmId: 7 },
      unsafeMetadata: undefined,
    });
    expect(calls).toEqual(['PATCH /users/user_2ada', 'PUT /users/user_2ada/metadata']);
    expect(patchBody.body).toEqual({ last_name: 'Byron' });
    expect(putBody.body).toEqual({ public_metadata: { plan: 'pro' }, private_metadata: { crmId: 7 } });
    expect(result.publicMetadata).toEqual({ plan: 'pro' });
    expect(result.privateMetadata).toEqual({ crmId: 7 });
  });

  it('sends only the PUT when only metadata is given', async () => {
    const sent = captureBody();
    clerkApi()
      .put('/v1/users/user_2ada/metadata', sent.match)
      .reply(200, { ...user, unsafe_metadata: { theme_Choice: 'dark' } });
    const result = await testClient().users.updateUser('user_2ada', { unsafeMetadata: { theme_Choice: 'dark' } });
    expect(sent.body).toEqual({ unsafe_metadata: { theme_Choice: 'dark' } });
    expect(result.unsafeMetadata).toEqual({ theme_Choice: 'dark' });
  });

  it('does not send the metadata when the PATCH fails', async () => {
    clerkApi()
      .patch('/v1/users/user_2ada')
      .reply(422, { errors: [{ code: 'form_identifier_exists', message: 'taken', long_message: 'That username is taken.' }] });
    const error = await rejectionOf(testClient().users.updateUser('user_2ada', { username: 'taken', publicMetadata: { a: 1 } }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(422);
    expect(error.method).toBe('PATCH');
  });

  it('rejects an empty user id without sending anything', async () => {
    const error = await rejectionOf(testClient().users.updateUser('', { publicMetadata: { a: 1 } }));
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.code).toBe('invalid_argument');
  });
});

describe('users.updateUserProfileImage', () => {
  it('uploads the file as multipart/form-data with a file part', async () => {
    const sent = captureBody();
    clerkApi()
      .post('/v1/users/user_2ada/profile_image', sent.match)
      .matchHeader('content-type', /^multipart\/form-data; boundary=/)
      .reply(200, user);
    const file = new File(['fake-png-bytes'], 'avatar.png', { type: 'image/png' });
    const result = await testClient().users.updateUserProfileImage('user_2ada', { file });
    const body = String(sent.body);
    expect(body).toMatch(/Content-Disposition: form-data; name="file"; filename="avatar.png"/);
    expect(body).toMatch(/Content-Type: image\/png/);
    expect(body).toContain('fake-png-bytes');
    expect(result).toBeInstanceOf(User);
    expect(result.imageUrl).toBe('https://img.clerk.com/ada');
  });
});

describe('users.updateUserMetadata', () => {
  it('PATCHes the metadata endpoint (deep merge) with keys untouched', async () => {
    const sent = captureBody();
    clerkApi().patch('/v1/users/user_2ada/metadata', sent.match).reply(200, user);
    const result = await testClient().users.updateUserMetadata('user_2ada', {
      publicMetadata: { someKey: 1, remove_me: null },
      privateMetadata: { nestedObj: { innerKey: true } },
    });
    expect(sent.body).toEqual({
      public_metadata: { someKey: 1, remove_me: null },
      private_metadata: { nestedObj: { innerKey: true } },
    });
    expect(result).toBeInstanceOf(User);
  });
});

describe('users.deleteUser', () => {
  it('deletes by id and resolves to a DeletedObject', async () => {
    clerkApi().delete('/v1/users/user_2ada').reply(200, fixture('users/delete-user'));
    const deleted = await testClient().users.deleteUser('user_2ada');
    expect(deleted).toBeInstanceOf(DeletedObject);
    expect(deleted).toMatchObject({ object: 'user', id: 'user_2ada', deleted: true });
  });
});

describe('users.getUserOauthAccessToken', () => {
  const tokens = fixture('users/get-oauth-access-token');

  it('sends the oauth_ provider key as given (v4 style) and asks for a paginated list', async () => {
    clerkApi().get('/v1/users/user_2ada/oauth_access_tokens/oauth_google').query({ paginated: 'true' }).reply(200, tokens);
    const list = await testClient().users.getUserOauthAccessToken('user_2ada', 'oauth_google');
    expect(list).toHaveLength(1);
    expect(list.totalCount).toBe(1);
    expect(list[0]).toBeInstanceOf(OauthAccessToken);
    expect(list[0]).toMatchObject({
      externalAccountId: 'eac_2google01',
      providerUserId: '109876543210987654321',
      token: 'ya29.a0AfH6SMBx',
      expiresAt: 1717003600,
      provider: 'oauth_google',
      publicMetadata: { teamId: 't_1' },
      label: null,
      scopes: ['email', 'openid', 'profile'],
      idToken: 'eyJhbGciOiJSUzI1NiJ9.e30.sig',
      tokenSecret: null,
    });
  });

  it('adds the oauth_ prefix to a bare provider name', async () => {
    clerkApi().get('/v1/users/user_2ada/oauth_access_tokens/oauth_github').query({ paginated: 'true' }).reply(200, { data: [], total_count: 0 });
    const list = await testClient().users.getUserOauthAccessToken('user_2ada', 'github');
    expect(list).toEqual([]);
    expect(list.totalCount).toBe(0);
  });

  it('rejects an empty provider without sending anything', async () => {
    const error = await rejectionOf(testClient().users.getUserOauthAccessToken('user_2ada', ''));
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.code).toBe('invalid_argument');
  });
});

describe('users.disableUserMFA', () => {
  it('resolves to the raw JSON, as v4 did', async () => {
    clerkApi().delete('/v1/users/user_2ada/mfa').reply(200, fixture('users/disable-mfa'));
    const result = await testClient().users.disableUserMFA('user_2ada');
    expect(result).toEqual({ user_id: 'user_2ada' });
    expect(result).not.toBeInstanceOf(User);
  });
});

describe('users.getOrganizationMembershipList', () => {
  it('lists the memberships of a user with limit and offset', async () => {
    clerkApi()
      .get('/v1/users/user_2ada/organization_memberships')
      .query({ limit: '1', offset: '0' })
      .reply(200, fixture('users/users-get-organization-memberships'));
    const list = await testClient().users.getOrganizationMembershipList({ userId: 'user_2ada', limit: 1, offset: 0 });
    expect(list).toHaveLength(1);
    expect(list.totalCount).toBe(3);
    expect(list[0]).toBeInstanceOf(OrganizationMembership);
    expect(list[0]).toMatchObject({ id: 'orgmem_2ada_acme', role: 'org:admin', createdAt: 1716600000000 });
  });

  it('rejects a missing user id without sending anything', async () => {
    const error = await rejectionOf(testClient().users.getOrganizationMembershipList({ userId: '' }));
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.code).toBe('invalid_argument');
  });
});

describe('users.verifyPassword', () => {
  it('posts only the password and resolves to the raw JSON', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/users/user_2ada/verify_password', sent.match).reply(200, fixture('users/verify-password'));
    const result = await testClient().users.verifyPassword({ userId: 'user_2ada', password: 'correct horse' });
    expect(sent.body).toEqual({ password: 'correct horse' });
    expect(result).toEqual({ verified: true });
  });

  it('rejects on a wrong password (422 with no body)', async () => {
    clerkApi().post('/v1/users/user_2ada/verify_password').reply(422);
    const error = await rejectionOf(testClient().users.verifyPassword({ userId: 'user_2ada', password: 'nope' }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(422);
    expect(error.errors).toEqual([]);
  });
});

describe('users.verifyTOTP', () => {
  it('posts only the code and resolves to the raw JSON', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/users/user_2ada/verify_totp', sent.match).reply(200, fixture('users/verify-totp'));
    const result = await testClient().users.verifyTOTP({ userId: 'user_2ada', code: '12345678' });
    expect(sent.body).toEqual({ code: '12345678' });
    expect(result).toEqual({ verified: true, code_type: 'backup_code' });
  });
});

/** A nock body matcher that records what was sent; nock hands it '' when the request had no body. */
function recordBody(): { sent: unknown[]; match: (body: unknown) => boolean } {
  const sent: unknown[] = [];
  return {
    sent,
    match(body: unknown) {
      sent.push(body);
      return true;
    },
  };
}

describe('users.replaceUserEmailAddress', () => {
  it('PUTs the new address with its status and maps the EmailAddress', async () => {
    const sent = captureBody();
    clerkApi()
      .put('/v1/users/user_2ada/email_address', sent.match)
      .matchHeader('content-type', 'application/json')
      .reply(200, fixture('users/replace-user-email-address'));
    const result = await testClient().users.replaceUserEmailAddress('user_2ada', {
      emailAddress: 'ada.new@example.com',
      identificationStatus: 'verified',
      notifyPrimaryEmailAddressChanged: true,
    });
    expect(sent.body).toEqual({
      email_address: 'ada.new@example.com',
      identification_status: 'verified',
      notify_primary_email_address_changed: true,
    });
    expect(result).toBeInstanceOf(EmailAddress);
    expect(result).toMatchObject({ id: 'idn_2ada09', emailAddress: 'ada.new@example.com', reserved: false, linkedTo: [] });
    expect(result.verification).toBeInstanceOf(Verification);
    expect(result.verification).toMatchObject({ object: 'verification_admin', status: 'verified', strategy: 'admin', attempts: null });
  });

  it('sends only the address when nothing else is given', async () => {
    const sent = captureBody();
    clerkApi().put('/v1/users/user_2ada/email_address', sent.match).reply(200, fixture('users/replace-user-email-address'));
    await testClient().users.replaceUserEmailAddress('user_2ada', { emailAddress: 'ada.new@example.com' });
    expect(sent.body).toEqual({ email_address: 'ada.new@example.com' });
  });

  it('rejects with the API error when an old address is linked to a connected account', async () => {
    clerkApi()
      .put('/v1/users/user_2ada/email_address')
      .reply(422, {
        errors: [{ code: 'identification_linked_to_external_account', message: 'linked', long_message: 'Remove the connected account first.' }],
      });
    const error = await rejectionOf(testClient().users.replaceUserEmailAddress('user_2ada', { emailAddress: 'x@example.com' }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(422);
    expect(error.errors[0].code).toBe('identification_linked_to_external_account');
  });
});

describe('users.replaceUserPhoneNumber', () => {
  it('PUTs the new number and maps the PhoneNumber', async () => {
    const sent = captureBody();
    clerkApi().put('/v1/users/user_2ada/phone_number', sent.match).reply(200, fixture('users/replace-user-phone-number'));
    const result = await testClient().users.replaceUserPhoneNumber('user_2ada', { phoneNumber: '+15555550199', identificationStatus: 'reserved' });
    expect(sent.body).toEqual({ phone_number: '+15555550199', identification_status: 'reserved' });
    expect(result).toBeInstanceOf(PhoneNumber);
    expect(result).toMatchObject({ id: 'idn_2phone09', phoneNumber: '+15555550199', reserved: true, verification: null });
  });
});

describe('users.replaceUserMetadata', () => {
  it('PUTs the metadata endpoint with the maps untouched and maps the User', async () => {
    const sent = captureBody();
    const replaced = { ...user, public_metadata: { Plan_Tier: { seatCount: 5 } }, private_metadata: {} };
    clerkApi().put('/v1/users/user_2ada/metadata', sent.match).reply(200, replaced);
    const result = await testClient().users.replaceUserMetadata('user_2ada', {
      publicMetadata: { Plan_Tier: { seatCount: 5 } },
      privateMetadata: {},
    });
    expect(sent.body).toEqual({ public_metadata: { Plan_Tier: { seatCount: 5 } }, private_metadata: {} });
    expect(result).toBeInstanceOf(User);
    expect(result.publicMetadata).toEqual({ Plan_Tier: { seatCount: 5 } });
    expect(result.privateMetadata).toEqual({});
  });
});

describe('users.banUser / unbanUser / lockUser / unlockUser', () => {
  it('bans with an empty POST and maps the banned user', async () => {
    const body = recordBody();
    clerkApi()
      .post('/v1/users/user_2ada/ban', body.match)
      .reply(200, { ...user, banned: true });
    const result = await testClient().users.banUser('user_2ada');
    expect(body.sent).toEqual(['']);
    expect(result).toBeInstanceOf(User);
    expect(result.banned).toBe(true);
  });

  it('unbans', async () => {
    clerkApi()
      .post('/v1/users/user_2ada/unban')
      .reply(200, { ...user, banned: false });
    const result = await testClient().users.unbanUser('user_2ada');
    expect(result.banned).toBe(false);
  });

  it('locks and maps the lockout details', async () => {
    clerkApi().post('/v1/users/user_2ada/lock').reply(200, fixture('users/lock-user'));
    const result = await testClient().users.lockUser('user_2ada');
    expect(result).toBeInstanceOf(User);
    expect(result).toMatchObject({ id: 'user_2ada', locked: true, lockoutExpiresInSeconds: 3600, verificationAttemptsRemaining: 0 });
  });

  it('unlocks', async () => {
    clerkApi().post('/v1/users/user_2ada/unlock').reply(200, user);
    const result = await testClient().users.unlockUser('user_2ada');
    expect(result.locked).toBe(false);
    expect(result.lockoutExpiresInSeconds).toBeNull();
  });

  it('rejects with the API error when the plan does not include banning', async () => {
    clerkApi()
      .post('/v1/users/user_2ada/ban')
      .reply(402, { errors: [{ code: 'feature_not_enabled', message: 'not enabled', long_message: 'Banning needs a paid plan.' }] });
    const error = await rejectionOf(testClient().users.banUser('user_2ada'));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(402);
    expect(error.errors[0].code).toBe('feature_not_enabled');
  });

  it('encodes the user id, and rejects an empty one without sending anything', async () => {
    clerkApi().post('/v1/users/user%2F..%2Fx/lock').reply(200, fixture('users/lock-user'));
    await testClient().users.lockUser('user/../x');
    const error = await rejectionOf(testClient().users.unlockUser(''));
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.code).toBe('invalid_argument');
  });
});

describe('users.banUserBulk / unbanUserBulk', () => {
  it('posts { user_ids } to /users/ban and maps the bare array of users', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/users/ban', sent.match).reply(200, fixture('users/users-ban'));
    const result = await testClient().users.banUserBulk({ userIds: ['user_2spam01', 'user_2spam02'] });
    expect(sent.body).toEqual({ user_ids: ['user_2spam01', 'user_2spam02'] });
    expect(result).toHaveLength(2);
    expect(result[0]).toBeInstanceOf(User);
    expect(result.map((u) => [u.id, u.banned])).toEqual([
      ['user_2spam01', true],
      ['user_2spam02', true],
    ]);
  });

  it('posts { user_ids } to /users/unban', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/users/unban', sent.match).reply(200, fixture('users/users-unban'));
    const result = await testClient().users.unbanUserBulk({ userIds: ['user_2spam01', 'user_2spam02'] });
    expect(sent.body).toEqual({ user_ids: ['user_2spam01', 'user_2spam02'] });
    expect(result.every((u) => u instanceof User && !u.banned)).toBe(true);
  });

  it('rejects with the API error on a list that is too long', async () => {
    clerkApi()
      .post('/v1/users/ban')
      .reply(400, { errors: [{ code: 'form_param_exceeds_allowed_size', message: 'too many', long_message: 'At most 50 user ids.' }] });
    const error = await rejectionOf(testClient().users.banUserBulk({ userIds: Array.from({ length: 51 }, (_, i) => `user_${i}`) }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(400);
  });
});

describe('users.deleteUserProfileImage', () => {
  it('DELETEs the profile image and maps the user', async () => {
    clerkApi()
      .delete('/v1/users/user_2ada/profile_image')
      .reply(200, { ...user, has_image: false, image_url: 'https://img.clerk.com/default' });
    const result = await testClient().users.deleteUserProfileImage('user_2ada');
    expect(result).toBeInstanceOf(User);
    expect(result).toMatchObject({ hasImage: false, imageUrl: 'https://img.clerk.com/default' });
  });
});

describe('users.getOrganizationInvitationList', () => {
  it('sends limit, offset and status and maps the invitations with their organization data', async () => {
    const json = fixture('users/users-get-organization-invitations');
    clerkApi().get('/v1/users/user_2ada/organization_invitations').query({ limit: '1', offset: '0', status: 'pending' }).reply(200, json);
    const list = await testClient().users.getOrganizationInvitationList({ userId: 'user_2ada', limit: 1, offset: 0, status: 'pending' });
    expect(list).toHaveLength(1);
    expect(list.totalCount).toBe(4);
    expect(list[0]).toBeInstanceOf(OrganizationInvitationWithPublicOrganizationData);
    expect(list[0]).toBeInstanceOf(OrganizationInvitation);
    expect(list[0]).toMatchObject({
      id: 'orginv_2acme01',
      emailAddress: 'ada@example.com',
      role: 'org:member',
      organizationId: 'org_2acme',
      status: 'pending',
      publicMetadata: { inviteSource: 'crm' },
      privateMetadata: { ticket_ref: { crmId: 7 } },
      expiresAt: 1718000000000,
    });
    expect(list[0]?.publicInviterData?.identifier).toBe('grace@example.com');
    expect(list[0]?.publicOrganizationData).toBeInstanceOf(OrganizationInvitationPublicOrganizationData);
    expect(list[0]?.publicOrganizationData).toMatchObject({ id: 'org_2acme', name: 'Acme', slug: 'acme', hasImage: true });
    expect(list[0]?.raw).toEqual(json.data[0]);
  });

  it('sends no query when only the user id is given', async () => {
    clerkApi().get('/v1/users/user_2ada/organization_invitations').reply(200, { data: [], total_count: 0 });
    const list = await testClient().users.getOrganizationInvitationList({ userId: 'user_2ada' });
    expect(list).toEqual([]);
    expect(list.totalCount).toBe(0);
  });

  it('rejects a missing user id without sending anything', async () => {
    const error = await rejectionOf(testClient().users.getOrganizationInvitationList({ userId: '' }));
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.code).toBe('invalid_argument');
  });
});

describe('users.removePassword', () => {
  it('posts sign_out_of_other_sessions when given and maps the user', async () => {
    const sent = captureBody();
    clerkApi()
      .post('/v1/users/user_2ada/remove_password', sent.match)
      .reply(200, { ...user, password_enabled: false });
    const result = await testClient().users.removePassword('user_2ada', { signOutOfOtherSessions: true });
    expect(sent.body).toEqual({ sign_out_of_other_sessions: true });
    expect(result).toBeInstanceOf(User);
    expect(result.passwordEnabled).toBe(false);
  });

  it('sends no body without params', async () => {
    const body = recordBody();
    clerkApi()
      .post('/v1/users/user_2ada/remove_password', body.match)
      .reply(200, { ...user, password_enabled: false });
    await testClient().users.removePassword('user_2ada');
    expect(body.sent).toEqual(['']);
  });
});

describe('users.setPasswordCompromised / unsetPasswordCompromised', () => {
  it('posts revoke_all_sessions to set_compromised', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/users/user_2ada/password/set_compromised', sent.match).reply(200, user);
    const result = await testClient().users.setPasswordCompromised('user_2ada', { revokeAllSessions: true });
    expect(sent.body).toEqual({ revoke_all_sessions: true });
    expect(result).toBeInstanceOf(User);
    expect(result.id).toBe('user_2ada');
  });

  it('sends no body to set_compromised without params, nor to unset_compromised', async () => {
    const set = recordBody();
    const unset = recordBody();
    clerkApi().post('/v1/users/user_2ada/password/set_compromised', set.match).reply(200, user);
    clerkApi().post('/v1/users/user_2ada/password/unset_compromised', unset.match).reply(200, user);
    await testClient().users.setPasswordCompromised('user_2ada');
    const result = await testClient().users.unsetPasswordCompromised('user_2ada');
    expect(set.sent).toEqual(['']);
    expect(unset.sent).toEqual(['']);
    expect(result).toBeInstanceOf(User);
  });

  it('rejects with the API error when the user has no password', async () => {
    clerkApi()
      .post('/v1/users/user_2grace/password/set_compromised')
      .reply(422, { errors: [{ code: 'no_password_set', message: 'no password', long_message: 'The user has no password.' }] });
    const error = await rejectionOf(testClient().users.setPasswordCompromised('user_2grace'));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(422);
    expect(error.errors[0].code).toBe('no_password_set');
  });
});

describe('users.deleteUserBackupCodes / deleteUserTOTP', () => {
  it('DELETEs the backup codes and resolves to { userId }', async () => {
    clerkApi().delete('/v1/users/user_2ada/backup_code').reply(200, fixture('users/delete-backup-code'));
    const result = await testClient().users.deleteUserBackupCodes('user_2ada');
    expect(result).toEqual({ userId: 'user_2ada' });
  });

  it('DELETEs the TOTP and resolves to { userId }', async () => {
    clerkApi().delete('/v1/users/user_2ada/totp').reply(200, fixture('users/delete-totp'));
    const result = await testClient().users.deleteUserTOTP('user_2ada');
    expect(result).toEqual({ userId: 'user_2ada' });
  });
});

describe('users.deleteUserPasskey / deleteUserWeb3Wallet / deleteUserExternalAccount', () => {
  it('deletes a passkey by both encoded ids', async () => {
    clerkApi().delete('/v1/users/user_2ada/passkeys/idn_2passkey01').reply(200, fixture('users/user-passkey-delete'));
    const deleted = await testClient().users.deleteUserPasskey({ userId: 'user_2ada', passkeyIdentificationId: 'idn_2passkey01' });
    expect(deleted).toBeInstanceOf(DeletedObject);
    expect(deleted).toMatchObject({ object: 'passkey', id: 'idn_2passkey01', deleted: true });
  });

  it('deletes a web3 wallet', async () => {
    clerkApi().delete('/v1/users/user_2ada/web3_wallets/idn_2wallet01').reply(200, fixture('users/user-web3-wallet-delete'));
    const deleted = await testClient().users.deleteUserWeb3Wallet({ userId: 'user_2ada', web3WalletIdentificationId: 'idn_2wallet01' });
    expect(deleted).toBeInstanceOf(DeletedObject);
    expect(deleted).toMatchObject({ object: 'web3_wallet', id: 'idn_2wallet01', deleted: true });
  });

  it('deletes an external account, encoding the ids', async () => {
    clerkApi().delete('/v1/users/user_2ada/external_accounts/eac%2F2google01').reply(200, fixture('users/delete-external-account'));
    const deleted = await testClient().users.deleteUserExternalAccount({ userId: 'user_2ada', externalAccountId: 'eac/2google01' });
    expect(deleted).toMatchObject({ object: 'external_account', id: 'eac_2google01', deleted: true });
  });

  it('rejects a missing second id without sending anything', async () => {
    const error = await rejectionOf(testClient().users.deleteUserPasskey({ userId: 'user_2ada', passkeyIdentificationId: '' }));
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.code).toBe('invalid_argument');
  });

  it('rejects with the API error on 404', async () => {
    clerkApi()
      .delete('/v1/users/user_2ada/web3_wallets/idn_missing')
      .reply(404, { errors: [{ code: 'resource_not_found', message: 'not found', long_message: 'Web3 wallet not found' }] });
    const error = await rejectionOf(testClient().users.deleteUserWeb3Wallet({ userId: 'user_2ada', web3WalletIdentificationId: 'idn_missing' }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(404);
  });
});

describe('users.getUserTrustedDeviceList / revokeUserTrustedDevice', () => {
  it('lists the trusted devices without paging parameters and maps them', async () => {
    clerkApi().get('/v1/users/user_2ada/trusted_devices').reply(200, fixture('users/list-user-trusted-devices'));
    const list = await testClient().users.getUserTrustedDeviceList('user_2ada');
    expect(list).toHaveLength(2);
    expect(list.totalCount).toBe(2);
    expect(list[0]).toBeInstanceOf(TrustedDevice);
    expect(list[0]).toMatchObject({
      id: 'td_2ipad',
      platform: 'ios',
      appIdentifier: 'com.example.app',
      name: "Ada's iPad",
      algorithm: 'ES256',
      status: 'active',
      createdAt: 1716000000000,
      updatedAt: 1717000000000,
      lastUsedAt: 1717000000000,
      revokedAt: null,
    });
    expect(list[1]).toMatchObject({ id: 'td_2pixel', platform: 'android', name: null, lastUsedAt: null });
  });

  it('walks the single page with for await and stops', async () => {
    clerkApi().get('/v1/users/user_2ada/trusted_devices').reply(200, fixture('users/list-user-trusted-devices'));
    const ids: string[] = [];
    for await (const device of testClient().users.getUserTrustedDeviceList('user_2ada')) ids.push(device.id);
    expect(ids).toEqual(['td_2ipad', 'td_2pixel']);
  });

  it('revokes a device with DELETE and maps the revoked device', async () => {
    const json = fixture('users/revoke-user-trusted-device');
    clerkApi().delete('/v1/users/user_2ada/trusted_devices/td_2ipad').reply(200, json);
    const device = await testClient().users.revokeUserTrustedDevice('user_2ada', 'td_2ipad');
    expect(device).toBeInstanceOf(TrustedDevice);
    expect(device).toMatchObject({ id: 'td_2ipad', status: 'revoked', revokedAt: 1717500000000 });
    expect(device.raw).toEqual(json);
  });

  it('rejects with the API error when the device does not exist', async () => {
    clerkApi()
      .delete('/v1/users/user_2ada/trusted_devices/td_missing')
      .reply(404, { errors: [{ code: 'resource_not_found', message: 'not found', long_message: 'Trusted device not found' }] });
    const error = await rejectionOf(testClient().users.revokeUserTrustedDevice('user_2ada', 'td_missing'));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(404);
  });
});
