// A scripted tour that calls every operation the emulator models (success and the usual failures) and checks each
// answer against the spec's response schema for that operation and status. Every other emulator test file checks
// its answers the same way (see helpers.ts); this file also proves the tour is complete and that every operation
// the emulator does not model answers 501.
import { describe, expect, it } from 'vitest';
import { totpCode } from '../../src/testing/resources/users';
import { ROUTES } from '../../src/testing/routes.generated';
import { HANDLERS } from '../../src/testing/server';
import { exchanges, useEmulator } from './helpers';
import { checkResponse, operations } from './spec';

const t = useEmulator();

async function ok(method: string, path: string, options: Parameters<typeof t.call>[2] = {}) {
  const response = await t.call(method, path, options);
  expect(response.status, `${method} ${path}: ${JSON.stringify(response.body)}`).toBe(200);
  return response.body;
}

describe('the response-schema validator', () => {
  it('accepts a real answer and rejects broken ones', () => {
    const user = { object: 'total_count', total_count: 3 };
    expect(checkResponse('GetUsersCount', 200, user).errors).toEqual([]);
    expect(checkResponse('GetUsersCount', 200, { object: 'total_count' }).errors).toEqual(['$: missing required total_count']);
    expect(checkResponse('GetUsersCount', 200, { ...user, extra: 1 }).errors).toEqual(['$: unexpected property extra']);
    expect(checkResponse('GetUsersCount', 200, { object: 'count', total_count: 'x' }).errors).toEqual([
      '$.object: "count" is not one of ["total_count"]',
      '$.total_count: expected integer, got string',
    ]);
    expect(checkResponse('GetUsersCount', 200, null).errors).toEqual(['$: null is not allowed']);
    // Error statuses: documented or not, the body must be Clerk's envelope.
    expect(checkResponse('GetUser', 404, { errors: [{ code: 'x', message: 'y', long_message: 'z' }] })).toEqual({ documented: true, errors: [] });
    expect(checkResponse('BanUser', 404, { errors: [{ code: 'x' }] })).toEqual({
      documented: false,
      errors: ['$.errors[0]: missing required message', '$.errors[0]: missing required long_message'],
    });
    expect(checkResponse('GetUser', 201, {}).errors).toEqual(['GetUser: status 201 is not documented']);
    // oneOf must match exactly one branch: an admin verification with a strategy no branch allows fails.
    const email = {
      id: 'idn_1',
      object: 'email_address',
      email_address: 'a@b.co',
      reserved: false,
      verification: { object: 'verification_admin', status: 'verified', strategy: 'carrier_pigeon', attempts: null, expire_at: null },
      linked_to: [],
      created_at: 1,
      updated_at: 1,
    };
    expect(checkResponse('GetEmailAddress', 200, email).errors).toEqual(['$.verification: matches 0 oneOf branches, expected exactly 1']);
    // Bare-array lists answer { data, total_count } when asked with paginated=true, and only then.
    expect(checkResponse('ListRedirectURLs', 200, { data: [], total_count: 0 }, true).errors).toEqual([]);
    expect(checkResponse('ListRedirectURLs', 200, { data: [], total_count: 0 }, false).errors).toEqual(['$: expected array, got object']);
  });
});

describe('tour of every modelled operation', () => {
  it('calls each one and every answer matches the spec', async () => {
    // Users.
    const admin = await ok('POST', '/users', {
      body: { email_address: ['admin@tour.example'], username: 'tour_admin', password: 'tour password', first_name: 'Tia' },
    });
    const member = await ok('POST', '/users', {
      body: { email_address: ['member@tour.example'], phone_number: ['+15555550142'], totp_secret: 'JBSWY3DPEHPK3PXP', backup_codes: ['111111'] },
    });
    await ok('GET', '/users', { query: { limit: 1, order_by: '-created_at' } });
    await ok('GET', '/users/count');
    await ok('GET', `/users/${admin.id}`);
    await ok('PATCH', `/users/${admin.id}`, { body: { last_name: 'Tour' } });
    await ok('PATCH', `/users/${admin.id}/metadata`, { body: { public_metadata: { a: 1 } } });
    await ok('PUT', `/users/${admin.id}/metadata`, { body: { private_metadata: { b: 2 } } });
    await ok('POST', `/users/${member.id}/ban`);
    await ok('POST', `/users/${member.id}/unban`);
    await ok('POST', '/users/ban', { body: { user_ids: [member.id] } });
    await ok('POST', '/users/unban', { body: { user_ids: [member.id] } });
    await ok('POST', `/users/${member.id}/lock`);
    await ok('POST', `/users/${member.id}/unlock`);
    await ok('POST', `/users/${admin.id}/verify_password`, { body: { password: 'tour password' } });
    await ok('POST', `/users/${member.id}/verify_totp`, { body: { code: totpCode('JBSWY3DPEHPK3PXP', Date.now()) } });
    await ok('DELETE', `/users/${member.id}/backup_code`);
    await ok('DELETE', `/users/${member.id}/totp`);
    await ok('DELETE', `/users/${member.id}/mfa`);
    await ok('GET', `/users/${admin.id}/oauth_access_tokens/oauth_google`, { query: { paginated: true } });
    const image = new FormData();
    image.append('file', new Blob([Buffer.from('GIF89a')], { type: 'image/gif' }), 'me.gif');
    await ok('POST', `/users/${admin.id}/profile_image`, { form: image });
    await ok('DELETE', `/users/${admin.id}/profile_image`);

    // Email addresses and phone numbers.
    const email = await ok('POST', '/email_addresses', { body: { user_id: member.id, email_address: 'second@tour.example', verified: true } });
    await ok('GET', `/email_addresses/${email.id}`);
    await ok('PATCH', `/email_addresses/${email.id}`, { body: { primary: true } });
    await ok('DELETE', `/email_addresses/${email.id}`);
    const phone = await ok('POST', '/phone_numbers', { body: { user_id: admin.id, phone_number: '+15555550143', verified: true } });
    await ok('GET', `/phone_numbers/${phone.id}`);
    await ok('PATCH', `/phone_numbers/${phone.id}`, { body: { reserved_for_second_factor: true } });
    await ok('DELETE', `/phone_numbers/${phone.id}`);
    await ok('PUT', `/users/${member.id}/email_address`, { body: { email_address: 'member2@tour.example', identification_status: 'reserved' } });
    await ok('PUT', `/users/${member.id}/phone_number`, { body: { phone_number: '+15555550144' } });
    await ok('POST', `/users/${admin.id}/remove_password`, { body: { sign_out_of_other_sessions: false } });

    // Organizations, memberships, invitations, domains.
    const org = await ok('POST', '/organizations', { body: { name: 'Tour Org', created_by: admin.id } });
    await ok('GET', '/organizations', { query: { include_members_count: true } });
    await ok('GET', `/organizations/${org.id}`);
    await ok('PATCH', `/organizations/${org.id}`, { body: { max_allowed_memberships: 10 } });
    await ok('PATCH', `/organizations/${org.id}/metadata`, { body: { public_metadata: { p: 1 } } });
    await ok('PUT', `/organizations/${org.id}/metadata`, { body: { private_metadata: { q: 2 } } });
    const logo = new FormData();
    logo.append('file', new Blob([Buffer.from('GIF89a')], { type: 'image/gif' }), 'logo.gif');
    logo.append('uploader_user_id', admin.id);
    await ok('PUT', `/organizations/${org.id}/logo`, { form: logo });
    await ok('DELETE', `/organizations/${org.id}/logo`);
    await ok('POST', `/organizations/${org.id}/memberships`, { body: { user_id: member.id, role: 'org:member' } });
    await ok('GET', `/organizations/${org.id}/memberships`);
    await ok('GET', '/organization_memberships');
    await ok('GET', `/users/${member.id}/organization_memberships`);
    await ok('PATCH', `/organizations/${org.id}/memberships/${member.id}`, { body: { role: 'org:admin' } });
    await ok('PATCH', `/organizations/${org.id}/memberships/${member.id}/metadata`, { body: { public_metadata: { m: 1 } } });
    const invitation = await ok('POST', `/organizations/${org.id}/invitations`, {
      body: { email_address: 'invitee@tour.example', role: 'org:member', inviter_user_id: admin.id },
    });
    await ok('POST', `/organizations/${org.id}/invitations/bulk`, { body: [{ email_address: 'bulk@tour.example', role: 'org:member' }] });
    await ok('GET', `/organizations/${org.id}/invitations`);
    await ok('GET', `/organizations/${org.id}/invitations/pending`);
    await ok('GET', `/organizations/${org.id}/invitations/${invitation.id}`);
    await ok('GET', '/organization_invitations');
    await ok('GET', `/users/${admin.id}/organization_invitations`);
    await ok('POST', `/organizations/${org.id}/invitations/${invitation.id}/revoke`, { body: {} });
    const domain = await ok('POST', `/organizations/${org.id}/domains`, { body: { name: 'tour.example', verified: false } });
    await ok('GET', `/organizations/${org.id}/domains`);
    await ok('GET', '/organization_domains');
    await ok('PATCH', `/organizations/${org.id}/domains/${domain.id}`, { body: { verified: true } });
    await ok('DELETE', `/organizations/${org.id}/domains/${domain.id}`);

    // Sessions, clients, tokens, JWKS.
    const template = await ok('POST', '/jwt_templates', { body: { name: 'tour', claims: { email: '{{user.primary_email_address}}' } } });
    await ok('GET', '/jwt_templates');
    await ok('GET', `/jwt_templates/${template.id}`);
    await ok('PATCH', `/jwt_templates/${template.id}`, { body: { name: 'tour', claims: { org: '{{org.slug}}' } } });
    const session = await ok('POST', '/sessions', { body: { user_id: admin.id, active_organization_id: org.id } });
    await ok('GET', '/sessions', { query: { user_id: admin.id } });
    await ok('GET', '/sessions', { query: { paginated: true } });
    await ok('GET', `/sessions/${session.id}`);
    await ok('GET', '/jwks');
    await ok('POST', `/sessions/${session.id}/tokens`, { body: {} });
    await ok('POST', `/sessions/${session.id}/tokens/tour`, { body: { expires_in_seconds: 60 } });
    await ok('GET', '/clients');
    await ok('GET', '/clients', { query: { paginated: true } });
    await ok('GET', `/clients/${session.client_id}`);
    await ok('POST', `/sessions/${session.id}/revoke`);
    await ok('DELETE', `/jwt_templates/${template.id}`);

    // Instance-level resources.
    const appInvitation = await ok('POST', '/invitations', { body: { email_address: 'app@tour.example' } });
    await ok('POST', '/invitations/bulk', { body: [{ email_address: 'app2@tour.example' }] });
    await ok('GET', '/invitations');
    await ok('GET', '/invitations', { query: { paginated: true } });
    await ok('POST', `/invitations/${appInvitation.id}/revoke`);
    const allow = await ok('POST', '/allowlist_identifiers', { body: { identifier: 'ok@tour.example' } });
    await ok('GET', '/allowlist_identifiers');
    await ok('GET', '/allowlist_identifiers', { query: { paginated: true } });
    await ok('DELETE', `/allowlist_identifiers/${allow.id}`);
    const block = await ok('POST', '/blocklist_identifiers', { body: { identifier: '+15555550199' } });
    await ok('GET', '/blocklist_identifiers');
    await ok('DELETE', `/blocklist_identifiers/${block.id}`);
    const redirect = await ok('POST', '/redirect_urls', { body: { url: 'https://tour.example/cb' } });
    await ok('GET', '/redirect_urls');
    await ok('GET', '/redirect_urls', { query: { paginated: true } });
    await ok('GET', `/redirect_urls/${redirect.id}`);
    await ok('DELETE', `/redirect_urls/${redirect.id}`);
    const signIn = await ok('POST', '/sign_in_tokens', { body: { user_id: admin.id } });
    await ok('POST', `/sign_in_tokens/${signIn.id}/revoke`);
    const actor = await ok('POST', '/actor_tokens', { body: { user_id: member.id, actor: { sub: admin.id } } });
    await ok('POST', `/actor_tokens/${actor.id}/revoke`);
    await ok('POST', '/testing_tokens');

    // Deletes last.
    await ok('DELETE', `/organizations/${org.id}/memberships/${member.id}`);
    await ok('DELETE', `/organizations/${org.id}`);
    await ok('DELETE', `/users/${member.id}`);

    // Machines, API keys and M2M tokens (the last two also live without /v1; see machineAuth.test.ts).
    const machine = await ok('POST', '/machines', { body: { name: 'tour machine' } });
    const peer = await ok('POST', '/machines', { body: { name: 'tour peer', scoped_machines: [machine.id] } });
    await ok('GET', '/machines', { query: { order_by: 'name' } });
    await ok('GET', `/machines/${peer.id}`);
    await ok('GET', `/machines/${peer.id}/secret_key`);
    const created = await t.call('POST', '/m2m_tokens', { body: { claims: { job: 'tour' } }, key: peer.secret_key });
    expect(created.status).toBe(201);
    await ok('POST', '/m2m_tokens/verify', { body: { token: created.body.token } });
    await ok('GET', '/m2m_tokens', { query: { subject: peer.id } });
    await ok('POST', `/m2m_tokens/${created.body.id}/revoke`, { body: { revocation_reason: 'tour' } });
    await ok('DELETE', `/machines/${peer.id}`);
    const apiKey = await ok('POST', '/api_keys', { body: { name: 'tour key', subject: admin.id, scopes: ['read'] } });
    await ok('GET', '/api_keys', { query: { subject: admin.id } });
    await ok('GET', `/api_keys/${apiKey.id}`);
    await ok('GET', `/api_keys/${apiKey.id}/secret`);
    await ok('PATCH', `/api_keys/${apiKey.id}`, { body: { description: 'for the tour' } });
    await ok('POST', '/api_keys/verify', { body: { secret: apiKey.secret } });
    await ok('POST', `/api_keys/${apiKey.id}/revoke`, { body: { revocation_reason: null } });
    await ok('DELETE', `/api_keys/${apiKey.id}`);

    // The usual failures, on every kind of operation the emulator models.
    const failures: Array<[string, string, Parameters<typeof t.call>[2]]> = [
      ['GET', `/users/${member.id}`, {}],
      ['POST', '/users', { body: { email_address: ['admin@tour.example'] } }],
      ['POST', '/users', { body: { email_address: ['bad'] } }],
      ['POST', '/users', { raw: '{' }],
      ['GET', '/users', { key: null }],
      ['POST', '/email_addresses', { body: { user_id: admin.id } }],
      ['GET', '/phone_numbers/idn_missing', {}],
      ['POST', '/sessions/sess_missing/tokens', {}],
      ['GET', '/organizations/org_missing', {}],
      ['POST', '/organizations', { body: {} }],
      ['GET', '/redirect_urls/ru_missing', {}],
      ['POST', '/invitations', { body: { email_address: 'admin@tour.example' } }],
      ['POST', `/users/${admin.id}/verify_password`, { body: { password: 'nope' } }],
      ['DELETE', '/jwt_templates/jtmp_missing', {}],
      ['POST', '/actor_tokens', { body: { user_id: admin.id } }],
      ['POST', '/api_keys/verify', { body: { secret: 'ak_unknown' } }],
      ['POST', '/api_keys', { body: { name: 'x', subject: admin.id } }],
      ['POST', '/m2m_tokens/verify', { body: { token: 'mt_unknown' } }],
      ['POST', '/m2m_tokens', { body: {} }],
      ['GET', '/machines/mch_missing', {}],
    ];
    for (const [method, path, options] of failures) {
      const response = await t.call(method, path, options);
      expect(response.status, `${method} ${path}`).toBeGreaterThanOrEqual(400);
    }

    // Completeness: every modelled operation answered at least one 2xx in this tour.
    const succeeded = new Set(exchanges.filter((x) => x.status < 300).map((x) => x.operationId));
    const missing = Object.keys(HANDLERS).filter((op) => !succeeded.has(op));
    expect(missing).toEqual([]);
    // And every answer was checked: each recorded exchange names an operation the spec knows.
    const known = operations();
    expect(exchanges.filter((x) => x.operationId !== null && !known.has(x.operationId))).toEqual([]);
    expect(exchanges.length).toBeGreaterThan(Object.keys(HANDLERS).length);
  });
});

describe('operations the emulator does not model', () => {
  it('every one of them answers 501 naming its operationId', async () => {
    const unmodelled = ROUTES.filter((route) => !(route.op in HANDLERS));
    expect(unmodelled.length + Object.keys(HANDLERS).length).toBe(249);
    for (const route of unmodelled) {
      const path = route.p.replace(/\{[^}]+\}/g, 'x_1');
      const response = await t.call(route.m, path, route.m === 'GET' || route.m === 'DELETE' ? {} : { body: {} });
      expect(response.status, `${route.m} ${route.p}`).toBe(501);
      expect(response.body.errors[0]).toMatchObject({ code: 'operation_not_implemented', meta: { operation_id: route.op } });
    }
  });

  it('the committed route table matches the spec', async () => {
    const { execFileSync } = await import('node:child_process');
    const output = execFileSync(process.execPath, ['scripts/gen-emulator-routes.mjs', '--check'], { encoding: 'utf8' });
    expect(output).toContain('249 routes, up to date');
    const fromSpec = [...operations().keys()].sort();
    expect(ROUTES.map((route) => route.op).sort()).toEqual(fromSpec);
  });
});
