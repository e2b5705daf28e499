import { describe, expect, it } from 'vitest';
import { AllowlistIdentifier, ClerkAPIResponseError, Invitation, RedirectUrl, SignInToken } from '../../src/index';
import { rejectionOf } from '../helpers/nock';
import { firstError, useEmulator } from './helpers';

const t = useEmulator();

async function newUser() {
  return (await t.call('POST', '/users', { body: { username: `u${Math.random().toString(36).slice(2, 10)}` } })).body;
}

describe('application invitations', () => {
  it('creates, lists (bare and paginated), revokes and refuses duplicates', async () => {
    const created = await t.call('POST', '/invitations', {
      body: { email_address: 'Invitee@Example.com', public_metadata: { from: 'test' }, redirect_url: 'https://app.example/accept', expires_in_days: 2 },
    });
    expect(created.body).toMatchObject({ object: 'invitation', email_address: 'invitee@example.com', status: 'pending', revoked: false });
    expect(created.body.id).toMatch(/^inv_/);
    expect(created.body.url).toMatch(/^https:\/\/app\.example\/accept\?__clerk_ticket=/);
    expect(created.body.expires_at - created.body.created_at).toBe(2 * 86_400_000);

    const dup = await t.call('POST', '/invitations', { body: { email_address: 'invitee@example.com' } });
    expect(firstError(dup.body)).toMatchObject({ code: 'form_identifier_exists', meta: { param_name: 'email_address' } });
    expect((await t.call('POST', '/invitations', { body: { email_address: 'invitee@example.com', ignore_existing: true } })).status).toBe(200);

    const bulk = await t.call('POST', '/invitations/bulk', { body: [{ email_address: 'b1@example.com' }, { email_address: 'b2@example.com' }] });
    expect(bulk.body.map((i: any) => i.email_address)).toEqual(['b1@example.com', 'b2@example.com']);
    expect((await t.call('POST', '/invitations/bulk', { body: [] })).status).toBe(422);

    const bare = await t.call('GET', '/invitations', { query: { limit: 2 } });
    expect(bare.body).toHaveLength(2);
    const paged = await t.call('GET', '/invitations', { query: { paginated: true, limit: 2, offset: 2 } });
    expect(paged.body.total_count).toBe(4);
    expect(paged.body.data).toHaveLength(2);
    expect((await t.call('GET', '/invitations', { query: { query: 'b2' } })).body.map((i: any) => i.email_address)).toEqual(['b2@example.com']);

    const revoked = await t.call('POST', `/invitations/${created.body.id}/revoke`);
    expect(revoked.body).toMatchObject({ status: 'revoked', revoked: true });
    expect((await t.call('POST', `/invitations/${created.body.id}/revoke`)).status).toBe(400);
    expect((await t.call('GET', '/invitations', { query: { status: 'revoked' } })).body).toHaveLength(1);
    expect((await t.call('POST', '/invitations/inv_missing/revoke')).status).toBe(404);
  });

  it('round-trips through the SDK', async () => {
    const invitation = await t.clerk.invitations.createInvitation({ emailAddress: 'sdk-invite@example.com', publicMetadata: { k: 'v' } });
    expect(invitation).toBeInstanceOf(Invitation);
    expect(invitation.publicMetadata).toEqual({ k: 'v' });
    const list = await t.clerk.invitations.getInvitationList();
    expect(list.map((i) => i.id)).toEqual([invitation.id]);
    expect(list.totalCount).toBe(1);
    expect((await t.clerk.invitations.revokeInvitation(invitation.id)).status).toBe('revoked');
    expect(await t.clerk.invitations.getInvitationList({ status: 'pending' })).toHaveLength(0);
  });
});

describe('allowlist and blocklist identifiers', () => {
  it('creates, lists and deletes allowlist identifiers', async () => {
    const email = await t.call('POST', '/allowlist_identifiers', { body: { identifier: 'Allowed@Example.com' } });
    expect(email.body).toMatchObject({ object: 'allowlist_identifier', identifier: 'allowed@example.com', identifier_type: 'email_address' });
    expect(email.body.id).toMatch(/^alid_/);
    expect(email.body.instance_id).toMatch(/^ins_/);
    const phone = await t.call('POST', '/allowlist_identifiers', { body: { identifier: '+15555550100' } });
    expect(phone.body.identifier_type).toBe('phone_number');
    const wildcard = await t.call('POST', '/allowlist_identifiers', { body: { identifier: '*@corp.example', notify: true } });
    expect(wildcard.body.identifier_type).toBe('email_address');
    const notified = await t.call('POST', '/allowlist_identifiers', { body: { identifier: 'notify@example.com', notify: true } });
    expect(notified.body.invitation_id).toMatch(/^inv_/);

    expect(firstError((await t.call('POST', '/allowlist_identifiers', { body: { identifier: '+15555550100' } })).body).code).toBe('form_identifier_exists');
    expect(firstError((await t.call('POST', '/allowlist_identifiers', { body: { identifier: 'nothing' } })).body).code).toBe('form_param_format_invalid');
    expect(firstError((await t.call('POST', '/allowlist_identifiers', { body: {} })).body).code).toBe('form_param_missing');

    expect((await t.call('GET', '/allowlist_identifiers')).body).toHaveLength(4);
    expect((await t.call('GET', '/allowlist_identifiers', { query: { paginated: true, limit: 1 } })).body.total_count).toBe(4);
    expect((await t.call('DELETE', `/allowlist_identifiers/${email.body.id}`)).body).toEqual({
      object: 'allowlist_identifier',
      id: email.body.id,
      deleted: true,
    });
    expect((await t.call('DELETE', `/allowlist_identifiers/${email.body.id}`)).status).toBe(404);
  });

  it('round-trips allowlist identifiers through the SDK', async () => {
    const created = await t.clerk.allowlistIdentifiers.createAllowlistIdentifier({ identifier: 'sdk@example.com', notify: false });
    expect(created).toBeInstanceOf(AllowlistIdentifier);
    expect((await t.clerk.allowlistIdentifiers.getAllowlistIdentifierList()).map((a) => a.identifier)).toEqual(['sdk@example.com']);
    expect(await t.clerk.allowlistIdentifiers.deleteAllowlistIdentifier(created.id)).toMatchObject({ id: created.id, deleted: true });
  });

  it('creates, lists and deletes blocklist identifiers', async () => {
    const created = await t.call('POST', '/blocklist_identifiers', { body: { identifier: '0x52908400098527886E0F7030069857D2E4169EE7' } });
    expect(created.body).toMatchObject({
      object: 'blocklist_identifier',
      identifier: '0x52908400098527886e0f7030069857d2e4169ee7',
      identifier_type: 'web3_wallet',
    });
    expect(created.body.id).toMatch(/^blid_/);
    expect((await t.call('GET', '/blocklist_identifiers')).body).toEqual({ data: [created.body], total_count: 1 });
    expect((await t.call('DELETE', `/blocklist_identifiers/${created.body.id}`)).body.deleted).toBe(true);
    expect((await t.call('GET', '/blocklist_identifiers')).body.total_count).toBe(0);
  });
});

describe('redirect URLs', () => {
  it('creates, reads, lists and deletes redirect URLs', async () => {
    const created = await t.call('POST', '/redirect_urls', { body: { url: 'my-app://oauth-callback' } });
    expect(created.body).toMatchObject({ object: 'redirect_url', url: 'my-app://oauth-callback' });
    expect(created.body.id).toMatch(/^ru_/);
    expect((await t.call('GET', `/redirect_urls/${created.body.id}`)).body).toEqual(created.body);
    expect(firstError((await t.call('POST', '/redirect_urls', { body: { url: 'my-app://oauth-callback' } })).body).code).toBe('form_identifier_exists');
    expect(firstError((await t.call('POST', '/redirect_urls', { body: { url: 'not a url' } })).body).code).toBe('form_param_format_invalid');
    expect(firstError((await t.call('POST', '/redirect_urls', { body: { url: 'http://example.com/cb' } })).body).code).toBe('form_param_format_invalid');
    await t.call('POST', '/redirect_urls', { body: { url: 'https://example.com/cb' } });
    expect((await t.call('GET', '/redirect_urls')).body.map((r: any) => r.url)).toEqual(['https://example.com/cb', 'my-app://oauth-callback']);
    expect((await t.call('DELETE', `/redirect_urls/${created.body.id}`)).body).toEqual({ object: 'redirect_url', id: created.body.id, deleted: true });
    expect((await t.call('GET', `/redirect_urls/${created.body.id}`)).status).toBe(404);
  });

  it('round-trips through the SDK', async () => {
    const created = await t.clerk.redirectUrls.createRedirectUrl({ url: 'https://sdk.example/callback' });
    expect(created).toBeInstanceOf(RedirectUrl);
    expect((await t.clerk.redirectUrls.getRedirectUrl(created.id)).url).toBe('https://sdk.example/callback');
    expect((await t.clerk.redirectUrls.getRedirectUrlList()).totalCount).toBe(1);
    expect(await t.clerk.redirectUrls.deleteRedirectUrl(created.id)).toMatchObject({ id: created.id, deleted: true });
    const error = await rejectionOf(t.clerk.redirectUrls.getRedirectUrl(created.id));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(404);
  });
});

describe('sign-in, actor and testing tokens', () => {
  it('creates and revokes sign-in tokens', async () => {
    const user = await newUser();
    const created = await t.call('POST', '/sign_in_tokens', { body: { user_id: user.id, expires_in_seconds: 600 } });
    expect(created.body).toMatchObject({ object: 'sign_in_token', user_id: user.id, status: 'pending', token: expect.any(String) });
    expect(created.body.id).toMatch(/^sit_/);
    expect(created.body.url).toContain(created.body.token);
    const revoked = await t.call('POST', `/sign_in_tokens/${created.body.id}/revoke`);
    expect(revoked.body).toMatchObject({ id: created.body.id, status: 'revoked' });
    expect(revoked.body.token).toBeUndefined();
    expect((await t.call('POST', '/sign_in_tokens', { body: { user_id: 'user_nobody' } })).status).toBe(404);
    expect((await t.call('POST', '/sign_in_tokens/sit_missing/revoke')).status).toBe(404);
  });

  it('round-trips sign-in tokens through the SDK', async () => {
    const user = await newUser();
    const token = await t.clerk.signInTokens.createSignInToken({ userId: user.id, expiresInSeconds: 60 });
    expect(token).toBeInstanceOf(SignInToken);
    expect(token.token?.length).toBeGreaterThan(20);
    expect((await t.clerk.signInTokens.revokeSignInToken(token.id)).status).toBe('revoked');
  });

  it('creates and revokes actor tokens', async () => {
    const user = await newUser();
    const admin = await newUser();
    const created = await t.call('POST', '/actor_tokens', { body: { user_id: user.id, actor: { sub: admin.id, reason: 'support' } } });
    expect(created.body).toMatchObject({ object: 'actor_token', user_id: user.id, actor: { sub: admin.id, reason: 'support' }, status: 'pending' });
    expect(created.body.id).toMatch(/^act_/);
    const noSub = await t.call('POST', '/actor_tokens', { body: { user_id: user.id, actor: {} } });
    expect(firstError(noSub.body)).toMatchObject({ code: 'form_param_missing', meta: { param_name: 'actor.sub' } });
    expect((await t.call('POST', `/actor_tokens/${created.body.id}/revoke`)).body.status).toBe('revoked');
  });

  it('creates testing tokens', async () => {
    const token = await t.call('POST', '/testing_tokens');
    expect(token.body).toMatchObject({ object: 'testing_token', token: expect.stringMatching(/^\d+-/) });
    expect(token.body.expires_at).toBeGreaterThan(Date.now() / 1000);
  });
});

describe('JWT templates', () => {
  it('creates, reads, lists, updates and deletes templates', async () => {
    const created = await t.call('POST', '/jwt_templates', { body: { name: 'hasura', claims: { 'https://hasura.io/jwt/claims': {} } } });
    expect(created.body).toMatchObject({
      object: 'jwt_template',
      name: 'hasura',
      lifetime: 60,
      allowed_clock_skew: 5,
      custom_signing_key: false,
      signing_algorithm: 'RS256',
    });
    expect(created.body.id).toMatch(/^jtmp_/);
    expect((await t.call('GET', `/jwt_templates/${created.body.id}`)).body).toEqual(created.body);
    expect((await t.call('GET', '/jwt_templates')).body).toHaveLength(1);
    expect((await t.call('GET', '/jwt_templates', { query: { paginated: true } })).body.total_count).toBe(1);

    const updated = await t.call('PATCH', `/jwt_templates/${created.body.id}`, { body: { name: 'hasura', claims: { a: 1 }, lifetime: 120 } });
    expect(updated.body).toMatchObject({ claims: { a: 1 }, lifetime: 120 });
    const missingClaims = await t.call('PATCH', `/jwt_templates/${created.body.id}`, { body: { name: 'hasura' } });
    expect(firstError(missingClaims.body)).toMatchObject({ code: 'form_param_missing', meta: { param_name: 'claims' } });
    expect(firstError((await t.call('POST', '/jwt_templates', { body: { name: 'hasura', claims: {} } })).body).code).toBe('form_identifier_exists');
    expect(firstError((await t.call('POST', '/jwt_templates', { body: { name: 'x', claims: { sub: 'me' } } })).body).code).toBe('form_param_value_invalid');
    expect(firstError((await t.call('POST', '/jwt_templates', { body: { name: 'y', claims: {}, lifetime: 5 } })).body)).toMatchObject({
      code: 'form_param_value_invalid',
      meta: { param_name: 'lifetime' },
    });
    expect(
      firstError((await t.call('POST', '/jwt_templates', { body: { name: 'z', claims: {}, custom_signing_key: true, signing_algorithm: 'HS256' } })).body),
    ).toMatchObject({ code: 'form_param_missing', meta: { param_name: 'signing_key' } });
    expect((await t.call('DELETE', `/jwt_templates/${created.body.id}`)).body).toEqual({ object: 'jwt_template', id: created.body.id, deleted: true });
    expect((await t.call('GET', `/jwt_templates/${created.body.id}`)).status).toBe(404);
  });
});
