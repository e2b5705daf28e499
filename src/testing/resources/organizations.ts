import { randomBytes } from 'node:crypto';
import {
  contains,
  listParam,
  mergeMetadata,
  pageOf,
  parseDate,
  sortItems,
  stringParam,
  type HandlerContext,
  type HandlerTable,
  type OrderFields,
} from '../context';
import { EmulatorError, formatInvalid, identifierExists, notFound, paramMissing, unprocessable, valueInvalid } from '../errors';
import {
  identificationsOf,
  membersOf,
  membershipJSON,
  organizationDomainJSON,
  organizationInvitationJSON,
  organizationJSON,
  primaryEmail,
  primaryPhone,
} from '../serialize';
import type { MembershipRecord, OrganizationDomainRecord, OrganizationInvitationRecord, OrganizationRecord, Store } from '../store';
import { checkEmail, requireUser, userMatches } from './users';

const DAY = 86_400_000;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const ENROLLMENT_MODES = ['manual_invitation', 'automatic_invitation', 'automatic_suggestion', 'enterprise_sso'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Lookups.

/** The path slot takes an organization id or its slug. */
function requireOrganization(store: Store, idOrSlug: string | undefined): OrganizationRecord {
  if (idOrSlug) {
    const byId = store.organizations.get(idOrSlug);
    if (byId) return byId;
    for (const org of store.organizations.values()) if (org.slug === idOrSlug) return org;
  }
  throw notFound('organization');
}

function findMembership(store: Store, organizationId: string, userId: string): MembershipRecord | undefined {
  for (const membership of store.memberships.values()) {
    if (membership.organization_id === organizationId && membership.user_id === userId) return membership;
  }
  return undefined;
}

function requireMembership(ctx: HandlerContext): { org: OrganizationRecord; membership: MembershipRecord } {
  const org = requireOrganization(ctx.store, ctx.params.organization_id);
  const membership = findMembership(ctx.store, org.id, ctx.params.user_id ?? '');
  if (!membership) throw notFound('organization membership');
  return { org, membership };
}

function checkRole(role: string): string {
  if (!/^org:[a-z0-9_-]+$/i.test(role)) {
    throw valueInvalid('role', 'must be a role key such as org:admin or org:member.');
  }
  return role;
}

function checkSlug(store: Store, slug: string, self?: string): string {
  if (!SLUG.test(slug)) throw formatInvalid('slug', 'can contain only lowercase letters, digits and single dashes.');
  for (const org of store.organizations.values()) {
    if (org.id !== self && org.slug === slug) throw identifierExists('slug', 'slug');
  }
  return slug;
}

function slugFrom(store: Store, name: string): string {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'organization';
  const taken = new Set([...store.organizations.values()].map((org) => org.slug));
  if (!taken.has(base)) return base;
  for (;;) {
    const candidate = `${base}-${randomBytes(3).toString('hex')}`;
    if (!taken.has(candidate)) return candidate;
  }
}

function checkName(name: string): string {
  if (name.trim() === '') throw paramMissing('name');
  if (name.length > 256) throw valueInvalid('name', 'must be at most 256 characters long.');
  if (/<[^>]+>|https?:\/\//i.test(name)) throw formatInvalid('name', 'may not contain URLs or HTML.');
  return name;
}

/** Creates a membership, enforcing the organization's seat limit. */
function addMember(
  store: Store,
  org: OrganizationRecord,
  userId: string,
  role: string,
  metadata: { public_metadata?: Record<string, unknown> | null; private_metadata?: Record<string, unknown> | null } = {},
): MembershipRecord {
  const user = requireUser(store, userId);
  if (findMembership(store, org.id, user.id)) {
    throw unprocessable('already_a_member_in_organization', 'already a member', 'The user is already a member of this organization.', {
      param_name: 'user_id',
    });
  }
  if (org.max_allowed_memberships > 0 && membersOf(store, org.id).length >= org.max_allowed_memberships) {
    throw new EmulatorError(
      403,
      'organization_membership_quota_exceeded',
      'membership quota exceeded',
      `This organization allows at most ${org.max_allowed_memberships} members.`,
    );
  }
  const now = store.now();
  const membership: MembershipRecord = {
    id: store.id('orgmem'),
    organization_id: org.id,
    user_id: user.id,
    role: checkRole(role),
    public_metadata: metadata.public_metadata ?? {},
    private_metadata: metadata.private_metadata ?? {},
    created_at: now,
    updated_at: now,
  };
  store.memberships.set(membership.id, membership);
  return membership;
}

function isAdmin(store: Store, organizationId: string, userId: string): boolean {
  return findMembership(store, organizationId, userId)?.role === 'org:admin';
}

// ---------------------------------------------------------------------------------------------------------------
// Organizations.

export function createOrganizationRecord(ctx: HandlerContext): OrganizationRecord {
  const { store, body } = ctx;
  const name = checkName(body.name);
  const slug = typeof body.slug === 'string' ? checkSlug(store, body.slug) : slugFrom(store, name);
  if (typeof body.created_by === 'string') requireUser(store, body.created_by);
  if (ctx.fixedId !== undefined && store.organizations.has(ctx.fixedId)) throw identifierExists('id', 'organization ID');
  const createdAt = typeof body.created_at === 'string' ? parseDate('created_at', body.created_at) : undefined;
  const now = store.now();
  const org: OrganizationRecord = {
    id: store.id('org', ctx.fixedId),
    name,
    slug,
    has_image: false,
    image_id: null,
    max_allowed_memberships: body.max_allowed_memberships ?? 0,
    admin_delete_enabled: true,
    public_metadata: body.public_metadata ?? {},
    private_metadata: body.private_metadata ?? {},
    created_by: body.created_by ?? null,
    role_set_key: body.role_set_key ?? null,
    created_at: createdAt ?? now,
    updated_at: now,
  };
  store.organizations.set(org.id, org);
  // The creator becomes the first admin.
  if (org.created_by) addMember(store, org, org.created_by, 'org:admin');
  return org;
}

const ORG_ORDER: OrderFields<OrganizationRecord> = {
  created_at: (o) => o.created_at,
  name: (o) => o.name.toLowerCase(),
};

function listOrganizations(ctx: HandlerContext): unknown {
  const { store, query } = ctx;
  const q = stringParam(query, 'query');
  const userIds = listParam(query, 'user_id');
  const orgIds = listParam(query, 'organization_id');
  let orgs = [...store.organizations.values()].filter((org) => {
    if (q && !contains([org.id, org.name, org.slug], q)) return false;
    if (orgIds && !orgIds.includes(org.id)) return false;
    if (userIds && !membersOf(store, org.id).some((m) => userIds.includes(m.user_id))) return false;
    return true;
  });
  const fields: OrderFields<OrganizationRecord> = { ...ORG_ORDER, members_count: (o) => membersOf(store, o.id).length };
  orgs = sortItems(orgs, stringParam(query, 'order_by') ?? '-created_at', fields);
  const page = pageOf(orgs, query);
  return {
    data: page.data.map((org) => organizationJSON(store, org, { membersCount: query.include_members_count === true })),
    total_count: page.total_count,
  };
}

function updateOrganization(ctx: HandlerContext): unknown {
  const { store, body } = ctx;
  const org = requireOrganization(store, ctx.params.organization_id);
  const name = typeof body.name === 'string' ? checkName(body.name) : undefined;
  const slug = typeof body.slug === 'string' ? checkSlug(store, body.slug, org.id) : undefined;
  const createdAt = typeof body.created_at === 'string' ? parseDate('created_at', body.created_at) : undefined;
  if (name !== undefined) org.name = name;
  if (slug !== undefined) org.slug = slug;
  if (typeof body.max_allowed_memberships === 'number') org.max_allowed_memberships = body.max_allowed_memberships;
  if (typeof body.admin_delete_enabled === 'boolean') org.admin_delete_enabled = body.admin_delete_enabled;
  if ('role_set_key' in body) org.role_set_key = body.role_set_key ?? null;
  if (createdAt !== undefined) org.created_at = createdAt;
  org.updated_at = store.now();
  return organizationJSON(store, org);
}

function deleteOrganization(ctx: HandlerContext): unknown {
  const { store } = ctx;
  const org = requireOrganization(store, ctx.params.organization_id);
  for (const [id, m] of store.memberships) if (m.organization_id === org.id) store.memberships.delete(id);
  for (const [id, i] of store.organizationInvitations) if (i.organization_id === org.id) store.organizationInvitations.delete(id);
  for (const [id, d] of store.organizationDomains) if (d.organization_id === org.id) store.organizationDomains.delete(id);
  for (const session of store.sessions.values()) {
    if (session.last_active_organization_id === org.id) session.last_active_organization_id = null;
  }
  store.organizations.delete(org.id);
  return { object: 'organization', id: org.id, slug: org.slug, deleted: true };
}

function organizationMetadata(mode: 'merge' | 'replace') {
  return (ctx: HandlerContext): unknown => {
    const org = requireOrganization(ctx.store, ctx.params.organization_id);
    for (const key of ['public_metadata', 'private_metadata'] as const) {
      const value = ctx.body[key];
      if (value === undefined || value === null) continue;
      org[key] = mode === 'merge' ? mergeMetadata(org[key], value) : value;
    }
    org.updated_at = ctx.store.now();
    return organizationJSON(ctx.store, org);
  };
}

function uploadLogo(ctx: HandlerContext): unknown {
  const org = requireOrganization(ctx.store, ctx.params.organization_id);
  if (!ctx.files.file) throw paramMissing('file');
  if (typeof ctx.body.uploader_user_id === 'string' && ctx.body.uploader_user_id !== '') {
    requireUser(ctx.store, ctx.body.uploader_user_id);
  }
  org.image_id = ctx.store.id('img');
  org.has_image = true;
  org.updated_at = ctx.store.now();
  const json = organizationJSON(ctx.store, org);
  return { ...json, logo_url: json.image_url };
}

function deleteLogo(ctx: HandlerContext): unknown {
  const org = requireOrganization(ctx.store, ctx.params.organization_id);
  org.image_id = null;
  org.has_image = false;
  org.updated_at = ctx.store.now();
  return organizationJSON(ctx.store, org);
}

// ---------------------------------------------------------------------------------------------------------------
// Memberships.

function membershipOrder(store: Store): OrderFields<MembershipRecord> {
  const user = (m: MembershipRecord) => store.users.get(m.user_id);
  return {
    created_at: (m) => m.created_at,
    first_name: (m) => user(m)?.first_name ?? null,
    last_name: (m) => user(m)?.last_name ?? null,
    email_address: (m) => {
      const u = user(m);
      return u ? primaryEmail(store, u) : null;
    },
    phone_number: (m) => {
      const u = user(m);
      return u ? primaryPhone(store, u) : null;
    },
    username: (m) => user(m)?.username ?? null,
  };
}

function listMemberships(ctx: HandlerContext): unknown {
  const { store, query } = ctx;
  const org = requireOrganization(store, ctx.params.organization_id);
  const roles = listParam(query, 'role');
  let memberships = membersOf(store, org.id).filter((m) => {
    const user = store.users.get(m.user_id);
    if (!user) return false;
    if (roles && !roles.includes(m.role)) return false;
    return userMatches(store, user, query);
  });
  memberships = sortItems(memberships, stringParam(query, 'order_by') ?? '-created_at', membershipOrder(store));
  const page = pageOf(memberships, query);
  return { data: page.data.map((m) => membershipJSON(store, m)), total_count: page.total_count };
}

function listAllMemberships(ctx: HandlerContext): unknown {
  const { store, query } = ctx;
  const memberships = sortItems([...store.memberships.values()], stringParam(query, 'order_by') ?? '-created_at', membershipOrder(store));
  const page = pageOf(memberships, query);
  return { data: page.data.map((m) => membershipJSON(store, m)), total_count: page.total_count };
}

function createMembership(ctx: HandlerContext): unknown {
  const org = requireOrganization(ctx.store, ctx.params.organization_id);
  const membership = addMember(ctx.store, org, ctx.body.user_id, ctx.body.role, ctx.body);
  return membershipJSON(ctx.store, membership);
}

function updateMembership(ctx: HandlerContext): unknown {
  const { membership } = requireMembership(ctx);
  membership.role = checkRole(ctx.body.role);
  membership.updated_at = ctx.store.now();
  return membershipJSON(ctx.store, membership);
}

function updateMembershipMetadata(ctx: HandlerContext): unknown {
  const { membership } = requireMembership(ctx);
  for (const key of ['public_metadata', 'private_metadata'] as const) {
    const value = ctx.body[key];
    if (value !== undefined && value !== null) membership[key] = mergeMetadata(membership[key], value);
  }
  membership.updated_at = ctx.store.now();
  return membershipJSON(ctx.store, membership);
}

function deleteMembership(ctx: HandlerContext): unknown {
  const { membership } = requireMembership(ctx);
  const json = membershipJSON(ctx.store, membership);
  ctx.store.memberships.delete(membership.id);
  for (const session of ctx.store.sessions.values()) {
    if (session.user_id === membership.user_id && session.last_active_organization_id === membership.organization_id) {
      session.last_active_organization_id = null;
    }
  }
  return json;
}

// ---------------------------------------------------------------------------------------------------------------
// Organization invitations.

function ticketUrl(ctx: HandlerContext, redirectUrl: unknown): string {
  const ticket = randomBytes(24).toString('base64url');
  const base = typeof redirectUrl === 'string' && redirectUrl !== '' ? redirectUrl : `${ctx.baseUrl}/v1/tickets/accept`;
  return `${base}${base.includes('?') ? '&' : '?'}__clerk_ticket=${ticket}`;
}

function createInvitationRecord(ctx: HandlerContext, org: OrganizationRecord, input: Record<string, any>): OrganizationInvitationRecord {
  const { store } = ctx;
  const email = checkEmail('email_address', input.email_address);
  const role = checkRole(input.role);
  const inviter = typeof input.inviter_user_id === 'string' ? input.inviter_user_id : null;
  if (inviter !== null) {
    requireUser(store, inviter);
    if (!isAdmin(store, org.id, inviter)) {
      throw new EmulatorError(403, 'not_an_admin_in_organization', 'not an admin', 'Only an admin of the organization can invite members.');
    }
  }
  for (const membership of membersOf(store, org.id)) {
    if (identificationsOf(store, membership.user_id, 'email_address').some((e) => e.value === email)) {
      throw unprocessable('already_a_member_in_organization', 'already a member', `${email} is already a member of this organization.`, {
        param_name: 'email_address',
      });
    }
  }
  for (const existing of store.organizationInvitations.values()) {
    if (existing.organization_id === org.id && existing.status === 'pending' && existing.email_address === email) {
      throw identifierExists('email_address', 'pending invitation for this email address');
    }
  }
  const now = store.now();
  const invitation: OrganizationInvitationRecord = {
    id: store.id('orginv'),
    organization_id: org.id,
    email_address: email,
    role,
    inviter_id: inviter,
    status: 'pending',
    public_metadata: input.public_metadata ?? {},
    private_metadata: input.private_metadata ?? {},
    url: ticketUrl(ctx, input.redirect_url),
    expires_at: now + (input.expires_in_days ?? 30) * DAY,
    created_at: now,
    updated_at: now,
  };
  store.organizationInvitations.set(invitation.id, invitation);
  return invitation;
}

/** Pending invitations past their expiry become `expired` whenever they are read. */
function refreshExpiry(store: Store): void {
  const now = Date.now();
  for (const invitation of store.organizationInvitations.values()) {
    if (invitation.status === 'pending' && invitation.expires_at !== null && invitation.expires_at < now) invitation.status = 'expired';
  }
}

const INVITATION_ORDER: OrderFields<OrganizationInvitationRecord> = {
  created_at: (i) => i.created_at,
  email_address: (i) => i.email_address,
};

function invitationPage(ctx: HandlerContext, invitations: OrganizationInvitationRecord[], options: { publicOrganizationData?: boolean } = {}): unknown {
  const sorted = sortItems(invitations, stringParam(ctx.query, 'order_by') ?? '-created_at', INVITATION_ORDER);
  const page = pageOf(sorted, ctx.query);
  return { data: page.data.map((i) => organizationInvitationJSON(ctx.store, i, options)), total_count: page.total_count };
}

function listOrgInvitations(pendingOnly: boolean) {
  return (ctx: HandlerContext): unknown => {
    refreshExpiry(ctx.store);
    const org = requireOrganization(ctx.store, ctx.params.organization_id);
    const status = pendingOnly ? 'pending' : stringParam(ctx.query, 'status');
    const email = stringParam(ctx.query, 'email_address')?.toLowerCase();
    const invitations = [...ctx.store.organizationInvitations.values()].filter(
      (i) => i.organization_id === org.id && (status === undefined || i.status === status) && (email === undefined || i.email_address === email),
    );
    return invitationPage(ctx, invitations);
  };
}

function listInstanceInvitations(ctx: HandlerContext): unknown {
  refreshExpiry(ctx.store);
  const status = stringParam(ctx.query, 'status');
  const q = stringParam(ctx.query, 'query');
  const invitations = [...ctx.store.organizationInvitations.values()].filter(
    (i) => (status === undefined || i.status === status) && (!q || contains([i.email_address, i.id, i.organization_id], q)),
  );
  return invitationPage(ctx, invitations, { publicOrganizationData: true });
}

function listUserInvitations(ctx: HandlerContext): unknown {
  refreshExpiry(ctx.store);
  const user = requireUser(ctx.store, ctx.params.user_id);
  const emails = identificationsOf(ctx.store, user.id, 'email_address').map((e) => e.value);
  const status = stringParam(ctx.query, 'status');
  const invitations = [...ctx.store.organizationInvitations.values()].filter(
    (i) => emails.includes(i.email_address) && (status === undefined || i.status === status),
  );
  return invitationPage(ctx, invitations, { publicOrganizationData: true });
}

function requireInvitation(ctx: HandlerContext): OrganizationInvitationRecord {
  refreshExpiry(ctx.store);
  const org = requireOrganization(ctx.store, ctx.params.organization_id);
  const invitation = ctx.store.organizationInvitations.get(ctx.params.invitation_id ?? '');
  if (!invitation || invitation.organization_id !== org.id) throw notFound('organization invitation');
  return invitation;
}

function revokeOrgInvitation(ctx: HandlerContext): unknown {
  const invitation = requireInvitation(ctx);
  const requester = ctx.body?.requesting_user_id;
  if (typeof requester === 'string' && requester !== '') {
    requireUser(ctx.store, requester);
    if (!isAdmin(ctx.store, invitation.organization_id, requester)) {
      throw new EmulatorError(403, 'not_an_admin_in_organization', 'not an admin', 'Only an admin of the organization can revoke invitations.');
    }
  }
  if (invitation.status !== 'pending') {
    throw badRequestNotPending(invitation.status);
  }
  invitation.status = 'revoked';
  invitation.updated_at = ctx.store.now();
  return organizationInvitationJSON(ctx.store, invitation);
}

function badRequestNotPending(status: string): EmulatorError {
  return new EmulatorError(400, 'organization_invitation_not_pending', 'not pending', `Only pending invitations can be revoked; this one is ${status}.`);
}

function createOrgInvitationBulk(ctx: HandlerContext): unknown {
  const org = requireOrganization(ctx.store, ctx.params.organization_id);
  const snapshot = new Map(ctx.store.organizationInvitations);
  try {
    const created = (ctx.body as Array<Record<string, any>>).map((input) => createInvitationRecord(ctx, org, input));
    return { data: created.map((i) => organizationInvitationJSON(ctx.store, i)), total_count: created.length };
  } catch (error) {
    // All or nothing: a bad entry leaves no invitations behind.
    ctx.store.organizationInvitations = snapshot;
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Organization domains.

function requireDomain(ctx: HandlerContext): OrganizationDomainRecord {
  const org = requireOrganization(ctx.store, ctx.params.organization_id);
  const domain = ctx.store.organizationDomains.get(ctx.params.domain_id ?? '');
  if (!domain || domain.organization_id !== org.id) throw notFound('organization domain');
  return domain;
}

function checkEnrollmentMode(value: unknown): OrganizationDomainRecord['enrollment_mode'] {
  if (!ENROLLMENT_MODES.includes(value as never)) {
    throw valueInvalid('enrollment_mode', `must be one of ${ENROLLMENT_MODES.join(', ')}.`);
  }
  return value as OrganizationDomainRecord['enrollment_mode'];
}

function createDomain(ctx: HandlerContext): unknown {
  const { store, body } = ctx;
  const org = requireOrganization(store, ctx.params.organization_id);
  if (typeof body.name !== 'string' || body.name === '') throw paramMissing('name');
  const name = body.name.toLowerCase();
  if (!DOMAIN.test(name)) throw formatInvalid('name', 'must be a domain name such as example.com.');
  for (const domain of store.organizationDomains.values()) {
    if (domain.name === name) throw identifierExists('name', 'domain');
  }
  const now = store.now();
  const domain: OrganizationDomainRecord = {
    id: store.id('orgdmn'),
    organization_id: org.id,
    name,
    enrollment_mode: body.enrollment_mode === undefined ? 'manual_invitation' : checkEnrollmentMode(body.enrollment_mode),
    verified: body.verified ?? true,
    created_at: now,
    updated_at: now,
  };
  store.organizationDomains.set(domain.id, domain);
  return organizationDomainJSON(store, domain);
}

function updateDomain(ctx: HandlerContext): unknown {
  const domain = requireDomain(ctx);
  const mode = ctx.body.enrollment_mode;
  if (mode !== undefined && mode !== null) domain.enrollment_mode = checkEnrollmentMode(mode);
  if (typeof ctx.body.verified === 'boolean') domain.verified = ctx.body.verified;
  domain.updated_at = ctx.store.now();
  return organizationDomainJSON(ctx.store, domain);
}

function deleteDomain(ctx: HandlerContext): unknown {
  const domain = requireDomain(ctx);
  ctx.store.organizationDomains.delete(domain.id);
  return { object: 'organization_domain', id: domain.id, deleted: true };
}

function domainFilter(ctx: HandlerContext, domain: OrganizationDomainRecord): boolean {
  const verified = stringParam(ctx.query, 'verified');
  if (verified !== undefined && String(domain.verified) !== verified) return false;
  const modes = listParam(ctx.query, 'enrollment_mode');
  if (modes) {
    const include = modes.filter((m) => !m.startsWith('-'));
    const exclude = modes.filter((m) => m.startsWith('-')).map((m) => m.slice(1));
    if (exclude.includes(domain.enrollment_mode)) return false;
    if (include.length > 0 && !include.includes(domain.enrollment_mode)) return false;
  }
  return true;
}

function listDomains(ctx: HandlerContext): unknown {
  const org = requireOrganization(ctx.store, ctx.params.organization_id);
  const domains = sortItems(
    [...ctx.store.organizationDomains.values()].filter((d) => d.organization_id === org.id && domainFilter(ctx, d)),
    '-created_at',
    { created_at: (d) => d.created_at },
  );
  const page = pageOf(domains, ctx.query);
  return { data: page.data.map((d) => organizationDomainJSON(ctx.store, d)), total_count: page.total_count };
}

function listAllDomains(ctx: HandlerContext): unknown {
  const orgId = stringParam(ctx.query, 'organization_id');
  const q = stringParam(ctx.query, 'query');
  const names = listParam(ctx.query, 'domains')?.map((n) => n.toLowerCase());
  const domains = sortItems(
    [...ctx.store.organizationDomains.values()].filter(
      (d) =>
        (orgId === undefined || d.organization_id === orgId) && (!q || contains([d.name], q)) && (!names || names.includes(d.name)) && domainFilter(ctx, d),
    ),
    stringParam(ctx.query, 'order_by') ?? '-created_at',
    { created_at: (d) => d.created_at, name: (d) => d.name },
  );
  const page = pageOf(domains, ctx.query);
  return { data: page.data.map((d) => organizationDomainJSON(ctx.store, d)), total_count: page.total_count };
}

export const organizationHandlers: HandlerTable = {
  ListOrganizations: listOrganizations,
  CreateOrganization: (ctx) => organizationJSON(ctx.store, createOrganizationRecord(ctx)),
  GetOrganization: (ctx) =>
    organizationJSON(ctx.store, requireOrganization(ctx.store, ctx.params.organization_id), {
      membersCount: ctx.query.include_members_count === true,
    }),
  UpdateOrganization: updateOrganization,
  DeleteOrganization: deleteOrganization,
  MergeOrganizationMetadata: organizationMetadata('merge'),
  ReplaceOrganizationMetadata: organizationMetadata('replace'),
  UploadOrganizationLogo: uploadLogo,
  DeleteOrganizationLogo: deleteLogo,
  ListOrganizationMemberships: listMemberships,
  InstanceGetOrganizationMemberships: listAllMemberships,
  CreateOrganizationMembership: createMembership,
  UpdateOrganizationMembership: updateMembership,
  UpdateOrganizationMembershipMetadata: updateMembershipMetadata,
  DeleteOrganizationMembership: deleteMembership,
  CreateOrganizationInvitation: (ctx) => {
    const org = requireOrganization(ctx.store, ctx.params.organization_id);
    return organizationInvitationJSON(ctx.store, createInvitationRecord(ctx, org, ctx.body));
  },
  CreateOrganizationInvitationBulk: createOrgInvitationBulk,
  ListOrganizationInvitations: listOrgInvitations(false),
  ListPendingOrganizationInvitations: listOrgInvitations(true),
  GetOrganizationInvitation: (ctx) => organizationInvitationJSON(ctx.store, requireInvitation(ctx)),
  RevokeOrganizationInvitation: revokeOrgInvitation,
  ListInstanceOrganizationInvitations: listInstanceInvitations,
  UsersGetOrganizationInvitations: listUserInvitations,
  CreateOrganizationDomain: createDomain,
  ListOrganizationDomains: listDomains,
  UpdateOrganizationDomain: updateDomain,
  DeleteOrganizationDomain: deleteDomain,
  ListAllOrganizationDomains: listAllDomains,
};

/** Adds seeded members to an organization. */
export function seedMembers(
  store: Store,
  org: OrganizationRecord,
  members: Array<{ user_id: string; role?: string; public_metadata?: Record<string, unknown>; private_metadata?: Record<string, unknown> }>,
): void {
  for (const member of members) {
    if (findMembership(store, org.id, member.user_id)) continue;
    addMember(store, org, member.user_id, member.role ?? 'org:member', member);
  }
}
