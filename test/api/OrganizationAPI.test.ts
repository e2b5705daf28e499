import { describe, expect, it } from 'vitest';
import {
  ClerkAPIResponseError,
  ClerkSDKError,
  DeletedObject,
  Organization,
  OrganizationInvitation,
  OrganizationInvitationPublicUserData,
  OrganizationMembership,
  OrganizationMembershipPublicUserData,
} from '../../src/index';
import { captureBody, clerkApi, fixture, rejectionOf, testClient } from '../helpers/nock';

const f = (name: string) => fixture(`organizations/${name}`);
const ORG_ID = 'org_2kZ8m3Qh7PfXc1aBvR4nT9wYeLd';
const USER_ID = 'user_2kZ7aQ1mN5bC8dE3fG6hJ9kL0pR';
const INV_ID = 'orginv_2kZGg1Yq5XnFk9iJdZ2vB7gGmTl';

/** Records the raw path+query nock saw, for assertions on the exact query string. */
function rawUri() {
  const seen = { uri: '' };
  return {
    seen,
    reply:
      (body: unknown) =>
      (uri: string): [number, unknown] => {
        seen.uri = uri;
        return [200, body];
      },
  };
}

/** nock hands over a body that is not valid UTF-8 (our PNG bytes) as a hex string; read it back byte for byte. */
function decodeNockBody(body: unknown): string {
  if (typeof body !== 'string') return JSON.stringify(body);
  return /^(?:[0-9a-f]{2})+$/.test(body) ? Buffer.from(body, 'hex').toString('latin1') : body;
}

describe('organizations.getOrganizationList', () => {
  it('sends every filter as snake_case query keys (arrays repeated) and maps the page with its total', async () => {
    const body = f('list-organizations');
    const q = rawUri();
    clerkApi().get('/v1/organizations').query(true).reply(q.reply(body));
    const list = await testClient().organizations.getOrganizationList({
      limit: 2,
      offset: 4,
      includeMembersCount: true,
      includeMissingMemberWithElevatedPermissions: false,
      query: 'acme',
      userId: [USER_ID, '-user_2kZ9b2Cn6dD9eF4gH7iK0lM1qS'],
      organizationId: ['+org_a', '-org_b'],
      orderBy: '-members_count',
    });
    expect(q.seen.uri).toBe(
      '/v1/organizations?limit=2&offset=4&include_members_count=true&include_missing_member_with_elevated_permissions=false' +
        `&query=acme&user_id=${USER_ID}&user_id=-user_2kZ9b2Cn6dD9eF4gH7iK0lM1qS` +
        '&organization_id=%2Borg_a&organization_id=-org_b&order_by=-members_count',
    );
    expect(Array.isArray(list)).toBe(true);
    expect(list).toHaveLength(2);
    expect(list.totalCount).toBe(42);
    expect(list[0]).toBeInstanceOf(Organization);
    expect(list[0]).toMatchObject({
      id: ORG_ID,
      name: 'Acme Robotics',
      slug: 'acme-robotics',
      membersCount: 12,
      hasImage: false,
      maxAllowedMemberships: 25,
      adminDeleteEnabled: true,
      createdBy: USER_ID,
      createdAt: 1716900000000,
      lastActiveAt: 1717600000000,
      roleSetKey: null,
    });
    expect(list[0]!.privateMetadata).toEqual({ stripe_customer_id: 'cus_Q8xYz1', crmRef: { accountId: '0015g00000XyZAB' } });
    expect(list[1]!.roleSetKey).toBe('role_set_default');
  });

  it('sends no query at all when called without params', async () => {
    clerkApi().get('/v1/organizations').reply(200, { data: [], total_count: 0 });
    const list = await testClient().organizations.getOrganizationList();
    expect(list).toEqual([]);
    expect(list.totalCount).toBe(0);
  });
});

describe('organizations.createOrganization', () => {
  it('posts snake_case top-level keys and leaves metadata keys byte for byte', async () => {
    const body = f('create-organization');
    const sent = captureBody();
    clerkApi().post('/v1/organizations', sent.match).matchHeader('content-type', 'application/json').reply(200, body);
    const org = await testClient().organizations.createOrganization({
      name: 'Initech',
      createdBy: USER_ID,
      maxAllowedMemberships: 5,
      publicMetadata: { camelKey: 1, snake_key: { innerCamel: true } },
      privateMetadata: { someID: 'x', nested_Thing: { deepKey: [{ aB: 1 }] } },
    });
    expect(sent.body).toEqual({
      name: 'Initech',
      created_by: USER_ID,
      max_allowed_memberships: 5,
      public_metadata: { camelKey: 1, snake_key: { innerCamel: true } },
      private_metadata: { someID: 'x', nested_Thing: { deepKey: [{ aB: 1 }] } },
    });
    expect(org).toBeInstanceOf(Organization);
    expect(org.publicMetadata).toEqual({ camelKey: 1, snake_key: { innerCamel: true } });
    expect(Object.keys(org.publicMetadata)).toEqual(['camelKey', 'snake_key']);
    expect(org.privateMetadata).toEqual({});
    // role_set_key is absent from this payload: mapped to null, not undefined.
    expect(org.roleSetKey).toBeNull();
    expect(org.raw).toEqual(body);
  });

  it('sends a Date createdAt as an RFC 3339 string', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/organizations', sent.match).reply(200, f('create-organization'));
    await testClient().organizations.createOrganization({ name: 'Initech', createdAt: new Date(Date.UTC(2020, 0, 2, 3, 4, 5)), roleSetKey: 'rs_1' });
    expect(sent.body).toEqual({ name: 'Initech', created_at: '2020-01-02T03:04:05.000Z', role_set_key: 'rs_1' });
  });
});

describe('organizations.getOrganization', () => {
  it('fetches by id with the optional counts', async () => {
    clerkApi()
      .get(`/v1/organizations/${ORG_ID}`)
      .query({ include_members_count: 'true', include_missing_member_with_elevated_permissions: 'true' })
      .reply(200, f('get-organization'));
    const org = await testClient().organizations.getOrganization({
      organizationId: ORG_ID,
      includeMembersCount: true,
      includeMissingMemberWithElevatedPermissions: true,
    });
    expect(org).toBeInstanceOf(Organization);
    expect(org).toMatchObject({ id: ORG_ID, membersCount: 12, pendingInvitationsCount: 2, missingMemberWithElevatedPermissions: false });
  });

  it('puts the slug in the same path slot, encoded', async () => {
    clerkApi().get('/v1/organizations/acme%20robotics%2F..').reply(200, f('get-organization'));
    const org = await testClient().organizations.getOrganization({ slug: 'acme robotics/..' });
    expect(org.slug).toBe('acme-robotics');
    // Not asked for: no query string is sent, so nock's exact path match above holds.
  });

  it('rejects without a request when neither organizationId nor slug is given', async () => {
    const error = await rejectionOf(testClient().organizations.getOrganization({} as never));
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.code).toBe('invalid_argument');
    expect(error.message).toContain('organizationId');
  });

  it('rejects with status, code and trace id on a 404', async () => {
    clerkApi().get('/v1/organizations/org_missing').reply(404, f('error-not-found'));
    const error = await rejectionOf(testClient().organizations.getOrganization({ organizationId: 'org_missing' }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(404);
    expect(error.errors[0].code).toBe('resource_not_found');
    expect(error.errors[0].longMessage).toBe('Resource not found');
    expect(error.clerkTraceId).toBe('7f3c2a9b1e4d4c58a0b6e2f1d9c8b7a6');
  });
});

describe('organizations.updateOrganization', () => {
  it('sends only the PATCH when no metadata is given', async () => {
    const sent = captureBody();
    clerkApi().patch(`/v1/organizations/${ORG_ID}`, sent.match).reply(200, f('update-organization'));
    const org = await testClient().organizations.updateOrganization(ORG_ID, {
      name: 'Acme Robotics Inc',
      slug: 'acme-robotics-inc',
      maxAllowedMemberships: 50,
      adminDeleteEnabled: true,
    });
    expect(sent.body).toEqual({ name: 'Acme Robotics Inc', slug: 'acme-robotics-inc', max_allowed_memberships: 50, admin_delete_enabled: true });
    expect(org).toBeInstanceOf(Organization);
    expect(org).toMatchObject({ name: 'Acme Robotics Inc', maxAllowedMemberships: 50, updatedAt: 1717800000000 });
  });

  it('PATCHes the fields without metadata, then PUTs the metadata, and resolves to the final organization', async () => {
    const order: string[] = [];
    const patched = captureBody();
    const put = captureBody();
    const scope = clerkApi()
      .patch(`/v1/organizations/${ORG_ID}`, (b) => (order.push('PATCH'), patched.match(b)))
      .reply(200, f('update-organization'))
      .put(`/v1/organizations/${ORG_ID}/metadata`, (b) => (order.push('PUT'), put.match(b)))
      .reply(200, f('replace-organization-metadata'));
    const org = await testClient().organizations.updateOrganization(ORG_ID, {
      name: 'Acme Robotics Inc',
      publicMetadata: { plan: 'enterprise' },
    });
    expect(order).toEqual(['PATCH', 'PUT']);
    expect(patched.body).toEqual({ name: 'Acme Robotics Inc' });
    // Only the object that was given: the other one is left alone by the replace endpoint.
    expect(put.body).toEqual({ public_metadata: { plan: 'enterprise' } });
    expect(org.publicMetadata).toEqual({ plan: 'enterprise' });
    expect(org.updatedAt).toBe(1717800000500);
    expect(scope.isDone()).toBe(true);
  });

  it('sends only the replace call when only metadata is given, with keys untouched', async () => {
    const put = captureBody();
    clerkApi().put(`/v1/organizations/${ORG_ID}/metadata`, put.match).reply(200, f('replace-organization-metadata'));
    const org = await testClient().organizations.updateOrganization(ORG_ID, {
      publicMetadata: { plan: 'enterprise' },
      privateMetadata: { billingID: 7, nested: { keepMe: true } },
    });
    expect(put.body).toEqual({ public_metadata: { plan: 'enterprise' }, private_metadata: { billingID: 7, nested: { keepMe: true } } });
    expect(org).toBeInstanceOf(Organization);
  });

  it('does not send the metadata call when the PATCH fails', async () => {
    clerkApi().patch(`/v1/organizations/${ORG_ID}`).reply(422, {
      errors: [{ code: 'form_identifier_exists', message: 'taken', long_message: 'That slug is taken.', meta: { param_name: 'slug' } }],
    });
    const error = await rejectionOf(testClient().organizations.updateOrganization(ORG_ID, { slug: 'taken', publicMetadata: { a: 1 } }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(422);
    expect(error.errors[0].meta).toEqual({ paramName: 'slug' });
    // setup.ts fails the test if an interceptor is left unused; no PUT interceptor exists, so none may be sent.
  });

  it('with nothing to change, still sends the PATCH (no body) so it can resolve to the organization', async () => {
    const sent = captureBody();
    clerkApi().patch(`/v1/organizations/${ORG_ID}`, sent.match).reply(200, f('update-organization'));
    const org = await testClient().organizations.updateOrganization(ORG_ID, {});
    expect(sent.body).toBe('');
    expect(org.id).toBe(ORG_ID);
  });

  it('rejects without a request when the id is empty', async () => {
    const error = await rejectionOf(testClient().organizations.updateOrganization('', { name: 'x', publicMetadata: {} }));
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.code).toBe('invalid_argument');
  });
});

describe('organizations.updateOrganizationLogo', () => {
  it('PUTs a multipart/form-data body with the file and uploader_user_id parts', async () => {
    let received = '';
    clerkApi()
      .put(`/v1/organizations/${ORG_ID}/logo`, (b) => ((received = decodeNockBody(b)), true))
      .matchHeader('content-type', /^multipart\/form-data; boundary=/)
      .reply(200, f('upload-organization-logo'));
    const file = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'logo.png', { type: 'image/png' });
    const org = await testClient().organizations.updateOrganizationLogo(ORG_ID, { file, uploaderUserId: USER_ID });
    expect(received).toMatch(/Content-Disposition: form-data; name="file"; filename="logo.png"\r\nContent-Type: image\/png\r\n\r\n\x89PNG/);
    expect(received).toMatch(new RegExp(`Content-Disposition: form-data; name="uploader_user_id"\\r\\n\\r\\n${USER_ID}\\r\\n`));
    // Exactly those two parts, nothing else.
    expect(received.match(/Content-Disposition: form-data; name="([^"]+)"/g)).toEqual([
      'Content-Disposition: form-data; name="file"',
      'Content-Disposition: form-data; name="uploader_user_id"',
    ]);
    expect(org).toBeInstanceOf(Organization);
    expect(org.hasImage).toBe(true);
    expect(org.imageUrl).toContain('https://img.clerk.com/');
    expect(org.logoUrl).toBe('https://images.clerk.dev/uploaded/img_2kZBb6Tl0SiAf4dEyU7qW2bBhOg');
  });

  it('rejects without a request when file is not a Blob', async () => {
    const error = await rejectionOf(testClient().organizations.updateOrganizationLogo(ORG_ID, { file: 'logo.png' as never }));
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.code).toBe('invalid_argument');
  });
});

describe('organizations.deleteOrganizationLogo', () => {
  it('DELETEs the logo and returns the organization', async () => {
    clerkApi().delete(`/v1/organizations/${ORG_ID}/logo`).reply(200, f('delete-organization-logo'));
    const org = await testClient().organizations.deleteOrganizationLogo(ORG_ID);
    expect(org).toBeInstanceOf(Organization);
    expect(org).toMatchObject({ id: ORG_ID, hasImage: false, logoUrl: null, updatedAt: 1718100000000 });
  });
});

describe('organizations.updateOrganizationMetadata', () => {
  it('PATCHes the merge endpoint with metadata keys untouched', async () => {
    const sent = captureBody();
    clerkApi().patch(`/v1/organizations/${ORG_ID}/metadata`, sent.match).reply(200, f('merge-organization-metadata'));
    const org = await testClient().organizations.updateOrganizationMetadata(ORG_ID, { publicMetadata: { region: 'eu-west', oldKey: null } });
    expect(sent.body).toEqual({ public_metadata: { region: 'eu-west', oldKey: null } });
    expect(org.publicMetadata).toEqual({ plan: 'growth', seatLimit: 25, region: 'eu-west' });
  });
});

describe('organizations.deleteOrganization', () => {
  it('DELETEs by encoded id and returns a DeletedObject', async () => {
    clerkApi().delete('/v1/organizations/org_1%2F..').reply(200, f('delete-organization'));
    const deleted = await testClient().organizations.deleteOrganization('org_1/..');
    expect(deleted).toBeInstanceOf(DeletedObject);
    expect(deleted).toMatchObject({ object: 'organization', id: ORG_ID, slug: 'acme-robotics', deleted: true });
  });
});

describe('organizations.getOrganizationMembershipList', () => {
  it('sends the page and filters, not the organization id, and maps memberships', async () => {
    const q = rawUri();
    clerkApi().get(`/v1/organizations/${ORG_ID}/memberships`).query(true).reply(q.reply(f('list-organization-memberships')));
    const list = await testClient().organizations.getOrganizationMembershipList({
      organizationId: ORG_ID,
      limit: 2,
      offset: 0,
      role: ['org:admin', 'org:member'],
      web3Wallet: ['0xabc'],
      lastActiveAtAfter: 1700000000000,
      orderBy: '-created_at',
    });
    expect(q.seen.uri).toBe(
      `/v1/organizations/${ORG_ID}/memberships?limit=2&offset=0&role=org%3Aadmin&role=org%3Amember&web3_wallet=0xabc` +
        '&last_active_at_after=1700000000000&order_by=-created_at',
    );
    expect(list.totalCount).toBe(14);
    expect(list).toHaveLength(2);
    expect(list[0]).toBeInstanceOf(OrganizationMembership);
    expect(list[0]!.organization).toBeInstanceOf(Organization);
    expect(list[0]!.publicUserData).toBeInstanceOf(OrganizationMembershipPublicUserData);
    expect(list[0]).toMatchObject({ role: 'org:admin', roleName: 'Admin', publicMetadata: { department: 'R&D' }, privateMetadata: { hrCode: 'X-17' } });
    expect(list[1]).toMatchObject({ role: 'org:member', privateMetadata: {} });
    expect(list[1]!.publicUserData).toMatchObject({ firstName: null, identifier: '+15555550123', banned: null });
  });

  it('rejects without a request when organizationId is missing', async () => {
    const error = await rejectionOf(testClient().organizations.getOrganizationMembershipList({ organizationId: '' }));
    expect(error).toBeInstanceOf(ClerkSDKError);
  });
});

describe('organizations.createOrganizationMembership', () => {
  it('POSTs user_id, role and metadata (keys untouched) to the organization', async () => {
    const sent = captureBody();
    clerkApi().post(`/v1/organizations/${ORG_ID}/memberships`, sent.match).reply(200, f('create-organization-membership'));
    const membership = await testClient().organizations.createOrganizationMembership({
      organizationId: ORG_ID,
      userId: 'user_2kZDd8Vn2UkCh6fGaW9sY4dDjQi',
      role: 'org:member',
      publicMetadata: { invitedVia: 'api' },
      privateMetadata: { seat_type: 'paid' },
    });
    expect(sent.body).toEqual({
      user_id: 'user_2kZDd8Vn2UkCh6fGaW9sY4dDjQi',
      role: 'org:member',
      public_metadata: { invitedVia: 'api' },
      private_metadata: { seat_type: 'paid' },
    });
    expect(membership).toBeInstanceOf(OrganizationMembership);
    expect(membership).toMatchObject({ id: 'orgmem_2kZFf0Xp4WmEj8hIcY1uA6fFlSk', publicMetadata: { invitedVia: 'api' } });
  });
});

describe('organizations.updateOrganizationMembership', () => {
  it('PATCHes the role on the encoded membership path', async () => {
    const sent = captureBody();
    clerkApi().patch(`/v1/organizations/${ORG_ID}/memberships/user_a%3Fb`, sent.match).reply(200, f('update-organization-membership'));
    const membership = await testClient().organizations.updateOrganizationMembership({ organizationId: ORG_ID, userId: 'user_a?b', role: 'org:admin' });
    expect(sent.body).toEqual({ role: 'org:admin' });
    expect(membership).toBeInstanceOf(OrganizationMembership);
    expect(membership).toMatchObject({ role: 'org:admin', roleName: 'Admin', updatedAt: 1718300000000 });
  });
});

describe('organizations.updateOrganizationMembershipMetadata', () => {
  it('PATCHes the membership metadata endpoint', async () => {
    const sent = captureBody();
    clerkApi().patch(`/v1/organizations/${ORG_ID}/memberships/${USER_ID}/metadata`, sent.match).reply(200, f('update-organization-membership-metadata'));
    const membership = await testClient().organizations.updateOrganizationMembershipMetadata({
      organizationId: ORG_ID,
      userId: USER_ID,
      publicMetadata: { teamLead: true },
    });
    expect(sent.body).toEqual({ public_metadata: { teamLead: true } });
    expect(membership.publicMetadata).toEqual({ department: 'R&D', teamLead: true });
  });
});

describe('organizations.deleteOrganizationMembership', () => {
  it('DELETEs the membership and resolves to the membership, as the spec answers', async () => {
    clerkApi().delete(`/v1/organizations/${ORG_ID}/memberships/user_2kZDd8Vn2UkCh6fGaW9sY4dDjQi`).reply(200, f('delete-organization-membership'));
    const membership = await testClient().organizations.deleteOrganizationMembership({
      organizationId: ORG_ID,
      userId: 'user_2kZDd8Vn2UkCh6fGaW9sY4dDjQi',
    });
    expect(membership).toBeInstanceOf(OrganizationMembership);
    expect(membership).toMatchObject({ id: 'orgmem_2kZEe9Wo3VlDi7gHbX0tZ5eEkRj', role: 'org:member' });
  });
});

describe('organizations.getOrganizationInvitationList', () => {
  it('sends status as repeated query keys, exactly', async () => {
    const q = rawUri();
    clerkApi().get(`/v1/organizations/${ORG_ID}/invitations`).query(true).reply(q.reply(f('list-organization-invitations')));
    const list = await testClient().organizations.getOrganizationInvitationList({
      organizationId: ORG_ID,
      status: ['pending', 'accepted'],
      limit: 5,
      offset: 10,
    });
    expect(q.seen.uri).toBe(`/v1/organizations/${ORG_ID}/invitations?status=pending&status=accepted&limit=5&offset=10`);
    expect(list.totalCount).toBe(9);
    expect(list[0]).toBeInstanceOf(OrganizationInvitation);
    expect(list[0]!.publicInviterData).toBeInstanceOf(OrganizationInvitationPublicUserData);
    expect(list[0]).toMatchObject({
      id: INV_ID,
      emailAddress: 'grace@hopper.test',
      status: 'pending',
      organizationId: ORG_ID,
      inviterId: USER_ID,
      publicMetadata: { source: 'onboarding' },
      privateMetadata: { referralCode: 'GH-42' },
      expiresAt: 1719500000000,
    });
    expect(list[0]!.publicInviterData).toMatchObject({ userId: USER_ID, firstName: 'Ada', identifier: 'ada@acme.test', hasImage: true });
    expect(list[1]).toMatchObject({ status: 'accepted', inviterId: null, publicInviterData: null, url: null, expiresAt: null, privateMetadata: {} });
  });

  it('also takes emailAddress and orderBy', async () => {
    clerkApi()
      .get(`/v1/organizations/${ORG_ID}/invitations`)
      .query({ email_address: 'grace@hopper.test', order_by: '+email_address' })
      .reply(200, { data: [], total_count: 0 });
    const list = await testClient().organizations.getOrganizationInvitationList({
      organizationId: ORG_ID,
      emailAddress: 'grace@hopper.test',
      orderBy: '+email_address',
    });
    expect(list).toHaveLength(0);
  });
});

describe('organizations.getPendingOrganizationInvitationList', () => {
  it('GETs the deprecated pending endpoint with the page', async () => {
    clerkApi().get(`/v1/organizations/${ORG_ID}/invitations/pending`).query({ limit: '1', offset: '0' }).reply(200, f('list-pending-organization-invitations'));
    const list = await testClient().organizations.getPendingOrganizationInvitationList({ organizationId: ORG_ID, limit: 1, offset: 0 });
    expect(list.totalCount).toBe(1);
    expect(list[0]).toBeInstanceOf(OrganizationInvitation);
    expect(list[0]!.status).toBe('pending');
  });
});

describe('organizations.createOrganizationInvitation', () => {
  it('POSTs the invitation without the organization id in the body', async () => {
    const sent = captureBody();
    clerkApi().post(`/v1/organizations/${ORG_ID}/invitations`, sent.match).reply(200, f('create-organization-invitation'));
    const invitation = await testClient().organizations.createOrganizationInvitation({
      organizationId: ORG_ID,
      inviterUserId: USER_ID,
      emailAddress: 'margaret@hamilton.test',
      role: 'org:admin',
      redirectUrl: 'https://acme.test/welcome',
      publicMetadata: { welcomeTeam: 'apollo' },
      privateMetadata: { cost_center: 7 },
      expiresInDays: 7,
      notify: false,
    });
    expect(sent.body).toEqual({
      inviter_user_id: USER_ID,
      email_address: 'margaret@hamilton.test',
      role: 'org:admin',
      redirect_url: 'https://acme.test/welcome',
      public_metadata: { welcomeTeam: 'apollo' },
      private_metadata: { cost_center: 7 },
      expires_in_days: 7,
      notify: false,
    });
    expect(invitation).toBeInstanceOf(OrganizationInvitation);
    expect(invitation).toMatchObject({
      emailAddress: 'margaret@hamilton.test',
      role: 'org:admin',
      roleName: 'Admin',
      publicMetadata: { welcomeTeam: 'apollo' },
      privateMetadata: { cost_center: 7 },
    });
  });
});

describe('organizations.getOrganizationInvitation', () => {
  it('GETs the invitation by both encoded ids', async () => {
    clerkApi().get(`/v1/organizations/${ORG_ID}/invitations/orginv%23frag`).reply(200, f('get-organization-invitation'));
    const invitation = await testClient().organizations.getOrganizationInvitation({ organizationId: ORG_ID, invitationId: 'orginv#frag' });
    expect(invitation).toBeInstanceOf(OrganizationInvitation);
    expect(invitation.url).toContain('__clerk_ticket=');
  });
});

describe('organizations.revokeOrganizationInvitation', () => {
  it('POSTs requesting_user_id to the revoke endpoint', async () => {
    const sent = captureBody();
    clerkApi().post(`/v1/organizations/${ORG_ID}/invitations/${INV_ID}/revoke`, sent.match).reply(200, f('revoke-organization-invitation'));
    const invitation = await testClient().organizations.revokeOrganizationInvitation({
      organizationId: ORG_ID,
      invitationId: INV_ID,
      requestingUserId: USER_ID,
    });
    expect(sent.body).toEqual({ requesting_user_id: USER_ID });
    expect(invitation).toBeInstanceOf(OrganizationInvitation);
    expect(invitation).toMatchObject({ status: 'revoked', url: null });
  });
});
