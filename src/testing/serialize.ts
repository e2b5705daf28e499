// Turns stored records into the wire objects the spec describes. Every answer is built here, fresh, so stored
// state never leaks out by reference.
import { clone, defaultImageUrl } from './context';
import type {
  IdentificationRecord,
  IdentifierRecord,
  InvitationRecord,
  JwtTemplateRecord,
  MembershipRecord,
  OrganizationDomainRecord,
  OrganizationInvitationRecord,
  OrganizationRecord,
  RedirectUrlRecord,
  SessionRecord,
  Store,
  TicketRecord,
  UserRecord,
} from './store';

const ADMIN_VERIFICATION = {
  object: 'verification_admin',
  status: 'verified',
  strategy: 'admin',
  attempts: null,
  expire_at: null,
} as const;

export function identificationJSON(record: IdentificationRecord): Record<string, unknown> {
  const base = {
    id: record.id,
    object: record.kind,
    [record.kind]: record.value,
  };
  const verification = record.verified ? { ...ADMIN_VERIFICATION } : null;
  if (record.kind === 'web3_wallet') {
    return { ...base, verification, created_at: record.created_at, updated_at: record.updated_at };
  }
  if (record.kind === 'email_address') {
    return {
      ...base,
      reserved: record.reserved,
      verification,
      linked_to: [],
      matches_sso_connection: false,
      created_at: record.created_at,
      updated_at: record.updated_at,
    };
  }
  return {
    ...base,
    reserved_for_second_factor: record.reserved_for_second_factor,
    default_second_factor: record.default_second_factor,
    reserved: record.reserved,
    verification,
    linked_to: [],
    backup_codes: null,
    created_at: record.created_at,
    updated_at: record.updated_at,
  };
}

export function identificationsOf(store: Store, userId: string, kind: IdentificationRecord['kind']): IdentificationRecord[] {
  return [...store.identifications.values()].filter((record) => record.user_id === userId && record.kind === kind);
}

export function primaryEmail(store: Store, user: UserRecord): string | null {
  const id = user.primary_email_address_id;
  return id ? (store.identifications.get(id)?.value ?? null) : null;
}

export function primaryPhone(store: Store, user: UserRecord): string | null {
  const id = user.primary_phone_number_id;
  return id ? (store.identifications.get(id)?.value ?? null) : null;
}

export function userJSON(store: Store, user: UserRecord): Record<string, unknown> {
  const phones = identificationsOf(store, user.id, 'phone_number');
  const secondFactorPhone = phones.some((phone) => phone.reserved_for_second_factor);
  const totp = user.totp_secret !== null;
  const backup = user.backup_codes.length > 0;
  const imageUrl = defaultImageUrl('user', user.id, user.image_id);
  return {
    id: user.id,
    object: 'user',
    external_id: user.external_id,
    primary_email_address_id: user.primary_email_address_id,
    primary_phone_number_id: user.primary_phone_number_id,
    primary_web3_wallet_id: user.primary_web3_wallet_id,
    username: user.username,
    first_name: user.first_name,
    last_name: user.last_name,
    locale: user.locale,
    profile_image_url: imageUrl,
    image_url: imageUrl,
    has_image: user.has_image,
    public_metadata: clone(user.public_metadata),
    private_metadata: clone(user.private_metadata),
    unsafe_metadata: clone(user.unsafe_metadata),
    email_addresses: identificationsOf(store, user.id, 'email_address').map(identificationJSON),
    phone_numbers: phones.map(identificationJSON),
    web3_wallets: identificationsOf(store, user.id, 'web3_wallet').map(identificationJSON),
    passkeys: [],
    password_enabled: user.password !== null,
    two_factor_enabled: totp || backup || secondFactorPhone,
    totp_enabled: totp,
    backup_code_enabled: backup,
    mfa_enabled_at: user.mfa_enabled_at,
    mfa_disabled_at: user.mfa_disabled_at,
    password_last_updated_at: user.password_last_updated_at,
    external_accounts: [],
    saml_accounts: [],
    enterprise_accounts: [],
    last_sign_in_at: user.last_sign_in_at,
    banned: user.banned,
    locked: user.locked,
    deprovisioned: false,
    lockout_expires_in_seconds: null,
    verification_attempts_remaining: user.locked ? 0 : 100,
    updated_at: user.updated_at,
    created_at: user.created_at,
    delete_self_enabled: user.delete_self_enabled,
    create_organization_enabled: user.create_organization_enabled,
    create_organizations_limit: user.create_organizations_limit,
    last_active_at: user.last_active_at,
    legal_accepted_at: user.legal_accepted_at,
    bypass_client_trust: user.bypass_client_trust,
  };
}

export function sessionJSON(session: SessionRecord): Record<string, unknown> {
  return {
    object: 'session',
    id: session.id,
    user_id: session.user_id,
    client_id: session.client_id,
    actor: clone(session.actor),
    status: session.status,
    last_active_organization_id: session.last_active_organization_id,
    last_active_at: session.last_active_at,
    latest_activity: { object: 'session_activity', id: session.activity_id, is_mobile: false },
    expire_at: session.expire_at,
    abandon_at: session.abandon_at,
    updated_at: session.updated_at,
    created_at: session.created_at,
    tasks: [],
  };
}

export function clientJSON(store: Store, clientId: string): Record<string, unknown> {
  const client = store.clients.get(clientId);
  if (!client) throw new Error(`client ${clientId} vanished`);
  const sessions = client.session_ids.map((id) => store.sessions.get(id)).filter((s): s is SessionRecord => !!s);
  return {
    object: 'client',
    id: client.id,
    session_ids: sessions.map((session) => session.id),
    sessions: sessions.map(sessionJSON),
    sign_in_id: null,
    sign_up_id: null,
    last_active_session_id: client.last_active_session_id,
    last_authentication_strategy: null,
    updated_at: client.updated_at,
    created_at: client.created_at,
  };
}

export function organizationJSON(store: Store, org: OrganizationRecord, options: { membersCount?: boolean } = {}): Record<string, unknown> {
  return {
    object: 'organization',
    id: org.id,
    name: org.name,
    slug: org.slug,
    image_url: defaultImageUrl('organization', org.id, org.image_id),
    has_image: org.has_image,
    ...(options.membersCount ? { members_count: membersOf(store, org.id).length } : {}),
    ...(options.membersCount
      ? {
          pending_invitations_count: [...store.organizationInvitations.values()].filter((inv) => inv.organization_id === org.id && inv.status === 'pending')
            .length,
        }
      : {}),
    max_allowed_memberships: org.max_allowed_memberships,
    admin_delete_enabled: org.admin_delete_enabled,
    public_metadata: clone(org.public_metadata),
    private_metadata: clone(org.private_metadata),
    ...(org.created_by ? { created_by: org.created_by } : {}),
    role_set_key: org.role_set_key,
    created_at: org.created_at,
    updated_at: org.updated_at,
  };
}

export function membersOf(store: Store, organizationId: string): MembershipRecord[] {
  return [...store.memberships.values()].filter((membership) => membership.organization_id === organizationId);
}

const SYSTEM_PERMISSIONS: Record<string, string[]> = {
  'org:admin': [
    'org:sys_profile:manage',
    'org:sys_profile:delete',
    'org:sys_memberships:read',
    'org:sys_memberships:manage',
    'org:sys_domains:read',
    'org:sys_domains:manage',
  ],
  'org:member': ['org:sys_memberships:read'],
};

/** Display name and system permissions of a role key. */
export function roleInfo(role: string): { name: string; permissions: string[] } {
  const bare = role.replace(/^org:/, '');
  const name = bare
    .split(/[_-]/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(' ');
  return { name, permissions: [...(SYSTEM_PERMISSIONS[role] ?? [])] };
}

export function membershipJSON(store: Store, membership: MembershipRecord): Record<string, unknown> {
  const org = store.organizations.get(membership.organization_id);
  const user = store.users.get(membership.user_id);
  const role = roleInfo(membership.role);
  const imageUrl = defaultImageUrl('user', membership.user_id, user?.image_id ?? null);
  return {
    id: membership.id,
    object: 'organization_membership',
    role: membership.role,
    role_name: role.name,
    permissions: role.permissions,
    public_metadata: clone(membership.public_metadata),
    private_metadata: clone(membership.private_metadata),
    organization: org ? organizationJSON(store, org) : null,
    public_user_data: {
      user_id: membership.user_id,
      first_name: user?.first_name ?? null,
      last_name: user?.last_name ?? null,
      profile_image_url: imageUrl,
      image_url: imageUrl,
      has_image: user?.has_image ?? false,
      identifier: user ? (primaryEmail(store, user) ?? primaryPhone(store, user) ?? user.username) : null,
      username: user?.username ?? null,
      banned: user?.banned ?? false,
      deprovisioned: false,
    },
    created_at: membership.created_at,
    updated_at: membership.updated_at,
  };
}

export function organizationInvitationJSON(
  store: Store,
  invitation: OrganizationInvitationRecord,
  options: { publicOrganizationData?: boolean } = {},
): Record<string, unknown> {
  const inviter = invitation.inviter_id ? store.users.get(invitation.inviter_id) : undefined;
  const org = store.organizations.get(invitation.organization_id);
  return {
    object: 'organization_invitation',
    id: invitation.id,
    email_address: invitation.email_address,
    role: invitation.role,
    role_name: roleInfo(invitation.role).name,
    organization_id: invitation.organization_id,
    inviter_id: invitation.inviter_id,
    public_inviter_data: inviter
      ? {
          user_id: inviter.id,
          first_name: inviter.first_name,
          last_name: inviter.last_name,
          image_url: defaultImageUrl('user', inviter.id, inviter.image_id),
          has_image: inviter.has_image,
          identifier: primaryEmail(store, inviter) ?? primaryPhone(store, inviter) ?? inviter.username ?? inviter.id,
        }
      : null,
    status: invitation.status,
    public_metadata: clone(invitation.public_metadata),
    private_metadata: clone(invitation.private_metadata),
    url: invitation.url,
    expires_at: invitation.expires_at,
    created_at: invitation.created_at,
    updated_at: invitation.updated_at,
    ...(options.publicOrganizationData && org
      ? {
          public_organization_data: {
            id: org.id,
            name: org.name,
            slug: org.slug,
            image_url: defaultImageUrl('organization', org.id, org.image_id),
            has_image: org.has_image,
          },
        }
      : {}),
  };
}

export function organizationDomainJSON(store: Store, domain: OrganizationDomainRecord): Record<string, unknown> {
  const suffix = `@${domain.name.toLowerCase()}`;
  const pending = [...store.organizationInvitations.values()].filter(
    (inv) => inv.organization_id === domain.organization_id && inv.status === 'pending' && inv.email_address.toLowerCase().endsWith(suffix),
  ).length;
  return {
    object: 'organization_domain',
    id: domain.id,
    organization_id: domain.organization_id,
    name: domain.name,
    enrollment_mode: domain.enrollment_mode,
    affiliation_email_address: null,
    affiliation_verification: null,
    ownership_verification: null,
    verification: domain.verified ? { status: 'verified', strategy: 'admin', attempts: null, expire_at: null, verified_at: domain.updated_at } : null,
    total_pending_invitations: pending,
    total_pending_suggestions: 0,
    created_at: domain.created_at,
    updated_at: domain.updated_at,
  };
}

export function invitationJSON(invitation: InvitationRecord): Record<string, unknown> {
  return {
    object: 'invitation',
    id: invitation.id,
    email_address: invitation.email_address,
    public_metadata: clone(invitation.public_metadata),
    revoked: invitation.status === 'revoked',
    status: invitation.status,
    url: invitation.url,
    expires_at: invitation.expires_at,
    created_at: invitation.created_at,
    updated_at: invitation.updated_at,
  };
}

export function identifierJSON(store: Store, kind: 'allowlist' | 'blocklist', record: IdentifierRecord): Record<string, unknown> {
  return {
    object: `${kind}_identifier`,
    id: record.id,
    ...(kind === 'allowlist' && record.invitation_id ? { invitation_id: record.invitation_id } : {}),
    identifier: record.identifier,
    identifier_type: record.identifier_type,
    instance_id: store.instanceId,
    created_at: record.created_at,
    updated_at: record.updated_at,
  };
}

export function redirectUrlJSON(record: RedirectUrlRecord): Record<string, unknown> {
  return { object: 'redirect_url', id: record.id, url: record.url, created_at: record.created_at, updated_at: record.updated_at };
}

export function signInTokenJSON(record: TicketRecord, withToken: boolean): Record<string, unknown> {
  return {
    object: 'sign_in_token',
    id: record.id,
    status: record.status,
    user_id: record.user_id,
    ...(withToken ? { token: record.token, url: record.url } : {}),
    created_at: record.created_at,
    updated_at: record.updated_at,
  };
}

export function actorTokenJSON(record: TicketRecord, withToken: boolean): Record<string, unknown> {
  return {
    object: 'actor_token',
    id: record.id,
    status: record.status,
    user_id: record.user_id,
    actor: clone(record.actor ?? {}),
    ...(withToken ? { token: record.token, url: record.url } : {}),
    created_at: record.created_at,
    updated_at: record.updated_at,
  };
}

export function jwtTemplateJSON(record: JwtTemplateRecord): Record<string, unknown> {
  return {
    object: 'jwt_template',
    id: record.id,
    name: record.name,
    claims: clone(record.claims),
    lifetime: record.lifetime,
    allowed_clock_skew: record.allowed_clock_skew,
    custom_signing_key: record.custom_signing_key,
    signing_algorithm: record.signing_algorithm,
    created_at: record.created_at,
    updated_at: record.updated_at,
  };
}
