import { describe, expect, it } from 'vitest';
import { ClerkAPIResponseError, Invitation } from '../../src/index';
import { captureBody, clerkApi, fixture, rejectionOf, testClient } from '../helpers/nock';

const invitation = fixture('invitations/invitation');
const revoked = fixture('invitations/revoke-invitation');
const bulk = fixture<any[]>('invitations/create-invitation-bulk');

describe('invitations.getInvitationList', () => {
  it('sends status with paginated=true and maps items with the total', async () => {
    clerkApi()
      .get('/v1/invitations')
      .query({ status: 'pending', paginated: 'true' })
      .reply(200, { data: [invitation], total_count: 12 });
    const list = await testClient().invitations.getInvitationList({ status: 'pending' });
    expect(list).toHaveLength(1);
    expect(list.totalCount).toBe(12);
    expect(list[0]).toBeInstanceOf(Invitation);
    expect(list[0]).toMatchObject({ id: invitation.id, emailAddress: 'grace@example.com', status: 'pending' });
  });

  it('works with no arguments and passes the other query params', async () => {
    clerkApi().get('/v1/invitations').query({ paginated: 'true' }).reply(200, { data: [], total_count: 0 });
    clerkApi()
      .get('/v1/invitations')
      .query({ query: 'grace', order_by: '+email_address', limit: '50', offset: '100', paginated: 'true' })
      .reply(200, { data: [], total_count: 0 });
    expect(await testClient().invitations.getInvitationList()).toHaveLength(0);
    const list = await testClient().invitations.getInvitationList({ query: 'grace', orderBy: '+email_address', limit: 50, offset: 100 });
    expect(list.totalCount).toBe(0);
  });
});

describe('invitations.createInvitation', () => {
  it('posts snake_case keys and keeps publicMetadata verbatim', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/invitations', sent.match).matchHeader('content-type', 'application/json').reply(200, invitation);
    const created = await testClient().invitations.createInvitation({
      emailAddress: 'grace@example.com',
      redirectUrl: 'https://example.com/sign-up',
      publicMetadata: { plan_tier: 'pro', referredBy: { team_id: 'team_42' } },
      notify: false,
      ignoreExisting: true,
      expiresInDays: 30,
      templateSlug: 'invitation',
    });
    expect(sent.body).toEqual({
      email_address: 'grace@example.com',
      redirect_url: 'https://example.com/sign-up',
      public_metadata: { plan_tier: 'pro', referredBy: { team_id: 'team_42' } },
      notify: false,
      ignore_existing: true,
      expires_in_days: 30,
      template_slug: 'invitation',
    });
    expect(created).toBeInstanceOf(Invitation);
    expect(created).toMatchObject({
      id: invitation.id,
      emailAddress: 'grace@example.com',
      revoked: false,
      url: invitation.url,
      expiresAt: 1719494400000,
      createdAt: 1716900000000,
    });
    expect(created.publicMetadata).toEqual({ plan_tier: 'pro', referredBy: { team_id: 'team_42' } });
  });

  it('rejects with the API error on 422', async () => {
    clerkApi()
      .post('/v1/invitations')
      .reply(422, {
        errors: [
          {
            code: 'duplicate_record',
            message: 'duplicate',
            long_message: 'There is already a pending invitation for this email address.',
            meta: { param_name: 'email_address' },
          },
        ],
      });
    const error = await rejectionOf(testClient().invitations.createInvitation({ emailAddress: 'grace@example.com' }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(422);
    expect(error.errors[0]).toMatchObject({ code: 'duplicate_record', meta: { paramName: 'email_address' } });
  });
});

describe('invitations.revokeInvitation', () => {
  it('posts to the encoded /revoke path and maps the revoked invitation', async () => {
    clerkApi().post('/v1/invitations/inv_a%23b/revoke').reply(200, revoked);
    const result = await testClient().invitations.revokeInvitation('inv_a#b');
    expect(result).toBeInstanceOf(Invitation);
    expect(result).toMatchObject({ status: 'revoked', revoked: true, url: null, expiresAt: null, publicMetadata: {} });
  });

  it('rejects with the API error on 404', async () => {
    clerkApi()
      .post('/v1/invitations/inv_missing/revoke')
      .reply(404, { errors: [{ code: 'resource_not_found', message: 'not found', long_message: 'Invitation not found' }] });
    const error = await rejectionOf(testClient().invitations.revokeInvitation('inv_missing'));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(404);
  });
});

describe('invitations.createInvitationBulk', () => {
  it('posts a top-level array, converting each entry but not its metadata, and maps every invitation', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/invitations/bulk', sent.match).matchHeader('content-type', 'application/json').reply(200, bulk);
    const result = await testClient().invitations.createInvitationBulk([
      {
        emailAddress: 'ada@example.com',
        publicMetadata: { cohort: '2024-q3', seatOwner: { org_slug: 'analytical-engines' } },
        redirectUrl: 'https://example.com/accept',
        expiresInDays: 7,
        templateSlug: 'waitlist_invitation',
      },
      { emailAddress: 'alan@example.com', notify: false, ignoreExisting: true },
    ]);
    expect(sent.body).toEqual([
      {
        email_address: 'ada@example.com',
        public_metadata: { cohort: '2024-q3', seatOwner: { org_slug: 'analytical-engines' } },
        redirect_url: 'https://example.com/accept',
        expires_in_days: 7,
        template_slug: 'waitlist_invitation',
      },
      { email_address: 'alan@example.com', notify: false, ignore_existing: true },
    ]);
    expect(result).toHaveLength(2);
    expect(result[0]).toBeInstanceOf(Invitation);
    expect(result[0]).toMatchObject({ id: bulk[0].id, emailAddress: 'ada@example.com', expiresAt: 1717504800000 });
    expect(result[0]?.publicMetadata).toEqual({ cohort: '2024-q3', seatOwner: { org_slug: 'analytical-engines' } });
    expect(result[1]).toMatchObject({ id: bulk[1].id, emailAddress: 'alan@example.com', url: null, expiresAt: null });
  });

  it('rejects with the API error on 400', async () => {
    clerkApi()
      .post('/v1/invitations/bulk')
      .reply(400, {
        errors: [
          {
            code: 'duplicate_record',
            message: 'duplicate',
            long_message: 'alan@example.com already has a pending invitation.',
            meta: { param_name: 'email_address' },
          },
        ],
      });
    const error = await rejectionOf(testClient().invitations.createInvitationBulk([{ emailAddress: 'alan@example.com' }]));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(400);
    expect(error.errors[0]).toMatchObject({ code: 'duplicate_record', meta: { paramName: 'email_address' } });
  });
});
