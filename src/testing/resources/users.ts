import { createHash, createHmac, pbkdf2, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import {
  bareOrPaginated,
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
  type QueryValue,
} from '../context';
import { EmulatorError, formatInvalid, identifierExists, notFound, paramMissing, unprocessable, valueInvalid } from '../errors';
import { identificationsOf, membershipJSON, primaryEmail, primaryPhone, userJSON } from '../serialize';
import type { IdentificationRecord, Store, UserRecord } from '../store';

// ---------------------------------------------------------------------------------------------------------------
// Identifiers: format checks and uniqueness, shared with the email address and phone number operations.

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+[1-9]\d{6,14}$/;
const WEB3 = /^0x[0-9a-fA-F]{40}$/;

export function checkEmail(param: string, value: string): string {
  if (!EMAIL.test(value)) throw formatInvalid(param, 'must be a valid email address.');
  return value.toLowerCase();
}

export function checkPhone(param: string, value: string): string {
  const compact = value.replace(/[\s()-]/g, '');
  if (!PHONE.test(compact)) throw formatInvalid(param, 'must be a phone number in E.164 format, such as +15555550100.');
  return compact;
}

export function checkWeb3(param: string, value: string): string {
  if (!WEB3.test(value)) throw formatInvalid(param, 'must be a 0x-prefixed, 40 hex digit wallet address.');
  return value.toLowerCase();
}

const KIND_LABEL = { email_address: 'email address', phone_number: 'phone number', web3_wallet: 'web3 wallet' } as const;

/** Throws form_identifier_exists when any user already has this identifier. */
export function ensureIdentifierFree(store: Store, kind: IdentificationRecord['kind'], value: string, param: string): void {
  for (const record of store.identifications.values()) {
    if (record.kind === kind && record.value === value) throw identifierExists(param, KIND_LABEL[kind]);
  }
}

/** Adds an email address, phone number or wallet to a user. */
export function addIdentification(
  store: Store,
  user: UserRecord,
  kind: IdentificationRecord['kind'],
  value: string,
  options: {
    verified: boolean;
    reserved?: boolean | undefined;
    primary?: boolean | undefined;
    reservedForSecondFactor?: boolean | undefined;
  },
): IdentificationRecord {
  const now = store.now();
  const record: IdentificationRecord = {
    id: store.id('idn'),
    user_id: user.id,
    kind,
    value,
    verified: options.verified,
    reserved: options.reserved === true && !options.verified,
    reserved_for_second_factor: options.reservedForSecondFactor === true,
    default_second_factor: false,
    created_at: now,
    updated_at: now,
  };
  store.identifications.set(record.id, record);
  const primaryKey = PRIMARY_KEY[kind];
  if (options.primary === true || (user[primaryKey] === null && options.primary !== false && record.verified)) {
    user[primaryKey] = record.id;
  }
  if (record.reserved_for_second_factor) refreshDefaultSecondFactor(store, user.id);
  user.updated_at = now;
  return record;
}

export const PRIMARY_KEY = {
  email_address: 'primary_email_address_id',
  phone_number: 'primary_phone_number_id',
  web3_wallet: 'primary_web3_wallet_id',
} as const;

/** The first second-factor phone is the default one. */
export function refreshDefaultSecondFactor(store: Store, userId: string): void {
  let seen = false;
  for (const phone of identificationsOf(store, userId, 'phone_number')) {
    phone.default_second_factor = phone.reserved_for_second_factor && !seen;
    if (phone.reserved_for_second_factor) seen = true;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Passwords and second factors.

const SCRYPT_KEYLEN = 64;

function scryptAsync(password: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password, salt, SCRYPT_KEYLEN, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

function pbkdf2Async(password: string, salt: string, iterations: number, length: number, digest: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    pbkdf2(password, salt, iterations, length, digest, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** Hashes a plaintext password with scrypt and a random salt. */
export async function hashPassword(password: string): Promise<{ hasher: string; digest: string }> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt);
  return { hasher: 'scrypt', digest: `${salt.toString('base64')}$${key.toString('base64')}` };
}

/** Digest formats imported with `password_digest` that the emulator can check later. */
export const SUPPORTED_HASHERS = ['md5', 'sha256', 'pbkdf2_sha256_django'];

function safeEqual(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function passwordMatches(stored: { hasher: string; digest: string }, password: string): Promise<boolean> {
  switch (stored.hasher) {
    case 'scrypt': {
      const [salt, key] = stored.digest.split('$');
      const computed = await scryptAsync(password, Buffer.from(salt ?? '', 'base64'));
      return safeEqual(computed, Buffer.from(key ?? '', 'base64'));
    }
    case 'md5':
    case 'sha256': {
      const computed = createHash(stored.hasher).update(password).digest();
      return safeEqual(computed, Buffer.from(stored.digest.toLowerCase(), 'hex'));
    }
    case 'pbkdf2_sha256_django': {
      const [, iterations, salt, hash] = stored.digest.split('$');
      const expected = Buffer.from(hash ?? '', 'base64');
      const computed = await pbkdf2Async(password, salt ?? '', Number(iterations), expected.length || 32, 'sha256');
      return safeEqual(computed, expected);
    }
    default:
      return false;
  }
}

function checkDigest(hasher: string, digest: string): void {
  if (!SUPPORTED_HASHERS.includes(hasher)) {
    throw valueInvalid('password_hasher', `is not supported by the emulator; use one of ${SUPPORTED_HASHERS.join(', ')}.`);
  }
  const ok =
    hasher === 'md5'
      ? /^[0-9a-f]{32}$/i.test(digest)
      : hasher === 'sha256'
        ? /^[0-9a-f]{64}$/i.test(digest)
        : /^pbkdf2_sha256\$\d+\$[^$]+\$[A-Za-z0-9+/=]+$/.test(digest);
  if (!ok) throw formatInvalid('password_digest', `is not a valid ${hasher} digest.`);
}

async function passwordFromBody(body: Record<string, any>): Promise<{ hasher: string; digest: string } | undefined> {
  if (typeof body.password === 'string') {
    if (body.skip_password_checks !== true && body.password.length < 8) {
      throw unprocessable('form_password_length_too_short', 'Passwords must be 8 characters or more.', 'Passwords must be 8 characters or more.', {
        param_name: 'password',
      });
    }
    return hashPassword(body.password);
  }
  if (typeof body.password_digest === 'string' || typeof body.password_hasher === 'string') {
    if (typeof body.password_digest !== 'string') throw paramMissing('password_digest');
    if (typeof body.password_hasher !== 'string') throw paramMissing('password_hasher');
    checkDigest(body.password_hasher, body.password_digest);
    return { hasher: body.password_hasher, digest: body.password_digest };
  }
  return undefined;
}

function base32Decode(param: string, secret: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const clean = secret.replace(/=+$/, '').replace(/\s/g, '').toUpperCase();
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of clean) {
    const index = alphabet.indexOf(char);
    if (index < 0) throw formatInvalid(param, 'must be a base32-encoded secret.');
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  if (out.length === 0) throw formatInvalid(param, 'must be a base32-encoded secret.');
  return Buffer.from(out);
}

/** RFC 6238 code for a 30-second step (6 digits, HMAC-SHA1), as authenticator apps compute it. */
export function totpCode(secret: string, atMs: number): string {
  const key = base32Decode('totp_secret', secret);
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(atMs / 30_000)));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 1_000_000).padStart(6, '0');
}

// ---------------------------------------------------------------------------------------------------------------
// Lookups and list filters.

export function requireUser(store: Store, userId: string | undefined): UserRecord {
  const user = userId ? store.users.get(userId) : undefined;
  if (!user) throw notFound('user');
  return user;
}

/** Splits a `+id`/`-id` filter into the ids to include and the ids to exclude. */
function includeExclude(values: string[] | undefined): { include: string[]; exclude: string[] } | undefined {
  if (!values) return undefined;
  const include: string[] = [];
  const exclude: string[] = [];
  for (const raw of values) {
    // A literal `+` in a query string arrives as a space.
    const value = raw.replace(/^\s/, '+');
    if (value.startsWith('-')) exclude.push(value.slice(1));
    else include.push(value.replace(/^\+/, ''));
  }
  return { include, exclude };
}

function passes(filter: { include: string[]; exclude: string[] } | undefined, values: Array<string | null>): boolean {
  if (!filter) return true;
  if (filter.exclude.some((id) => values.includes(id))) return false;
  return filter.include.length === 0 || filter.include.some((id) => values.includes(id));
}

function numberParam(query: Readonly<Record<string, QueryValue>>, name: string): number | undefined {
  const value = query[name];
  return typeof value === 'number' ? value : undefined;
}

/** The user filters of GetUserList/GetUsersCount (also used by the membership list). */
export function userMatches(store: Store, user: UserRecord, query: Readonly<Record<string, QueryValue>>): boolean {
  const emails = identificationsOf(store, user.id, 'email_address').map((e) => e.value);
  const phones = identificationsOf(store, user.id, 'phone_number').map((p) => p.value);
  const wallets = identificationsOf(store, user.id, 'web3_wallet').map((w) => w.value);
  const lowerIn = (wanted: string[] | undefined, have: Array<string | null>) =>
    !wanted || wanted.some((value) => have.some((h) => h !== null && h.toLowerCase() === value.toLowerCase()));

  if (!lowerIn(listParam(query, 'email_address'), emails)) return false;
  if (!lowerIn(listParam(query, 'phone_number'), phones)) return false;
  if (!lowerIn(listParam(query, 'username'), [user.username])) return false;
  if (!lowerIn(listParam(query, 'web3_wallet'), wallets)) return false;
  if (!passes(includeExclude(listParam(query, 'user_id')), [user.id])) return false;
  if (!passes(includeExclude(listParam(query, 'external_id')), [user.external_id])) return false;
  const orgFilter = includeExclude(listParam(query, 'organization_id'));
  if (orgFilter) {
    const orgs = [...store.memberships.values()].filter((m) => m.user_id === user.id).map((m) => m.organization_id);
    if (orgFilter.exclude.some((id) => orgs.includes(id))) return false;
    if (orgFilter.include.length > 0 && !orgFilter.include.some((id) => orgs.includes(id))) return false;
  }
  const q = stringParam(query, 'query');
  if (q && !contains([...emails, ...phones, ...wallets, user.username, user.id, user.first_name, user.last_name], q)) {
    return false;
  }
  const emailQuery = stringParam(query, 'email_address_query');
  if (emailQuery && !contains(emails, emailQuery)) return false;
  const phoneQuery = stringParam(query, 'phone_number_query');
  if (phoneQuery && !contains(phones, phoneQuery)) return false;
  const usernameQuery = stringParam(query, 'username_query');
  if (usernameQuery && !contains([user.username], usernameQuery)) return false;
  const nameQuery = stringParam(query, 'name_query');
  if (nameQuery && !contains([user.first_name, user.last_name, `${user.first_name ?? ''} ${user.last_name ?? ''}`], nameQuery)) {
    return false;
  }
  if (typeof query.banned === 'boolean' && user.banned !== query.banned) return false;
  const before = (value: number | null, limit: number | undefined) => limit === undefined || (value !== null && value < limit);
  const after = (value: number | null, limit: number | undefined) => limit === undefined || (value !== null && value > limit);
  if (!before(user.last_active_at, numberParam(query, 'last_active_at_before'))) return false;
  if (!after(user.last_active_at, numberParam(query, 'last_active_at_after'))) return false;
  if (!after(user.last_active_at, numberParam(query, 'last_active_at_since'))) return false;
  if (!before(user.created_at, numberParam(query, 'created_at_before'))) return false;
  if (!after(user.created_at, numberParam(query, 'created_at_after'))) return false;
  if (!before(user.last_sign_in_at, numberParam(query, 'last_sign_in_at_before'))) return false;
  if (!after(user.last_sign_in_at, numberParam(query, 'last_sign_in_at_after'))) return false;
  // Emulated users have no OAuth accounts, so a provider filter matches nobody.
  if (query.provider !== undefined || query.provider_user_id !== undefined) return false;
  return true;
}

export function userOrderFields(store: Store): OrderFields<UserRecord> {
  return {
    created_at: (u) => u.created_at,
    updated_at: (u) => u.updated_at,
    email_address: (u) => primaryEmail(store, u),
    web3wallet: (u) => (u.primary_web3_wallet_id ? store.identifications.get(u.primary_web3_wallet_id)?.value : null),
    first_name: (u) => u.first_name,
    last_name: (u) => u.last_name,
    phone_number: (u) => primaryPhone(store, u),
    username: (u) => u.username,
    last_active_at: (u) => u.last_active_at,
    last_sign_in_at: (u) => u.last_sign_in_at,
  };
}

function filteredUsers(ctx: HandlerContext): UserRecord[] {
  return [...ctx.store.users.values()].filter((user) => userMatches(ctx.store, user, ctx.query));
}

// ---------------------------------------------------------------------------------------------------------------
// Field updates shared by create and update.

function checkUsername(store: Store, username: string, self?: string): string {
  if (username.length < 4 || username.length > 64) {
    throw unprocessable(
      'form_username_invalid_length',
      'Usernames must be between 4 and 64 characters long.',
      'Usernames must be between 4 and 64 characters long.',
      { param_name: 'username' },
    );
  }
  const lowered = username.toLowerCase();
  for (const user of store.users.values()) {
    if (user.id !== self && user.username === lowered) throw identifierExists('username', 'username');
  }
  return lowered;
}

function checkExternalId(store: Store, externalId: string, self?: string): void {
  for (const user of store.users.values()) {
    if (user.id !== self && user.external_id === externalId) throw identifierExists('external_id', 'external ID');
  }
}

/** Revokes every active session of a user (ban, password change with sign-out). */
export function revokeSessions(store: Store, userId: string, status: 'revoked' | 'removed' = 'revoked'): void {
  const now = store.now();
  for (const session of store.sessions.values()) {
    if (session.user_id === userId && session.status === 'active') {
      session.status = status;
      session.updated_at = now;
    }
  }
}

function setPrimary(store: Store, user: UserRecord, kind: IdentificationRecord['kind'], id: string | null, param: string): void {
  if (id === null) return;
  const record = store.identifications.get(id);
  if (!record || record.user_id !== user.id || record.kind !== kind) {
    throw valueInvalid(param, `does not match any ${KIND_LABEL[kind]} of this user.`);
  }
  if (!record.verified) throw valueInvalid(param, `must refer to a verified ${KIND_LABEL[kind]}.`);
  user[PRIMARY_KEY[kind]] = id;
}

// ---------------------------------------------------------------------------------------------------------------
// Handlers.

async function createUser(ctx: HandlerContext): Promise<unknown> {
  const { store, body } = ctx;
  // Hash first: every check and write below then runs without yielding, so two concurrent requests cannot both
  // pass a uniqueness check.
  const password = await passwordFromBody(body);
  const emails = ((body.email_address ?? []) as string[]).map((value, i) => checkEmail(`email_address[${i}]`, value));
  const phones = ((body.phone_number ?? []) as string[]).map((value, i) => checkPhone(`phone_number[${i}]`, value));
  const wallets = ((body.web3_wallet ?? []) as string[]).map((value, i) => checkWeb3(`web3_wallet[${i}]`, value));
  const seen = new Set<string>();
  for (const [kind, values] of [
    ['email_address', emails],
    ['phone_number', phones],
    ['web3_wallet', wallets],
  ] as const) {
    for (const value of values) {
      if (seen.has(value)) throw identifierExists(kind, KIND_LABEL[kind]);
      seen.add(value);
      ensureIdentifierFree(store, kind, value, kind);
    }
  }
  const username = typeof body.username === 'string' ? checkUsername(store, body.username) : null;
  if (typeof body.external_id === 'string') checkExternalId(store, body.external_id);
  if (ctx.fixedId !== undefined && store.users.has(ctx.fixedId)) throw identifierExists('id', 'user ID');
  if (typeof body.totp_secret === 'string') base32Decode('totp_secret', body.totp_secret);
  const createdAt = body.created_at !== undefined && body.created_at !== null ? parseDate('created_at', body.created_at) : undefined;
  const legalAt = body.legal_accepted_at !== undefined && body.legal_accepted_at !== null ? parseDate('legal_accepted_at', body.legal_accepted_at) : null;

  const now = store.now();
  const hasSecondFactor = typeof body.totp_secret === 'string' || (body.backup_codes ?? []).length > 0;
  const user: UserRecord = {
    id: store.id('user', ctx.fixedId),
    external_id: body.external_id ?? null,
    username,
    first_name: body.first_name ?? null,
    last_name: body.last_name ?? null,
    locale: body.locale ?? null,
    primary_email_address_id: null,
    primary_phone_number_id: null,
    primary_web3_wallet_id: null,
    public_metadata: body.public_metadata ?? {},
    private_metadata: body.private_metadata ?? {},
    unsafe_metadata: body.unsafe_metadata ?? {},
    password: password ?? null,
    password_last_updated_at: password ? now : null,
    totp_secret: body.totp_secret ?? null,
    backup_codes: body.backup_codes ?? [],
    mfa_enabled_at: hasSecondFactor ? now : null,
    mfa_disabled_at: null,
    has_image: false,
    image_id: null,
    banned: body.banned === true,
    locked: body.locked === true,
    delete_self_enabled: body.delete_self_enabled ?? true,
    create_organization_enabled: body.create_organization_enabled ?? true,
    create_organizations_limit: body.create_organizations_limit ?? null,
    bypass_client_trust: body.bypass_client_trust ?? false,
    legal_accepted_at: legalAt,
    last_sign_in_at: null,
    last_active_at: null,
    created_at: createdAt ?? now,
    updated_at: now,
  };
  store.users.set(user.id, user);
  const statuses = {
    email_address: (body.email_address_identification_status ?? []) as string[],
    phone_number: (body.phone_number_identification_status ?? []) as string[],
  };
  emails.forEach((value, i) => {
    const reserved = statuses.email_address[i] === 'reserved';
    addIdentification(store, user, 'email_address', value, { verified: !reserved, reserved, primary: i === 0 });
  });
  phones.forEach((value, i) => {
    const reserved = statuses.phone_number[i] === 'reserved';
    addIdentification(store, user, 'phone_number', value, { verified: !reserved, reserved, primary: i === 0 });
  });
  wallets.forEach((value, i) => {
    addIdentification(store, user, 'web3_wallet', value, { verified: true, primary: i === 0 });
  });
  user.updated_at = now;
  return userJSON(store, user);
}

async function updateUser(ctx: HandlerContext): Promise<unknown> {
  const { store, body } = ctx;
  requireUser(store, ctx.params.user_id);
  const password = await passwordFromBody(body);
  const user = requireUser(store, ctx.params.user_id);
  if (typeof body.username === 'string') checkUsername(store, body.username, user.id);
  if (typeof body.external_id === 'string') checkExternalId(store, body.external_id, user.id);
  if (typeof body.totp_secret === 'string') base32Decode('totp_secret', body.totp_secret);
  const createdAt = typeof body.created_at === 'string' ? parseDate('created_at', body.created_at) : undefined;
  const legalAt = typeof body.legal_accepted_at === 'string' ? parseDate('legal_accepted_at', body.legal_accepted_at) : undefined;
  // Check every reference before changing anything, so a failed update leaves the user as it was.
  const draft = { ...user };
  if ('primary_email_address_id' in body) setPrimary(store, draft, 'email_address', body.primary_email_address_id, 'primary_email_address_id');
  if ('primary_phone_number_id' in body) setPrimary(store, draft, 'phone_number', body.primary_phone_number_id, 'primary_phone_number_id');
  if ('primary_web3_wallet_id' in body) setPrimary(store, draft, 'web3_wallet', body.primary_web3_wallet_id, 'primary_web3_wallet_id');

  const now = store.now();
  Object.assign(user, {
    primary_email_address_id: draft.primary_email_address_id,
    primary_phone_number_id: draft.primary_phone_number_id,
    primary_web3_wallet_id: draft.primary_web3_wallet_id,
  });
  for (const key of ['first_name', 'last_name', 'locale', 'external_id'] as const) {
    if (key in body) user[key] = body[key];
  }
  if ('username' in body) user.username = typeof body.username === 'string' ? body.username.toLowerCase() : null;
  for (const key of ['delete_self_enabled', 'create_organization_enabled', 'bypass_client_trust'] as const) {
    if (typeof body[key] === 'boolean') user[key] = body[key];
  }
  if ('create_organizations_limit' in body) user.create_organizations_limit = body.create_organizations_limit;
  if (createdAt !== undefined) user.created_at = createdAt;
  if (legalAt !== undefined) user.legal_accepted_at = legalAt;
  if (typeof body.profile_image_id === 'string') {
    user.image_id = body.profile_image_id;
    user.has_image = true;
  }
  if (password) {
    user.password = password;
    user.password_last_updated_at = now;
    if (body.sign_out_of_other_sessions === true) revokeSessions(store, user.id);
  }
  if (typeof body.totp_secret === 'string' || Array.isArray(body.backup_codes)) {
    if (typeof body.totp_secret === 'string') user.totp_secret = body.totp_secret;
    if (Array.isArray(body.backup_codes)) user.backup_codes = body.backup_codes;
    user.mfa_enabled_at ??= now;
  }
  user.updated_at = now;
  return userJSON(store, user);
}

function deleteUser(ctx: HandlerContext): unknown {
  const { store } = ctx;
  const user = requireUser(store, ctx.params.user_id);
  removeUser(store, user.id);
  return { object: 'user', id: user.id, deleted: true };
}

/** Removes a user and everything that hangs off it. */
function removeUser(store: Store, userId: string): void {
  for (const [id, record] of store.identifications) if (record.user_id === userId) store.identifications.delete(id);
  for (const [id, membership] of store.memberships) if (membership.user_id === userId) store.memberships.delete(id);
  revokeSessions(store, userId, 'removed');
  store.users.delete(userId);
}

function setFlag(key: 'banned' | 'locked', value: boolean) {
  return (ctx: HandlerContext): unknown => {
    const user = requireUser(ctx.store, ctx.params.user_id);
    user[key] = value;
    if (key === 'banned' && value) revokeSessions(ctx.store, user.id);
    user.updated_at = ctx.store.now();
    return userJSON(ctx.store, user);
  };
}

function bulkBan(value: boolean) {
  return (ctx: HandlerContext): unknown => {
    const ids = ctx.body.user_ids as string[];
    const users = ids.map((id) => requireUser(ctx.store, id));
    const now = ctx.store.now();
    for (const user of users) {
      user.banned = value;
      if (value) revokeSessions(ctx.store, user.id);
      user.updated_at = now;
    }
    return users.map((user) => userJSON(ctx.store, user));
  };
}

function metadataHandler(mode: 'merge' | 'replace') {
  return (ctx: HandlerContext): unknown => {
    const user = requireUser(ctx.store, ctx.params.user_id);
    for (const key of ['public_metadata', 'private_metadata', 'unsafe_metadata'] as const) {
      const value = ctx.body[key];
      if (value === undefined || value === null) continue;
      user[key] = mode === 'merge' ? mergeMetadata(user[key], value) : value;
    }
    user.updated_at = ctx.store.now();
    return userJSON(ctx.store, user);
  };
}

async function verifyPassword(ctx: HandlerContext): Promise<unknown> {
  const user = requireUser(ctx.store, ctx.params.user_id);
  if (!user.password) {
    throw new EmulatorError(400, 'password_not_set', 'no password', 'This user has no password to verify against.');
  }
  if (!(await passwordMatches(user.password, ctx.body.password))) {
    throw unprocessable('incorrect_password', 'Password is incorrect.', 'The password does not match the one stored for this user.', {
      param_name: 'password',
    });
  }
  return { verified: true };
}

function verifyTotp(ctx: HandlerContext): unknown {
  const user = requireUser(ctx.store, ctx.params.user_id);
  const code = String(ctx.body.code).trim();
  if (user.totp_secret) {
    const now = Date.now();
    for (const step of [-1, 0, 1]) {
      if (totpCode(user.totp_secret, now + step * 30_000) === code) return { verified: true, code_type: 'totp' };
    }
  }
  const index = user.backup_codes.indexOf(code);
  if (index >= 0) {
    // A backup code works once.
    user.backup_codes.splice(index, 1);
    user.updated_at = ctx.store.now();
    return { verified: true, code_type: 'backup_code' };
  }
  if (!user.totp_secret && user.backup_codes.length === 0) {
    throw new EmulatorError(400, 'totp_not_enabled', 'no second factor', 'This user has neither TOTP nor backup codes.');
  }
  throw unprocessable('verification_failed', 'Incorrect code.', 'The code matches neither the TOTP secret nor a backup code.', {
    param_name: 'code',
  });
}

function clearSecondFactor(which: 'all' | 'totp' | 'backup') {
  return (ctx: HandlerContext): unknown => {
    const user = requireUser(ctx.store, ctx.params.user_id);
    const now = ctx.store.now();
    if (which !== 'backup') user.totp_secret = null;
    if (which !== 'totp') user.backup_codes = [];
    if (which === 'all') {
      for (const phone of identificationsOf(ctx.store, user.id, 'phone_number')) {
        phone.reserved_for_second_factor = false;
        phone.default_second_factor = false;
      }
    }
    if (user.totp_secret === null && user.backup_codes.length === 0) user.mfa_disabled_at = now;
    user.updated_at = now;
    return { user_id: user.id };
  };
}

function removePassword(ctx: HandlerContext): unknown {
  const user = requireUser(ctx.store, ctx.params.user_id);
  user.password = null;
  user.password_last_updated_at = ctx.store.now();
  if (ctx.body?.sign_out_of_other_sessions === true) revokeSessions(ctx.store, user.id);
  user.updated_at = ctx.store.now();
  return userJSON(ctx.store, user);
}

function setProfileImage(ctx: HandlerContext): unknown {
  const user = requireUser(ctx.store, ctx.params.user_id);
  const file = ctx.files.file;
  if (!file) throw paramMissing('file');
  user.image_id = ctx.store.id('img');
  user.has_image = true;
  user.updated_at = ctx.store.now();
  return userJSON(ctx.store, user);
}

function deleteProfileImage(ctx: HandlerContext): unknown {
  const user = requireUser(ctx.store, ctx.params.user_id);
  user.image_id = null;
  user.has_image = false;
  user.updated_at = ctx.store.now();
  return userJSON(ctx.store, user);
}

function listUsers(ctx: HandlerContext): unknown {
  const orderBy = stringParam(ctx.query, 'order_by') ?? '-created_at';
  let users = sortItems(filteredUsers(ctx), orderBy, userOrderFields(ctx.store));
  const cursor = stringParam(ctx.query, 'starting_after');
  if (cursor !== undefined) {
    if (!/^[+-]?created_at$/.test(orderBy)) {
      throw valueInvalid('starting_after', 'can only be used when ordering by created_at.');
    }
    if (typeof ctx.query.offset === 'number' && ctx.query.offset !== 0) {
      throw valueInvalid('offset', 'cannot be combined with starting_after.');
    }
    const index = users.findIndex((user) => user.id === cursor);
    users = index < 0 ? [] : users.slice(index + 1);
  }
  return pageOf(users, ctx.query).data.map((user) => userJSON(ctx.store, user));
}

function oauthAccessTokens(ctx: HandlerContext): unknown {
  requireUser(ctx.store, ctx.params.user_id);
  // Emulated users sign in with no OAuth provider, so there are never tokens to return.
  return bareOrPaginated([], ctx.query);
}

function userMemberships(ctx: HandlerContext): unknown {
  const user = requireUser(ctx.store, ctx.params.user_id);
  const memberships = sortItems(
    [...ctx.store.memberships.values()].filter((m) => m.user_id === user.id),
    '-created_at',
    { created_at: (m) => m.created_at },
  );
  const page = pageOf(memberships, ctx.query);
  return { data: page.data.map((m) => membershipJSON(ctx.store, m)), total_count: page.total_count };
}

export const userHandlers: HandlerTable = {
  GetUserList: listUsers,
  GetUsersCount: (ctx) => ({ object: 'total_count', total_count: filteredUsers(ctx).length }),
  CreateUser: createUser,
  GetUser: (ctx) => userJSON(ctx.store, requireUser(ctx.store, ctx.params.user_id)),
  UpdateUser: updateUser,
  DeleteUser: deleteUser,
  BanUser: setFlag('banned', true),
  UnbanUser: setFlag('banned', false),
  UsersBan: bulkBan(true),
  UsersUnban: bulkBan(false),
  LockUser: setFlag('locked', true),
  UnlockUser: setFlag('locked', false),
  UpdateUserMetadata: metadataHandler('merge'),
  ReplaceUserMetadata: metadataHandler('replace'),
  VerifyPassword: verifyPassword,
  VerifyTOTP: verifyTotp,
  DisableMFA: clearSecondFactor('all'),
  DeleteTOTP: clearSecondFactor('totp'),
  DeleteBackupCode: clearSecondFactor('backup'),
  RemoveUserPassword: removePassword,
  SetUserProfileImage: setProfileImage,
  DeleteUserProfileImage: deleteProfileImage,
  GetOAuthAccessToken: oauthAccessTokens,
  UsersGetOrganizationMemberships: userMemberships,
};
