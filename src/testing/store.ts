import { randomBytes } from 'node:crypto';

/** Free-form metadata, stored and returned verbatim. */
export type Metadata = Record<string, unknown>;

export interface UserRecord {
  id: string;
  external_id: string | null;
  username: string | null;
  first_name: string | null;
  last_name: string | null;
  locale: string | null;
  primary_email_address_id: string | null;
  primary_phone_number_id: string | null;
  primary_web3_wallet_id: string | null;
  public_metadata: Metadata;
  private_metadata: Metadata;
  unsafe_metadata: Metadata;
  /** `scrypt$<salt>$<hash>`, or a digest imported with a supported hasher. */
  password: { hasher: string; digest: string } | null;
  password_last_updated_at: number | null;
  totp_secret: string | null;
  backup_codes: string[];
  mfa_enabled_at: number | null;
  mfa_disabled_at: number | null;
  has_image: boolean;
  image_id: string | null;
  banned: boolean;
  locked: boolean;
  delete_self_enabled: boolean;
  create_organization_enabled: boolean;
  create_organizations_limit: number | null;
  bypass_client_trust: boolean;
  legal_accepted_at: number | null;
  last_sign_in_at: number | null;
  last_active_at: number | null;
  created_at: number;
  updated_at: number;
}

export interface IdentificationRecord {
  id: string;
  user_id: string;
  kind: 'email_address' | 'phone_number' | 'web3_wallet';
  /** The address, number or wallet. */
  value: string;
  verified: boolean;
  /** Held for the user although unverified (no one else can claim it). */
  reserved: boolean;
  reserved_for_second_factor: boolean;
  default_second_factor: boolean;
  created_at: number;
  updated_at: number;
}

export interface ClientRecord {
  id: string;
  session_ids: string[];
  last_active_session_id: string | null;
  created_at: number;
  updated_at: number;
}

export interface SessionRecord {
  id: string;
  user_id: string;
  client_id: string;
  status: 'active' | 'revoked' | 'ended' | 'expired' | 'removed' | 'abandoned' | 'replaced' | 'pending';
  actor: Metadata | null;
  last_active_organization_id: string | null;
  activity_id: string;
  last_active_at: number;
  expire_at: number;
  abandon_at: number;
  created_at: number;
  updated_at: number;
}

export interface OrganizationRecord {
  id: string;
  name: string;
  slug: string;
  has_image: boolean;
  image_id: string | null;
  max_allowed_memberships: number;
  admin_delete_enabled: boolean;
  public_metadata: Metadata;
  private_metadata: Metadata;
  created_by: string | null;
  role_set_key: string | null;
  created_at: number;
  updated_at: number;
}

export interface MembershipRecord {
  id: string;
  organization_id: string;
  user_id: string;
  role: string;
  public_metadata: Metadata;
  private_metadata: Metadata;
  created_at: number;
  updated_at: number;
}

export interface OrganizationInvitationRecord {
  id: string;
  organization_id: string;
  email_address: string;
  role: string;
  inviter_id: string | null;
  status: 'pending' | 'accepted' | 'revoked' | 'expired';
  public_metadata: Metadata;
  private_metadata: Metadata;
  url: string | null;
  expires_at: number | null;
  created_at: number;
  updated_at: number;
}

export interface OrganizationDomainRecord {
  id: string;
  organization_id: string;
  name: string;
  enrollment_mode: 'manual_invitation' | 'automatic_invitation' | 'automatic_suggestion' | 'enterprise_sso';
  verified: boolean;
  created_at: number;
  updated_at: number;
}

export interface InvitationRecord {
  id: string;
  email_address: string;
  public_metadata: Metadata;
  status: 'pending' | 'accepted' | 'revoked' | 'expired';
  url: string;
  expires_at: number | null;
  created_at: number;
  updated_at: number;
}

export interface IdentifierRecord {
  id: string;
  identifier: string;
  identifier_type: 'email_address' | 'phone_number' | 'web3_wallet';
  invitation_id: string | null;
  created_at: number;
  updated_at: number;
}

export interface RedirectUrlRecord {
  id: string;
  url: string;
  created_at: number;
  updated_at: number;
}

export interface TicketRecord {
  id: string;
  user_id: string;
  status: 'pending' | 'accepted' | 'revoked';
  token: string;
  url: string;
  actor?: Metadata;
  expires_at: number;
  created_at: number;
  updated_at: number;
}

export interface JwtTemplateRecord {
  id: string;
  name: string;
  claims: Metadata;
  lifetime: number;
  allowed_clock_skew: number;
  custom_signing_key: boolean;
  signing_algorithm: string;
  signing_key: string | null;
  created_at: number;
  updated_at: number;
}

export interface MachineRecord {
  id: string;
  name: string;
  /** The machine's secret key (`ak_…`), which authenticates it on the M2M operations. */
  secret_key: string;
  /** Ids of the machines this machine may call. */
  scoped_machines: string[];
  default_token_ttl: number;
  created_at: number;
  updated_at: number;
}

export interface ApiKeyRecord {
  id: string;
  type: string;
  subject: string;
  name: string;
  description: string | null;
  claims: unknown;
  scopes: string[];
  secret: string;
  revoked: boolean;
  revocation_reason: string | null;
  /** Unix ms, or null for a key that never expires. */
  expiration: number | null;
  created_by: string | null;
  last_used_at: number | null;
  created_at: number;
  updated_at: number;
}

export interface M2MTokenRecord {
  id: string;
  /** The machine that created the token. */
  subject: string;
  claims: unknown;
  /** Machines the token grants access to. */
  scopes: string[];
  token: string;
  revoked: boolean;
  revocation_reason: string | null;
  expiration: number | null;
  last_used_at: number | null;
  created_at: number;
  updated_at: number;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A random identifier shaped like Clerk's: a type prefix, an underscore and 27 base62 characters. */
export function newId(prefix: string): string {
  const bytes = randomBytes(27);
  let out = '';
  for (const byte of bytes) out += BASE62[byte % 62];
  return `${prefix}_${out}`;
}

/** The tables of a store at one moment (see `Store.snapshot`). */
export interface StoreSnapshot {
  /** Copies of the tables the write touched, taken at first touch. */
  readonly tables: ReadonlyMap<string, Map<string, unknown>>;
  /** Every table as it was when the write began. */
  readonly live: ReadonlyMap<string, Map<string, unknown>>;
}

function copyTable(table: Map<string, unknown>): Map<string, unknown> {
  const copy = new Map<string, unknown>();
  for (const [id, record] of table) copy.set(id, copyRecord(record));
  return copy;
}

function copyRecord(record: unknown): unknown {
  if (record === null || typeof record !== 'object') return record;
  // Spread defines own data properties, so a metadata key such as `__proto__` stays a plain key.
  const copy: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const key in copy) {
    const value = copy[key];
    if (value !== null && typeof value === 'object') copy[key] = Array.isArray(value) ? value.slice() : { ...value };
  }
  return copy;
}

/** A random secret: `prefix` followed by `length` base62 characters. */
export function newSecret(prefix: string, length = 40): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += BASE62[byte % 62];
  return `${prefix}${out}`;
}

/** An id of the form the API-key and M2M operations use: a prefix and 32 hex digits. */
export function newHexId(prefix: string): string {
  return `${prefix}_${randomBytes(16).toString('hex')}`;
}

/** Everything the emulator remembers, in insertion order. */
export class Store {
  readonly instanceId = newId('ins');
  users = new Map<string, UserRecord>();
  identifications = new Map<string, IdentificationRecord>();
  clients = new Map<string, ClientRecord>();
  sessions = new Map<string, SessionRecord>();
  organizations = new Map<string, OrganizationRecord>();
  memberships = new Map<string, MembershipRecord>();
  organizationInvitations = new Map<string, OrganizationInvitationRecord>();
  organizationDomains = new Map<string, OrganizationDomainRecord>();
  invitations = new Map<string, InvitationRecord>();
  allowlist = new Map<string, IdentifierRecord>();
  blocklist = new Map<string, IdentifierRecord>();
  redirectUrls = new Map<string, RedirectUrlRecord>();
  signInTokens = new Map<string, TicketRecord>();
  actorTokens = new Map<string, TicketRecord>();
  jwtTemplates = new Map<string, JwtTemplateRecord>();
  machines = new Map<string, MachineRecord>();
  apiKeys = new Map<string, ApiKeyRecord>();
  m2mTokens = new Map<string, M2MTokenRecord>();
  #lastTime = 0;

  /** Unix ms, strictly increasing, so ordering by `created_at` is never a tie. */
  now(): number {
    this.#lastTime = Math.max(Date.now(), this.#lastTime + 1);
    return this.#lastTime;
  }

  /** A new id for `prefix`, or the caller's fixed id (seed data) when it is free. */
  id(prefix: string, fixed?: string): string {
    if (fixed !== undefined) return fixed;
    return newId(prefix);
  }

  /**
   * Starts a write that `end()` can undo. Each table is copied the first time the write (or anything else) reads
   * it, not up front, so a write pays only for the tables it touches. Records are copied one level deep (their
   * arrays and plain objects too), which covers every in-place change a handler makes; deeper values are only ever
   * replaced, never changed in place. One write at a time (the server serialises them).
   */
  begin(): StoreSnapshot {
    const saved = new Map<string, Map<string, unknown>>();
    const live = new Map<string, Map<string, unknown>>();
    const self = this as unknown as Record<string, unknown>;
    for (const name of Object.keys(this)) {
      const table = self[name];
      if (!(table instanceof Map)) continue;
      live.set(name, table);
      const settle = () => {
        if (!saved.has(name)) saved.set(name, copyTable(table));
        Object.defineProperty(this, name, { value: table, writable: true, enumerable: true, configurable: true });
      };
      Object.defineProperty(this, name, {
        enumerable: true,
        configurable: true,
        get: () => {
          settle();
          return table;
        },
        set: (next: unknown) => {
          settle();
          self[name] = next;
        },
      });
    }
    return { tables: saved, live };
  }

  /** Ends a write: keeps its changes, or (`undo`) puts back every table it touched as `begin()` found it. */
  end(snapshot: StoreSnapshot, undo: boolean): void {
    for (const [name, table] of snapshot.live) {
      const descriptor = Object.getOwnPropertyDescriptor(this, name);
      const current = descriptor && 'value' in descriptor ? descriptor.value : table;
      const value = undo && snapshot.tables.has(name) ? snapshot.tables.get(name) : current;
      Object.defineProperty(this, name, { value, writable: true, enumerable: true, configurable: true });
    }
  }

  /** Forgets every record (keys and the instance id stay). */
  reset(): void {
    for (const value of Object.values(this)) {
      if (value instanceof Map) value.clear();
    }
  }
}
