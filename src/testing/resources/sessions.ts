import { bareOrPaginated, sortItems, stringParam, type HandlerContext, type HandlerTable } from '../context';
import { notFound, unprocessable, valueInvalid } from '../errors';
import { signJwt } from '../jwt';
import { clientJSON, membershipJSON, organizationJSON, primaryEmail, primaryPhone, roleInfo, sessionJSON, userJSON } from '../serialize';
import type { SessionRecord, Store } from '../store';
import { requireUser } from './users';

const DAY = 86_400_000;
/** Default lifetime of a session token, in seconds (Clerk's is one minute). */
const SESSION_TOKEN_LIFETIME = 60;

export function requireSession(store: Store, sessionId: string | undefined): SessionRecord {
  const session = sessionId ? store.sessions.get(sessionId) : undefined;
  if (!session) throw notFound('session');
  return session;
}

/** Creates a session (and the client that holds it) for a user. */
export function createSessionRecord(
  store: Store,
  userId: string,
  options: { organizationId?: string | null; actor?: Record<string, unknown> | null; fixedId?: string | undefined } = {},
): SessionRecord {
  const user = requireUser(store, userId);
  if (user.banned) {
    throw unprocessable('user_banned', 'user is banned', 'A banned user cannot get a session; unban the user first.', {
      param_name: 'user_id',
    });
  }
  if (user.locked) {
    throw unprocessable('user_locked', 'user is locked', 'A locked user cannot get a session; unlock the user first.', {
      param_name: 'user_id',
    });
  }
  const organizationId = options.organizationId ?? null;
  if (organizationId !== null) {
    if (!store.organizations.has(organizationId)) throw notFound('organization');
    const member = [...store.memberships.values()].some((m) => m.organization_id === organizationId && m.user_id === userId);
    if (!member) {
      throw unprocessable('not_a_member_in_organization', 'not a member', 'The user is not a member of this organization.', {
        param_name: 'active_organization_id',
      });
    }
  }
  const now = store.now();
  const clientId = store.id('client');
  const session: SessionRecord = {
    id: store.id('sess', options.fixedId),
    user_id: user.id,
    client_id: clientId,
    status: 'active',
    actor: options.actor ?? null,
    last_active_organization_id: organizationId,
    activity_id: store.id('sess_activity'),
    last_active_at: now,
    expire_at: now + 7 * DAY,
    abandon_at: now + 30 * DAY,
    created_at: now,
    updated_at: now,
  };
  store.clients.set(clientId, { id: clientId, session_ids: [session.id], last_active_session_id: session.id, created_at: now, updated_at: now });
  store.sessions.set(session.id, session);
  user.last_sign_in_at = now;
  user.last_active_at = now;
  return session;
}

function lookup(scope: Record<string, unknown>, path: string): unknown {
  let current: unknown = scope;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Fills a template's `{{user.…}}`, `{{session.…}}` and `{{org.…}}` shortcodes. */
function resolveClaims(value: unknown, scope: Record<string, unknown>): unknown {
  if (typeof value === 'string') {
    const whole = /^\{\{\s*([\w.]+)\s*\}\}$/.exec(value);
    if (whole) return lookup(scope, whole[1]!) ?? null;
    return value.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, path: string) => {
      const found = lookup(scope, path);
      if (found === undefined || found === null) return '';
      return typeof found === 'object' ? JSON.stringify(found) : String(found);
    });
  }
  if (Array.isArray(value)) return value.map((item) => resolveClaims(item, scope));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolveClaims(item, scope)]));
  }
  return value;
}

function claimScope(store: Store, session: SessionRecord): Record<string, unknown> {
  const user = requireUser(store, session.user_id);
  const wire = userJSON(store, user);
  const membership = session.last_active_organization_id
    ? [...store.memberships.values()].find((m) => m.organization_id === session.last_active_organization_id && m.user_id === user.id)
    : undefined;
  const org = membership ? store.organizations.get(membership.organization_id) : undefined;
  return {
    user: {
      ...wire,
      primary_email_address: primaryEmail(store, user),
      primary_phone_number: primaryPhone(store, user),
      full_name: [user.first_name, user.last_name].filter(Boolean).join(' ') || null,
      email_verified: true,
      two_factor_enabled: wire.two_factor_enabled,
    },
    session: { id: session.id, actor: session.actor },
    org:
      org && membership
        ? {
            ...organizationJSON(store, org),
            role: membership.role,
            permissions: roleInfo(membership.role).permissions,
            membership: membershipJSON(store, membership),
          }
        : null,
  };
}

function registeredClaims(issuer: string, session: SessionRecord, lifetime: number): Record<string, unknown> {
  const iat = Math.floor(Date.now() / 1000);
  return {
    iss: issuer,
    sub: session.user_id,
    sid: session.id,
    iat,
    // Clerk backdates nbf by the allowed clock skew (5 seconds by default).
    nbf: iat - 5,
    exp: iat + lifetime,
    ...(session.actor ? { act: session.actor } : {}),
  };
}

function activeSession(ctx: HandlerContext): SessionRecord {
  const session = requireSession(ctx.store, ctx.params.session_id);
  if (session.status !== 'active') {
    throw notFound('active session');
  }
  return session;
}

/** Options of {@link sessionTokenClaims}. */
export interface SessionTokenOptions {
  /** Lifetime in seconds (default 60). */
  lifetime?: number | undefined;
  /** The `azp` claim: the origin the token was minted for. Left out when not given. */
  authorizedParty?: string | undefined;
  /**
   * Custom organization permissions (`org:<feature>:<permission>`) to encode in the `o` claim. The emulator models
   * no custom roles, so without these the claim lists none (system permissions are never in a session token).
   */
  orgPermissions?: readonly string[] | undefined;
}

/**
 * The claims of a version-2 Clerk session token for `session`: `iss`, `sub`, `sid`, `iat`, `nbf`, `exp`, `v: 2`,
 * `azp` when known, `act` for an impersonation session, and, with an active organization, `o` (`id`, `rol` without
 * the `org:` prefix, `slg`, `per`, `fpm`) plus `fea`. `per` lists permission names and `fea` the features (`o:name`);
 * `fpm` holds one number per feature whose bit `i` (least significant first) says it has the `i`-th permission.
 */
export function sessionTokenClaims(store: Store, issuer: string, session: SessionRecord, options: SessionTokenOptions = {}): Record<string, unknown> {
  const claims: Record<string, unknown> = {
    ...(options.authorizedParty ? { azp: options.authorizedParty } : {}),
    ...registeredClaims(issuer, session, options.lifetime ?? SESSION_TOKEN_LIFETIME),
    v: 2,
  };
  const membership = session.last_active_organization_id
    ? [...store.memberships.values()].find((m) => m.organization_id === session.last_active_organization_id && m.user_id === session.user_id)
    : undefined;
  const org = membership ? store.organizations.get(membership.organization_id) : undefined;
  if (membership && org) {
    const features: string[] = [];
    const permissions: string[] = [];
    const grants: Array<[number, number]> = [];
    for (const permission of options.orgPermissions ?? []) {
      const parts = /^org:([^:,]+):([^:,]+)$/.exec(permission);
      if (!parts) throw valueInvalid('orgPermissions', `holds ${JSON.stringify(permission)}, not a permission key of the form org:<feature>:<permission>.`);
      if (!features.includes(parts[1]!)) features.push(parts[1]!);
      if (!permissions.includes(parts[2]!)) permissions.push(parts[2]!);
      grants.push([features.indexOf(parts[1]!), permissions.indexOf(parts[2]!)]);
    }
    const masks = features.map(() => 0);
    for (const [feature, permission] of grants) masks[feature]! |= 1 << permission;
    if (features.length > 0) claims.fea = features.map((name) => `o:${name}`).join(',');
    claims.o = {
      id: org.id,
      rol: membership.role.replace(/^org:/, ''),
      slg: org.slug,
      per: permissions.join(','),
      fpm: masks.join(','),
    };
  }
  return claims;
}

async function sessionToken(ctx: HandlerContext): Promise<unknown> {
  const session = activeSession(ctx);
  const claims = sessionTokenClaims(ctx.store, ctx.issuer, session, { lifetime: ctx.body?.expires_in_seconds ?? undefined });
  return { object: 'token', jwt: await ctx.keys.sign(claims) };
}

async function templateToken(ctx: HandlerContext): Promise<unknown> {
  const session = activeSession(ctx);
  const name = ctx.params.template_name ?? '';
  const template = [...ctx.store.jwtTemplates.values()].find((t) => t.name === name);
  if (!template) throw notFound('JWT template');
  const lifetime = ctx.body?.expires_in_seconds ?? template.lifetime;
  const custom = resolveClaims(template.claims, claimScope(ctx.store, session)) as Record<string, unknown>;
  // Registered claims win over template claims of the same name.
  const claims = { ...custom, ...registeredClaims(ctx.issuer, session, lifetime) };
  const jwt =
    template.custom_signing_key && template.signing_key ? signJwt(claims, template.signing_algorithm, template.signing_key) : await ctx.keys.sign(claims);
  return { object: 'token', jwt };
}

function listSessions(ctx: HandlerContext): unknown {
  const clientId = stringParam(ctx.query, 'client_id');
  const userId = stringParam(ctx.query, 'user_id');
  const status = stringParam(ctx.query, 'status');
  const sessions = [...ctx.store.sessions.values()].filter(
    (s) =>
      (clientId === undefined || s.client_id === clientId) && (userId === undefined || s.user_id === userId) && (status === undefined || s.status === status),
  );
  const sorted = sortItems(sessions, '-created_at', { created_at: (s) => s.created_at });
  const page = bareOrPaginated(sorted, ctx.query);
  return Array.isArray(page) ? page.map(sessionJSON) : { data: page.data.map(sessionJSON), total_count: page.total_count };
}

function listClients(ctx: HandlerContext): unknown {
  const sorted = sortItems([...ctx.store.clients.values()], '-created_at', { created_at: (c) => c.created_at });
  const page = bareOrPaginated(sorted, ctx.query);
  const toJSON = (client: { id: string }) => clientJSON(ctx.store, client.id);
  return Array.isArray(page) ? page.map(toJSON) : { data: page.data.map(toJSON), total_count: page.total_count };
}

function revokeSession(ctx: HandlerContext): unknown {
  const session = requireSession(ctx.store, ctx.params.session_id);
  if (session.status === 'active') {
    session.status = 'revoked';
    session.updated_at = ctx.store.now();
  }
  return sessionJSON(session);
}

export const sessionHandlers: HandlerTable = {
  GetJWKS: (ctx) => ctx.keys.jwks(),
  createSession: (ctx) =>
    sessionJSON(createSessionRecord(ctx.store, ctx.body.user_id, { organizationId: ctx.body.active_organization_id, fixedId: ctx.fixedId })),
  GetSessionList: listSessions,
  GetSession: (ctx) => sessionJSON(requireSession(ctx.store, ctx.params.session_id)),
  RevokeSession: revokeSession,
  CreateSessionToken: sessionToken,
  CreateSessionTokenFromTemplate: templateToken,
  GetClientList: listClients,
  GetClient: (ctx) => {
    const id = ctx.params.client_id ?? '';
    if (!ctx.store.clients.has(id)) throw notFound('client');
    return clientJSON(ctx.store, id);
  },
};
