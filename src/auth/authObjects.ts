import type {
  ActClaim,
  CheckAuthorizationParams,
  GetTokenOptions,
  MachineAuthObject,
  MachineTokenType,
  SessionClaims,
  SignedInAuthObject,
  SignedOutAuthObject,
  TokenType,
} from './types';

/** Mints a token from a JWT template for a session; the client's `sessions.getToken`. */
export type TemplateTokenMinter = (sessionId: string, template: string) => Promise<string>;

const isString = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** Organization fields of a session token, from either claim version. */
export function organizationFromClaims(claims: SessionClaims): {
  orgId: string | undefined;
  orgRole: string | undefined;
  orgSlug: string | undefined;
  orgPermissions: string[] | undefined;
} {
  if (claims.v === 2) {
    const org = claims.o;
    if (!org || typeof org !== 'object') return { orgId: undefined, orgRole: undefined, orgSlug: undefined, orgPermissions: undefined };
    return {
      orgId: isString(org.id) ? org.id : undefined,
      // Version 2 drops the `org:` prefix from the role; the auth object keeps v1's spelling.
      orgRole: isString(org.rol) ? (org.rol.startsWith('org:') ? org.rol : `org:${org.rol}`) : undefined,
      orgSlug: isString(org.slg) ? org.slg : undefined,
      orgPermissions: permissionsV2(claims.fea, org.per, org.fpm),
    };
  }
  return {
    orgId: isString(claims.org_id) ? claims.org_id : undefined,
    orgRole: isString(claims.org_role) ? claims.org_role : undefined,
    orgSlug: isString(claims.org_slug) ? claims.org_slug : undefined,
    orgPermissions: Array.isArray(claims.org_permissions) ? claims.org_permissions.filter(isString) : undefined,
  };
}

/**
 * Version 2 packs permissions: `per` names them, `fea` lists features (those scoped `o` are organization
 * features), and `fpm` holds one integer per organization feature whose bit i (least significant first) grants
 * permission i of `per` under that feature, giving `org:<feature>:<permission>`.
 */
function permissionsV2(fea: unknown, per: unknown, fpm: unknown): string[] {
  if (!isString(per) || !isString(fpm)) return [];
  const names = per.split(',').map((name) => name.trim());
  const features = isString(fea)
    ? fea
        .split(',')
        .map((entry) => entry.trim())
        .filter((entry) => {
          const colon = entry.indexOf(':');
          return colon > 0 && entry.slice(0, colon).includes('o');
        })
        .map((entry) => entry.slice(entry.indexOf(':') + 1))
    : [];
  const masks = fpm.split(',').map((mask) => Number.parseInt(mask.trim(), 10));
  const permissions: string[] = [];
  const featureCount = Math.min(features.length, masks.length);
  for (let f = 0; f < featureCount; f++) {
    const mask = masks[f]!;
    if (!Number.isSafeInteger(mask) || mask <= 0) continue;
    for (let bit = 0; bit < names.length && bit < 53; bit++) {
      if (Math.floor(mask / 2 ** bit) % 2 === 1) permissions.push(`org:${features[f]}:${names[bit]}`);
    }
  }
  return permissions;
}

/** Role and permission checks against the active organization; a role may be given with or without `org:`. */
function checkOrganization(orgRole: string | undefined, orgPermissions: string[] | undefined, params: CheckAuthorizationParams): boolean {
  if (!params || typeof params !== 'object') return false;
  if (isString(params.permission)) return orgPermissions?.includes(params.permission) ?? false;
  if (isString(params.role) && orgRole) {
    return orgRole === params.role || orgRole === `org:${params.role}`;
  }
  return false;
}

/** Builds the auth object of a verified session token. */
export function signedInAuthObject(claims: SessionClaims, token: string, mintFromTemplate: TemplateTokenMinter): SignedInAuthObject {
  const org = organizationFromClaims(claims);
  const sessionId = isString(claims.sid) ? claims.sid : '';
  const actor = claims.act && typeof claims.act === 'object' ? (claims.act as ActClaim) : undefined;
  return {
    tokenType: 'session_token',
    isAuthenticated: true,
    sessionClaims: claims,
    sessionId,
    sessionStatus: isString(claims.sts) ? claims.sts : null,
    userId: claims.sub,
    actor,
    ...org,
    getToken(options?: GetTokenOptions): Promise<string | null> {
      if (options && isString(options.template)) return mintFromTemplate(sessionId, options.template);
      return Promise.resolve(token);
    },
    has(params: CheckAuthorizationParams): boolean {
      return checkOrganization(org.orgRole, org.orgPermissions, params);
    },
    debug: () => ({ status: 'signed-in', tokenType: 'session_token', userId: claims.sub, sessionId, orgId: org.orgId ?? null }),
  };
}

/** Builds the auth object of a request without a valid token. */
export function signedOutAuthObjectOf(tokenType: TokenType | null, reason: string | null = null): SignedOutAuthObject {
  return {
    tokenType,
    isAuthenticated: false,
    sessionClaims: null,
    sessionId: null,
    sessionStatus: null,
    userId: null,
    actor: null,
    orgId: null,
    orgRole: null,
    orgSlug: null,
    orgPermissions: null,
    getToken: () => Promise.resolve(null),
    has: () => false,
    debug: () => ({ status: 'signed-out', tokenType, reason }),
  };
}

/** What the Backend API said about a machine token, in the SDK's camelCase models. */
export interface VerifiedMachineToken {
  id: string;
  subject: string;
  name?: string | null | undefined;
  scopes?: string[] | null | undefined;
  claims?: Record<string, unknown> | null | undefined;
  clientId?: string | null | undefined;
}

/** Builds the auth object of a verified API key, M2M token or OAuth access token. */
export function machineAuthObject(tokenType: MachineTokenType, token: string, verified: VerifiedMachineToken): MachineAuthObject {
  const subject = verified.subject ?? '';
  const scopes = Array.isArray(verified.scopes) ? [...verified.scopes] : [];
  return {
    tokenType,
    isAuthenticated: true,
    id: verified.id,
    subject,
    name: verified.name ?? null,
    scopes,
    claims: verified.claims ?? null,
    userId: subject.startsWith('user_') ? subject : null,
    orgId: subject.startsWith('org_') ? subject : null,
    machineId: subject.startsWith('mch_') ? subject : null,
    clientId: verified.clientId ?? null,
    sessionId: null,
    sessionClaims: null,
    actor: null,
    orgRole: null,
    orgSlug: null,
    orgPermissions: null,
    getToken: () => Promise.resolve(token),
    has(params) {
      if (params && typeof params === 'object' && 'scope' in params && isString(params.scope)) return scopes.includes(params.scope);
      return false;
    },
    debug: () => ({ status: 'signed-in', tokenType, id: verified.id, subject }),
  };
}
