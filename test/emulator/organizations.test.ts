import { describe, expect, it } from 'vitest';
import { ClerkAPIResponseError, Organization, OrganizationInvitation, OrganizationMembership } from '../../src/index';
import { rejectionOf } from '../helpers/nock';
import { firstError, useEmulator } from './helpers';

const t = useEmulator();

async function user(email: string, extra: Record<string, unknown> = {}) {
  const response = await t.call('POST', '/users', { body: { email_address: [email], ...extra } });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

async function org(body: Record<string, unknown>) {
  const response = await t.call('POST', '/organizations', { body });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

describe('organizations over plain HTTP', () => {
  it('creates, reads by id and slug, updates and deletes an organization', async () => {
    const owner = await user('owner@acme.com');
    const created = await org({ name: 'Acme Inc', created_by: owner.id, public_metadata: { tier: 'gold' }, max_allowed_memberships: 3 });
    expect(created).toMatchObject({ object: 'organization', name: 'Acme Inc', slug: 'acme-inc', created_by: owner.id, max_allowed_memberships: 3 });
    expect(created.id).toMatch(/^org_/);
    expect((await t.call('GET', `/organizations/${created.id}`)).body).toEqual(created);
    expect((await t.call('GET', '/organizations/acme-inc')).body.id).toBe(created.id);
    const counted = await t.call('GET', `/organizations/${created.id}`, { query: { include_members_count: true } });
    expect(counted.body.members_count).toBe(1);

    const updated = await t.call('PATCH', `/organizations/${created.id}`, { body: { name: 'Acme Corp', slug: 'acme-corp' } });
    expect(updated.body).toMatchObject({ name: 'Acme Corp', slug: 'acme-corp' });
    expect((await t.call('GET', '/organizations/acme-inc')).status).toBe(404);

    const merged = await t.call('PATCH', `/organizations/${created.id}/metadata`, {
      body: { public_metadata: { region: 'eu' }, private_metadata: { crm: 42 } },
    });
    expect(merged.body.public_metadata).toEqual({ tier: 'gold', region: 'eu' });
    const replaced = await t.call('PUT', `/organizations/${created.id}/metadata`, { body: { public_metadata: { only: 1 } } });
    expect(replaced.body.public_metadata).toEqual({ only: 1 });
    expect(replaced.body.private_metadata).toEqual({ crm: 42 });

    const deleted = await t.call('DELETE', `/organizations/${created.id}`);
    expect(deleted.body).toEqual({ object: 'organization', id: created.id, slug: 'acme-corp', deleted: true });
    expect((await t.call('GET', `/organizations/${created.id}`)).status).toBe(404);
    expect((await t.call('GET', `/users/${owner.id}/organization_memberships`)).body).toEqual({ data: [], total_count: 0 });
  });

  it('lists organizations with filters, ordering and pages', async () => {
    const member = await user('m@example.com');
    const names = ['Beta', 'Alpha', 'Gamma', 'Delta'];
    const orgs = [];
    for (const name of names) orgs.push(await org({ name }));
    await t.call('POST', `/organizations/${orgs[2].id}/memberships`, { body: { user_id: member.id, role: 'org:member' } });
    const page = await t.call('GET', '/organizations', { query: { limit: 2, offset: 1, order_by: 'name' } });
    expect(page.body.total_count).toBe(4);
    expect(page.body.data.map((o: any) => o.name)).toEqual(['Beta', 'Delta']);
    expect((await t.call('GET', '/organizations', { query: { query: 'amm' } })).body.data.map((o: any) => o.name)).toEqual(['Gamma']);
    expect((await t.call('GET', '/organizations', { query: { user_id: [member.id] } })).body.total_count).toBe(1);
    const withCounts = await t.call('GET', '/organizations', { query: { include_members_count: true, order_by: '-members_count' } });
    expect(withCounts.body.data[0]).toMatchObject({ name: 'Gamma', members_count: 1 });
  });

  it('refuses bad names and taken slugs', async () => {
    await org({ name: 'Taken', slug: 'taken' });
    const taken = await t.call('POST', '/organizations', { body: { name: 'Other', slug: 'taken' } });
    expect(firstError(taken.body)).toMatchObject({ code: 'form_identifier_exists', meta: { param_name: 'slug' } });
    const badSlug = await t.call('POST', '/organizations', { body: { name: 'Other', slug: 'Not A Slug' } });
    expect(firstError(badSlug.body)).toMatchObject({ code: 'form_param_format_invalid', meta: { param_name: 'slug' } });
    const noName = await t.call('POST', '/organizations', { body: { slug: 'nameless' } });
    expect(firstError(noName.body)).toMatchObject({ code: 'form_param_missing', meta: { param_name: 'name' } });
    const noCreator = await t.call('POST', '/organizations', { body: { name: 'Ghost', created_by: 'user_ghost' } });
    expect(noCreator.status).toBe(404);
    // Metadata goes through the metadata endpoints in 2026-05-12, not PATCH.
    const o = await org({ name: 'Meta' });
    const patched = await t.call('PATCH', `/organizations/${o.id}`, { body: { public_metadata: {} } });
    expect(firstError(patched.body).code).toBe('form_param_unknown');
  });

  it('manages memberships', async () => {
    const admin = await user('admin@acme.com', { first_name: 'Ad' });
    const bob = await user('bob@acme.com', { first_name: 'Bob' });
    const o = await org({ name: 'Acme', created_by: admin.id, max_allowed_memberships: 2 });
    const created = await t.call('POST', `/organizations/${o.id}/memberships`, {
      body: { user_id: bob.id, role: 'org:member', public_metadata: { team: 'red' } },
    });
    expect(created.body).toMatchObject({
      object: 'organization_membership',
      role: 'org:member',
      role_name: 'Member',
      permissions: ['org:sys_memberships:read'],
      public_metadata: { team: 'red' },
      organization: { id: o.id },
      public_user_data: { user_id: bob.id, first_name: 'Bob', identifier: 'bob@acme.com' },
    });
    expect(created.body.id).toMatch(/^orgmem_/);
    const again = await t.call('POST', `/organizations/${o.id}/memberships`, { body: { user_id: bob.id, role: 'org:member' } });
    expect(firstError(again.body).code).toBe('already_a_member_in_organization');
    const carol = await user('carol@acme.com');
    const full = await t.call('POST', `/organizations/${o.id}/memberships`, { body: { user_id: carol.id, role: 'org:member' } });
    expect(full.status).toBe(403);

    const list = await t.call('GET', `/organizations/${o.id}/memberships`, { query: { order_by: 'first_name' } });
    expect(list.body.total_count).toBe(2);
    expect(list.body.data.map((m: any) => m.public_user_data.first_name)).toEqual(['Ad', 'Bob']);
    expect((await t.call('GET', `/organizations/${o.id}/memberships`, { query: { role: ['org:admin'] } })).body.total_count).toBe(1);
    expect((await t.call('GET', `/organizations/${o.id}/memberships`, { query: { email_address_query: 'bob' } })).body.total_count).toBe(1);
    expect((await t.call('GET', '/organization_memberships')).body.total_count).toBe(2);
    expect((await t.call('GET', `/users/${bob.id}/organization_memberships`)).body.data[0].organization.id).toBe(o.id);
    expect((await t.call('GET', '/users', { query: { organization_id: [o.id] } })).body).toHaveLength(2);

    const promoted = await t.call('PATCH', `/organizations/${o.id}/memberships/${bob.id}`, { body: { role: 'org:admin' } });
    expect(promoted.body).toMatchObject({ role: 'org:admin', role_name: 'Admin' });
    const meta = await t.call('PATCH', `/organizations/${o.id}/memberships/${bob.id}/metadata`, {
      body: { public_metadata: { seat: 7 }, private_metadata: { note: 'x' } },
    });
    expect(meta.body.public_metadata).toEqual({ team: 'red', seat: 7 });
    expect(meta.body.private_metadata).toEqual({ note: 'x' });

    const removed = await t.call('DELETE', `/organizations/${o.id}/memberships/${bob.id}`);
    expect(removed.body).toMatchObject({ object: 'organization_membership', id: created.body.id });
    expect((await t.call('DELETE', `/organizations/${o.id}/memberships/${bob.id}`)).status).toBe(404);
    const badRole = await t.call('POST', `/organizations/${o.id}/memberships`, { body: { user_id: bob.id, role: 'boss' } });
    expect(firstError(badRole.body)).toMatchObject({ code: 'form_param_value_invalid', meta: { param_name: 'role' } });
  });

  it('manages invitations', async () => {
    const admin = await user('admin@acme.com');
    const member = await user('member@acme.com');
    const o = await org({ name: 'Acme', created_by: admin.id });
    await t.call('POST', `/organizations/${o.id}/memberships`, { body: { user_id: member.id, role: 'org:member' } });
    const invited = await t.call('POST', `/organizations/${o.id}/invitations`, {
      body: { email_address: 'New@Example.com', role: 'org:member', inviter_user_id: admin.id, public_metadata: { src: 'test' } },
    });
    expect(invited.body).toMatchObject({
      object: 'organization_invitation',
      email_address: 'new@example.com',
      status: 'pending',
      organization_id: o.id,
      inviter_id: admin.id,
      public_inviter_data: { user_id: admin.id, identifier: 'admin@acme.com' },
    });
    expect(invited.body.id).toMatch(/^orginv_/);
    expect(invited.body.expires_at - invited.body.created_at).toBe(30 * 86_400_000);

    const dup = await t.call('POST', `/organizations/${o.id}/invitations`, { body: { email_address: 'new@example.com', role: 'org:member' } });
    expect(firstError(dup.body).code).toBe('form_identifier_exists');
    const byMember = await t.call('POST', `/organizations/${o.id}/invitations`, {
      body: { email_address: 'x@example.com', role: 'org:member', inviter_user_id: member.id },
    });
    expect(byMember.status).toBe(403);
    const existing = await t.call('POST', `/organizations/${o.id}/invitations`, { body: { email_address: 'member@acme.com', role: 'org:member' } });
    expect(firstError(existing.body).code).toBe('already_a_member_in_organization');

    const bulk = await t.call('POST', `/organizations/${o.id}/invitations/bulk`, {
      body: [
        { email_address: 'b1@example.com', role: 'org:member' },
        { email_address: 'b2@example.com', role: 'org:admin' },
      ],
    });
    expect(bulk.body.total_count).toBe(2);
    const badBulk = await t.call('POST', `/organizations/${o.id}/invitations/bulk`, {
      body: [
        { email_address: 'b3@example.com', role: 'org:member' },
        { email_address: 'broken', role: 'org:member' },
      ],
    });
    expect(badBulk.status).toBe(422);
    // All or nothing: b3 was not kept.
    expect((await t.call('GET', `/organizations/${o.id}/invitations`)).body.total_count).toBe(3);

    expect((await t.call('GET', `/organizations/${o.id}/invitations/${invited.body.id}`)).body).toEqual(invited.body);
    const revoked = await t.call('POST', `/organizations/${o.id}/invitations/${invited.body.id}/revoke`, {
      body: { requesting_user_id: admin.id },
    });
    expect(revoked.body.status).toBe('revoked');
    expect((await t.call('POST', `/organizations/${o.id}/invitations/${invited.body.id}/revoke`, { body: {} })).status).toBe(400);
    expect((await t.call('GET', `/organizations/${o.id}/invitations`, { query: { status: 'revoked' } })).body.total_count).toBe(1);
    expect((await t.call('GET', `/organizations/${o.id}/invitations/pending`)).body.total_count).toBe(2);
    const instance = await t.call('GET', '/organization_invitations', { query: { status: 'pending' } });
    expect(instance.body.total_count).toBe(2);
    expect(instance.body.data[0].public_organization_data).toMatchObject({ id: o.id, slug: 'acme' });
    const invitee = await user('b1@example.com');
    const mine = await t.call('GET', `/users/${invitee.id}/organization_invitations`);
    expect(mine.body.data.map((i: any) => i.email_address)).toEqual(['b1@example.com']);
    expect((await t.call('GET', `/organizations/${o.id}/invitations/orginv_missing`)).status).toBe(404);
  });

  it('manages domains', async () => {
    const o = await org({ name: 'Acme' });
    const other = await org({ name: 'Other' });
    const created = await t.call('POST', `/organizations/${o.id}/domains`, { body: { name: 'Acme.com', enrollment_mode: 'automatic_invitation' } });
    expect(created.body).toMatchObject({
      object: 'organization_domain',
      organization_id: o.id,
      name: 'acme.com',
      enrollment_mode: 'automatic_invitation',
      verification: { status: 'verified' },
      total_pending_invitations: 0,
    });
    expect(created.body.id).toMatch(/^orgdmn_/);
    const taken = await t.call('POST', `/organizations/${other.id}/domains`, { body: { name: 'acme.com' } });
    expect(firstError(taken.body).code).toBe('form_identifier_exists');
    const bad = await t.call('POST', `/organizations/${o.id}/domains`, { body: { name: 'not a domain' } });
    expect(firstError(bad.body).code).toBe('form_param_format_invalid');
    await t.call('POST', `/organizations/${o.id}/domains`, { body: { name: 'acme.dev', verified: false } });

    expect((await t.call('GET', `/organizations/${o.id}/domains`)).body.total_count).toBe(2);
    expect((await t.call('GET', `/organizations/${o.id}/domains`, { query: { verified: 'false' } })).body.data[0].name).toBe('acme.dev');
    const updated = await t.call('PATCH', `/organizations/${o.id}/domains/${created.body.id}`, { body: { enrollment_mode: 'manual_invitation' } });
    expect(updated.body.enrollment_mode).toBe('manual_invitation');
    const all = await t.call('GET', '/organization_domains', { query: { enrollment_mode: ['-automatic_invitation'], order_by: 'name' } });
    expect(all.body.data.map((d: any) => d.name)).toEqual(['acme.com', 'acme.dev']);
    expect((await t.call('DELETE', `/organizations/${o.id}/domains/${created.body.id}`)).body).toEqual({
      object: 'organization_domain',
      id: created.body.id,
      deleted: true,
    });
    expect((await t.call('DELETE', `/organizations/${other.id}/domains/${created.body.id}`)).status).toBe(404);
  });
});

describe('organizations through the SDK', () => {
  it('round-trips an organization, a member, an invitation and a logo', async () => {
    const owner = await t.clerk.users.createUser({ emailAddress: ['sdk-owner@example.com'], firstName: 'Olive' });
    const member = await t.clerk.users.createUser({ emailAddress: ['sdk-member@example.com'] });
    const created = await t.clerk.organizations.createOrganization({ name: 'SDK Org', createdBy: owner.id, publicMetadata: { a: 1 } });
    expect(created).toBeInstanceOf(Organization);
    expect(created.slug).toBe('sdk-org');
    expect((await t.clerk.organizations.getOrganization({ slug: 'sdk-org' })).id).toBe(created.id);
    expect((await t.clerk.organizations.getOrganization({ organizationId: created.id })).name).toBe('SDK Org');

    const renamed = await t.clerk.organizations.updateOrganization(created.id, { name: 'SDK Org 2', publicMetadata: { b: 2 } });
    expect(renamed.name).toBe('SDK Org 2');
    expect(renamed.publicMetadata).toEqual({ b: 2 });
    const merged = await t.clerk.organizations.updateOrganizationMetadata(created.id, { privateMetadata: { c: 3 } });
    expect(merged.privateMetadata).toEqual({ c: 3 });

    const membership = await t.clerk.organizations.createOrganizationMembership({ organizationId: created.id, userId: member.id, role: 'org:member' });
    expect(membership).toBeInstanceOf(OrganizationMembership);
    expect(membership.publicUserData?.userId).toBe(member.id);
    const memberships = await t.clerk.organizations.getOrganizationMembershipList({ organizationId: created.id, limit: 1 });
    expect(memberships).toHaveLength(1);
    expect(memberships.totalCount).toBe(2);
    const walked: string[] = [];
    for await (const m of t.clerk.organizations.getOrganizationMembershipList({ organizationId: created.id, limit: 1 })) walked.push(m.role);
    expect(walked.sort()).toEqual(['org:admin', 'org:member']);
    expect((await t.clerk.users.getOrganizationMembershipList({ userId: member.id })).map((m) => m.organization.id)).toEqual([created.id]);

    const updatedMembership = await t.clerk.organizations.updateOrganizationMembership({ organizationId: created.id, userId: member.id, role: 'org:admin' });
    expect(updatedMembership.role).toBe('org:admin');
    const metaMembership = await t.clerk.organizations.updateOrganizationMembershipMetadata({
      organizationId: created.id,
      userId: member.id,
      publicMetadata: { x: true },
    });
    expect(metaMembership.publicMetadata).toEqual({ x: true });

    const invitation = await t.clerk.organizations.createOrganizationInvitation({
      organizationId: created.id,
      inviterUserId: owner.id,
      emailAddress: 'guest@example.com',
      role: 'org:member',
    });
    expect(invitation).toBeInstanceOf(OrganizationInvitation);
    expect(invitation.status).toBe('pending');
    expect((await t.clerk.organizations.getOrganizationInvitationList({ organizationId: created.id })).map((i) => i.id)).toEqual([invitation.id]);
    expect((await t.clerk.organizations.getPendingOrganizationInvitationList({ organizationId: created.id })).totalCount).toBe(1);
    expect((await t.clerk.organizations.getOrganizationInvitation({ organizationId: created.id, invitationId: invitation.id })).emailAddress).toBe(
      'guest@example.com',
    );
    const revoked = await t.clerk.organizations.revokeOrganizationInvitation({
      organizationId: created.id,
      invitationId: invitation.id,
      requestingUserId: owner.id,
    });
    expect(revoked.status).toBe('revoked');

    const png = new Blob([Buffer.from('89504e470d0a1a0a', 'hex')], { type: 'image/png' });
    const withLogo = await t.clerk.organizations.updateOrganizationLogo(created.id, { file: png, uploaderUserId: owner.id });
    expect(withLogo.hasImage).toBe(true);
    expect((await t.clerk.organizations.deleteOrganizationLogo(created.id)).hasImage).toBe(false);

    expect(await t.clerk.organizations.deleteOrganizationMembership({ organizationId: created.id, userId: member.id })).toBeInstanceOf(OrganizationMembership);
    const list = await t.clerk.organizations.getOrganizationList({ includeMembersCount: true });
    expect(list.map((o) => o.membersCount)).toEqual([1]);
    expect(await t.clerk.organizations.deleteOrganization(created.id)).toMatchObject({ id: created.id, deleted: true });
    const error = await rejectionOf(t.clerk.organizations.getOrganization({ organizationId: created.id }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(404);
  });

  it('manages organization domains through the SDK', async () => {
    const o = await t.clerk.organizations.createOrganization({ name: 'Domains' });
    const domain = await t.clerk.organizations.createOrganizationDomain({
      organizationId: o.id,
      name: 'domains.example',
      enrollmentMode: 'automatic_suggestion',
    });
    expect(domain.name).toBe('domains.example');
    expect((await t.clerk.organizations.getOrganizationDomainList({ organizationId: o.id })).totalCount).toBe(1);
    const updated = await t.clerk.organizations.updateOrganizationDomain({ organizationId: o.id, domainId: domain.id, verified: false });
    expect(updated.verification).toBeNull();
    expect((await t.clerk.organizations.getInstanceOrganizationDomainList()).map((d) => d.id)).toEqual([domain.id]);
    expect(await t.clerk.organizations.deleteOrganizationDomain({ organizationId: o.id, domainId: domain.id })).toMatchObject({ deleted: true });
  });
});
