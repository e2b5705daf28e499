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
import { OrganizationDomain } from '../../src/models/OrganizationDomain';
import { OrganizationDomainVerification } from '../../src/models/OrganizationDomainVerification';
import { OrganizationInvitationPublicOrganizationData } from '../../src/models/OrganizationInvitationPublicOrganizationData';
import { OrganizationInvitationWithPublicOrganizationData } from '../../src/models/OrganizationInvitationWithPublicOrganizationData';
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
    clerkApi()
      .patch(`/v1/organizations/${ORG_ID}`)
      .reply(422, {
        errors: [{ code: 'form_identifier_exists', message: 'taken', long_message: 'That slug is taken.', meta: { param_name: 'slug' } }],
      });
    const error = await rejectionOf(testClient().organizations.updateOrganization(ORG_ID, { slug: 'taken', publicMetadata: { a: 1 } }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(422);
    expect(error.errors[0].meta).toEqual({ paramName: 'slug' });
    // setup.ts fails the test if an interceptor is left unused; no PUT interceptor exists, so none may be sent.
  });

  it('with nothing to change, still sends the PATCH with an empty JSON object (the spec requires a body)', async () => {
    const sent = captureBody();
    clerkApi().patch(`/v1/organizations/${ORG_ID}`, sent.match).reply(200, f('update-organization'));
    const org = await testClient().organizations.updateOrganization(ORG_ID, {});
    expect(sent.body).toEqual({});
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
    clerkApi()
      .get(`/v1/organizations/${ORG_ID}/memberships`)
      .query(true)
      .reply(q.reply(f('list-organization-memberships')));
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
    clerkApi()
      .get(`/v1/organizations/${ORG_ID}/invitations`)
      .query(true)
      .reply(q.reply(f('list-organization-invitations')));
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

describe('organizations.replaceOrganizationMetadata', () => {
  it('PUTs the metadata objects with their keys untouched and maps the organization', async () => {
    const sent = captureBody();
    clerkApi()
      .put(`/v1/organizations/${ORG_ID}/metadata`, sent.match)
      .matchHeader('content-type', 'application/json')
      .reply(200, f('replace-organization-metadata'));
    const org = await testClient().organizations.replaceOrganizationMetadata(ORG_ID, {
      publicMetadata: { plan: 'enterprise' },
      privateMetadata: { stripe_customer_id: 'cus_Q8xYz1', crmRef: { accountId: '0015g00000XyZAB' } },
    });
    expect(sent.body).toEqual({
      public_metadata: { plan: 'enterprise' },
      private_metadata: { stripe_customer_id: 'cus_Q8xYz1', crmRef: { accountId: '0015g00000XyZAB' } },
    });
    expect(org).toBeInstanceOf(Organization);
    expect(org.publicMetadata).toEqual({ plan: 'enterprise' });
    expect(org.privateMetadata).toEqual({ stripe_customer_id: 'cus_Q8xYz1', crmRef: { accountId: '0015g00000XyZAB' } });
    expect(org.updatedAt).toBe(1717800000500);
  });

  it('sends only the object given, so the other one is left alone, and passes an explicit empty object through', async () => {
    const sent = captureBody();
    clerkApi().put(`/v1/organizations/${ORG_ID}/metadata`, sent.match).reply(200, f('replace-organization-metadata'));
    await testClient().organizations.replaceOrganizationMetadata(ORG_ID, { privateMetadata: {} });
    expect(sent.body).toEqual({ private_metadata: {} });
  });

  it('rejects with the API error on a 404', async () => {
    clerkApi().put('/v1/organizations/org_missing/metadata').reply(404, f('error-not-found'));
    const error = await rejectionOf(testClient().organizations.replaceOrganizationMetadata('org_missing', { publicMetadata: {} }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(404);
    expect(error.errors[0].code).toBe('resource_not_found');
  });
});

describe('organizations.getInstanceOrganizationMembershipList', () => {
  it('GETs /organization_memberships with the page and order, and maps memberships across organizations', async () => {
    const q = rawUri();
    clerkApi()
      .get('/v1/organization_memberships')
      .query(true)
      .reply(q.reply(f('list-instance-organization-memberships')));
    const list = await testClient().organizations.getInstanceOrganizationMembershipList({ limit: 2, offset: 6, orderBy: '+username' });
    expect(q.seen.uri).toBe('/v1/organization_memberships?limit=2&offset=6&order_by=%2Busername');
    expect(list.totalCount).toBe(88);
    expect(list).toHaveLength(2);
    expect(list[0]).toBeInstanceOf(OrganizationMembership);
    expect(list[0]!.organization.id).toBe(ORG_ID);
    expect(list[1]).toMatchObject({ id: 'orgmem_2kZAa4Kl7MnOp8QrSt9UvWx0YzA', role: 'org:member', roleName: 'Member', privateMetadata: {} });
    expect(list[1]!.organization).toBeInstanceOf(Organization);
    expect(list[1]!.organization).toMatchObject({ id: 'org_2kZQq4Ab7CdEf8GhIj9KlMn0OpQ', slug: 'globex', maxAllowedMemberships: 0 });
  });

  it('sends no query when called without params', async () => {
    clerkApi().get('/v1/organization_memberships').reply(200, { data: [], total_count: 0 });
    const list = await testClient().organizations.getInstanceOrganizationMembershipList();
    expect(list).toEqual([]);
    expect(list.totalCount).toBe(0);
  });
});

describe('organizations.getInstanceOrganizationInvitationList', () => {
  it('GETs /organization_invitations with a single status, query and order, and maps the public organization data', async () => {
    const q = rawUri();
    clerkApi()
      .get('/v1/organization_invitations')
      .query(true)
      .reply(q.reply(f('list-instance-organization-invitations')));
    const list = await testClient().organizations.getInstanceOrganizationInvitationList({
      status: 'pending',
      query: 'johnson',
      orderBy: '-email_address',
      limit: 3,
      offset: 0,
    });
    expect(q.seen.uri).toBe('/v1/organization_invitations?status=pending&query=johnson&order_by=-email_address&limit=3&offset=0');
    expect(list.totalCount).toBe(31);
    expect(list).toHaveLength(3);
    const [first, second, third] = list;
    expect(first).toBeInstanceOf(OrganizationInvitationWithPublicOrganizationData);
    expect(first).toBeInstanceOf(OrganizationInvitation);
    expect(first).toMatchObject({
      id: 'orginv_2kZRr5Bc8DeFg9HiJk0LmNo1PqR',
      emailAddress: 'katherine@johnson.test',
      organizationId: ORG_ID,
      status: 'pending',
      publicMetadata: { cohort: '2024-Q3' },
      privateMetadata: { salesRep: 'jd' },
      expiresAt: 1719900000000,
    });
    expect(first!.publicInviterData).toBeInstanceOf(OrganizationInvitationPublicUserData);
    expect(first!.publicOrganizationData).toBeInstanceOf(OrganizationInvitationPublicOrganizationData);
    expect(first!.publicOrganizationData).toMatchObject({ id: ORG_ID, name: 'Acme Robotics', slug: 'acme-robotics', hasImage: false });
    expect(first!.raw.public_organization_data?.slug).toBe('acme-robotics');
    expect(second!.publicOrganizationData).toMatchObject({
      id: 'org_2kZQq4Ab7CdEf8GhIj9KlMn0OpQ',
      hasImage: true,
      imageUrl: 'https://img.clerk.com/globex-logo',
    });
    expect(second).toMatchObject({ inviterId: null, publicInviterData: null, url: null, expiresAt: null });
    // The organization summary is optional in the spec: absent means null.
    expect(third!.publicOrganizationData).toBeNull();
  });

  it('walks every page with for await', async () => {
    const page = f('list-instance-organization-invitations');
    clerkApi()
      .get('/v1/organization_invitations')
      .query({ limit: '2' })
      .reply(200, { data: page.data.slice(0, 2), total_count: 3 })
      .get('/v1/organization_invitations')
      .query({ limit: '2', offset: '2' })
      .reply(200, { data: page.data.slice(2), total_count: 3 });
    const ids: string[] = [];
    for await (const invitation of testClient().organizations.getInstanceOrganizationInvitationList({ limit: 2 })) ids.push(invitation.id);
    expect(ids).toEqual(['orginv_2kZRr5Bc8DeFg9HiJk0LmNo1PqR', 'orginv_2kZSs6Cd9EfGh0IjKl1MnOp2QrS', 'orginv_2kZTt7De0FgHi1JkLm2NoPq3RsT']);
  });
});

describe('organizations.createOrganizationInvitationBulk', () => {
  it('POSTs a top-level array, each entry snake_cased at the top with metadata keys untouched', async () => {
    const sent = captureBody();
    clerkApi()
      .post(`/v1/organizations/${ORG_ID}/invitations/bulk`, sent.match)
      .matchHeader('content-type', 'application/json')
      .reply(200, f('create-organization-invitation-bulk'));
    const result = await testClient().organizations.createOrganizationInvitationBulk(ORG_ID, [
      { emailAddress: 'hedy@lamarr.test', role: 'org:member', inviterUserId: USER_ID, publicMetadata: { team: 'radio' }, notify: false },
      {
        emailAddress: 'annie@easley.test',
        role: 'org:admin',
        privateMetadata: { badgeID: 'AE-9', nested_Key: { innerCamel: 1 } },
        redirectUrl: 'https://acme.test/welcome',
        expiresInDays: 14,
      },
    ]);
    expect(sent.body).toEqual([
      { email_address: 'hedy@lamarr.test', role: 'org:member', inviter_user_id: USER_ID, public_metadata: { team: 'radio' }, notify: false },
      {
        email_address: 'annie@easley.test',
        role: 'org:admin',
        private_metadata: { badgeID: 'AE-9', nested_Key: { innerCamel: 1 } },
        redirect_url: 'https://acme.test/welcome',
        expires_in_days: 14,
      },
    ]);
    expect(Array.isArray(result)).toBe(true);
    expect(result).toHaveLength(2);
    expect(result.totalCount).toBe(2);
    expect(result.data).toBe(result);
    expect(result[0]).toBeInstanceOf(OrganizationInvitation);
    expect(result[0]).toMatchObject({ emailAddress: 'hedy@lamarr.test', role: 'org:member', publicMetadata: { team: 'radio' } });
    expect(result[1]).toMatchObject({ emailAddress: 'annie@easley.test', roleName: 'Admin', privateMetadata: { badgeID: 'AE-9' } });
  });

  it('rejects without a request when the invitations are not an array', async () => {
    const error = await rejectionOf(
      testClient().organizations.createOrganizationInvitationBulk(ORG_ID, { emailAddress: 'x@y.test', role: 'org:member' } as never),
    );
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.code).toBe('invalid_argument');
  });

  it('rejects with the API error when the batch is refused', async () => {
    clerkApi()
      .post(`/v1/organizations/${ORG_ID}/invitations/bulk`)
      .reply(422, {
        errors: [{ code: 'duplicate_record', message: 'duplicate', long_message: 'There is already a pending invitation for hedy@lamarr.test.', meta: {} }],
      });
    const error = await rejectionOf(
      testClient().organizations.createOrganizationInvitationBulk(ORG_ID, [{ emailAddress: 'hedy@lamarr.test', role: 'org:member' }]),
    );
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(422);
    expect(error.errors[0].code).toBe('duplicate_record');
  });
});

describe('organizations.getOrganizationDomainList', () => {
  it('GETs the domains with the filters (not the organization id) and maps verifications', async () => {
    const q = rawUri();
    clerkApi()
      .get(`/v1/organizations/${ORG_ID}/domains`)
      .query(true)
      .reply(q.reply(f('list-organization-domains')));
    const list = await testClient().organizations.getOrganizationDomainList({
      organizationId: ORG_ID,
      verified: true,
      enrollmentMode: '-enterprise_sso',
      limit: 10,
      offset: 0,
    });
    expect(q.seen.uri).toBe(`/v1/organizations/${ORG_ID}/domains?verified=true&enrollment_mode=-enterprise_sso&limit=10&offset=0`);
    expect(list.totalCount).toBe(2);
    expect(list[0]).toBeInstanceOf(OrganizationDomain);
    expect(list[0]).toMatchObject({
      id: 'orgdmn_2kZWw0Gh3IjKl4MnOp5QrSt6UvW',
      organizationId: ORG_ID,
      name: 'acme.test',
      enrollmentMode: 'automatic_invitation',
      affiliationEmailAddress: 'ada@acme.test',
      totalPendingInvitations: 3,
      totalPendingSuggestions: 0,
      publicOrganizationData: null,
      createdAt: 1716950000000,
    });
    expect(list[0]!.affiliationVerification).toBeInstanceOf(OrganizationDomainVerification);
    expect(list[0]!.affiliationVerification).toMatchObject({ status: 'verified', strategy: 'email_code', attempts: 1, expireAt: null, verifiedAt: null });
    expect(list[0]!.ownershipVerification).toMatchObject({ status: 'verified', strategy: 'dns_txt', attempts: 2, verifiedAt: 1717000000000 });
    expect(list[0]!.verification).toBeInstanceOf(OrganizationDomainVerification);
    expect(list[1]).toMatchObject({ affiliationEmailAddress: null, affiliationVerification: null, ownershipVerification: null, verification: null });
  });

  it('sends verified=false rather than dropping it', async () => {
    clerkApi().get(`/v1/organizations/${ORG_ID}/domains`).query({ verified: 'false' }).reply(200, { data: [], total_count: 0 });
    const list = await testClient().organizations.getOrganizationDomainList({ organizationId: ORG_ID, verified: false });
    expect(list.totalCount).toBe(0);
  });

  it('rejects without a request when organizationId is missing', async () => {
    const error = await rejectionOf(testClient().organizations.getOrganizationDomainList({ organizationId: '' }));
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.code).toBe('invalid_argument');
  });
});

describe('organizations.createOrganizationDomain', () => {
  it('POSTs name, enrollment_mode and verified without the organization id', async () => {
    const sent = captureBody();
    clerkApi().post(`/v1/organizations/${ORG_ID}/domains`, sent.match).reply(200, f('create-organization-domain'));
    const domain = await testClient().organizations.createOrganizationDomain({
      organizationId: ORG_ID,
      name: 'acme.dev',
      enrollmentMode: 'automatic_suggestion',
      verified: false,
    });
    expect(sent.body).toEqual({ name: 'acme.dev', enrollment_mode: 'automatic_suggestion', verified: false });
    expect(domain).toBeInstanceOf(OrganizationDomain);
    expect(domain).toMatchObject({ name: 'acme.dev', enrollmentMode: 'automatic_suggestion', ownershipVerification: null });
    expect(domain.affiliationVerification).toMatchObject({ status: 'unverified', attempts: 0, expireAt: 1718000000000 });
  });

  it('sends only what was given (the API itself defaults verified to true)', async () => {
    const sent = captureBody();
    clerkApi().post(`/v1/organizations/${ORG_ID}/domains`, sent.match).reply(200, f('create-organization-domain'));
    await testClient().organizations.createOrganizationDomain({ organizationId: ORG_ID, name: 'acme.dev' });
    expect(sent.body).toEqual({ name: 'acme.dev' });
  });

  it('rejects with the API error when the domain is taken', async () => {
    clerkApi()
      .post(`/v1/organizations/${ORG_ID}/domains`)
      .reply(422, {
        errors: [
          {
            code: 'organization_domain_exists',
            message: 'exists',
            long_message: 'This domain is already used by another organization.',
            meta: { param_name: 'name' },
          },
        ],
      });
    const error = await rejectionOf(testClient().organizations.createOrganizationDomain({ organizationId: ORG_ID, name: 'acme.test' }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(422);
    expect(error.errors[0].meta).toEqual({ paramName: 'name' });
  });
});

describe('organizations.updateOrganizationDomain', () => {
  it('PATCHes enrollment_mode and verified on the encoded domain path', async () => {
    const sent = captureBody();
    clerkApi().patch(`/v1/organizations/${ORG_ID}/domains/orgdmn_a%2Fb`, sent.match).reply(200, f('update-organization-domain'));
    const domain = await testClient().organizations.updateOrganizationDomain({
      organizationId: ORG_ID,
      domainId: 'orgdmn_a/b',
      enrollmentMode: 'manual_invitation',
      verified: true,
    });
    expect(sent.body).toEqual({ enrollment_mode: 'manual_invitation', verified: true });
    expect(domain).toBeInstanceOf(OrganizationDomain);
    expect(domain).toMatchObject({ enrollmentMode: 'manual_invitation', totalPendingInvitations: 0, updatedAt: 1718000000000 });
  });
});

describe('organizations.deleteOrganizationDomain', () => {
  it('DELETEs the domain and resolves to a DeletedObject', async () => {
    clerkApi().delete(`/v1/organizations/${ORG_ID}/domains/orgdmn_2kZWw0Gh3IjKl4MnOp5QrSt6UvW`).reply(200, f('delete-organization-domain'));
    const deleted = await testClient().organizations.deleteOrganizationDomain({ organizationId: ORG_ID, domainId: 'orgdmn_2kZWw0Gh3IjKl4MnOp5QrSt6UvW' });
    expect(deleted).toBeInstanceOf(DeletedObject);
    expect(deleted).toMatchObject({ object: 'organization_domain', id: 'orgdmn_2kZWw0Gh3IjKl4MnOp5QrSt6UvW', deleted: true });
  });

  it('rejects without a request when domainId is missing', async () => {
    const error = await rejectionOf(testClient().organizations.deleteOrganizationDomain({ organizationId: ORG_ID, domainId: '' }));
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.code).toBe('invalid_argument');
  });
});

describe('organizations.verifyOrganizationDomainOwnership', () => {
  it('POSTs to verify_ownership with no body and maps the ownership verification', async () => {
    const sent = captureBody();
    clerkApi()
      .post(`/v1/organizations/${ORG_ID}/domains/orgdmn_2kZXx1Hi4JkLm5NoPq6RsTu7VwX/verify_ownership`, sent.match)
      .reply(200, f('verify-organization-domain-ownership'));
    const domain = await testClient().organizations.verifyOrganizationDomainOwnership(ORG_ID, 'orgdmn_2kZXx1Hi4JkLm5NoPq6RsTu7VwX');
    expect(sent.body).toBe('');
    expect(domain).toBeInstanceOf(OrganizationDomain);
    expect(domain.ownershipVerification).toBeInstanceOf(OrganizationDomainVerification);
    expect(domain.ownershipVerification).toMatchObject({ status: 'verified', strategy: 'manual_override', attempts: null, verifiedAt: 1718100000000 });
    expect(domain.affiliationVerification).toBeNull();
  });

  it('rejects with the API error on a 404', async () => {
    clerkApi().post(`/v1/organizations/${ORG_ID}/domains/orgdmn_missing/verify_ownership`).reply(404, f('error-not-found'));
    const error = await rejectionOf(testClient().organizations.verifyOrganizationDomainOwnership(ORG_ID, 'orgdmn_missing'));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(404);
  });
});

describe('organizations.getInstanceOrganizationDomainList', () => {
  it('joins enrollmentMode into ONE comma-separated value while domains stay repeated keys', async () => {
    const q = rawUri();
    clerkApi()
      .get('/v1/organization_domains')
      .query(true)
      .reply(q.reply(f('list-all-organization-domains')));
    const list = await testClient().organizations.getInstanceOrganizationDomainList({
      organizationId: ORG_ID,
      verified: true,
      enrollmentMode: ['automatic_invitation', '-enterprise_sso'],
      query: 'acme',
      domains: ['acme.test', 'globex.test'],
      orderBy: '+name',
      offset: 20,
      limit: 2,
    });
    expect(q.seen.uri).toBe(
      `/v1/organization_domains?organization_id=${ORG_ID}&verified=true&enrollment_mode=automatic_invitation%2C-enterprise_sso` +
        '&query=acme&domains=acme.test&domains=globex.test&order_by=%2Bname&offset=20&limit=2',
    );
    const parsed = new URL(q.seen.uri, 'https://x.test').searchParams;
    expect(parsed.getAll('enrollment_mode')).toEqual(['automatic_invitation,-enterprise_sso']);
    expect(parsed.getAll('domains')).toEqual(['acme.test', 'globex.test']);

    expect(list.totalCount).toBe(57);
    expect(list[0]).toBeInstanceOf(OrganizationDomain);
    expect(list[0]!.publicOrganizationData).toBeInstanceOf(OrganizationInvitationPublicOrganizationData);
    expect(list[0]!.publicOrganizationData).toMatchObject({ id: ORG_ID, slug: 'acme-robotics' });
    expect(list[1]).toMatchObject({ organizationId: 'org_2kZQq4Ab7CdEf8GhIj9KlMn0OpQ', enrollmentMode: 'enterprise_sso', publicOrganizationData: null });
  });

  it('sends a single enrollment mode as is and leaves an empty list out', async () => {
    const q = rawUri();
    clerkApi()
      .get('/v1/organization_domains')
      .query(true)
      .reply(q.reply({ data: [], total_count: 0 }))
      .get('/v1/organization_domains')
      .reply(200, { data: [], total_count: 0 });
    await testClient().organizations.getInstanceOrganizationDomainList({ enrollmentMode: ['manual_invitation'] });
    expect(q.seen.uri).toBe('/v1/organization_domains?enrollment_mode=manual_invitation');
    const empty = await testClient().organizations.getInstanceOrganizationDomainList({ enrollmentMode: [] });
    expect(empty.totalCount).toBe(0);
  });

  it('keeps the joined value on every page when iterated', async () => {
    const page = f('list-all-organization-domains');
    const seen: string[] = [];
    clerkApi()
      .get('/v1/organization_domains')
      .query(true)
      .times(2)
      .reply((uri) => {
        seen.push(uri);
        return [200, seen.length === 1 ? { data: page.data.slice(0, 1), total_count: 2 } : { data: page.data.slice(1), total_count: 2 }];
      });
    const names: string[] = [];
    for await (const domain of testClient().organizations.getInstanceOrganizationDomainList({
      limit: 1,
      enrollmentMode: ['manual_invitation', 'enterprise_sso'],
    })) {
      names.push(domain.name);
    }
    expect(names).toEqual(['acme.test', 'globex.test']);
    expect(seen).toEqual([
      '/v1/organization_domains?limit=1&enrollment_mode=manual_invitation%2Centerprise_sso',
      '/v1/organization_domains?limit=1&enrollment_mode=manual_invitation%2Centerprise_sso&offset=1',
    ]);
  });
});
