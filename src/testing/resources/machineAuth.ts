// Machines, API keys and M2M tokens: enough of each for code that verifies them (authenticateRequest, middleware)
// to run end to end against the emulator. The API-key and M2M operations are the "bapi-proxy" ones, served with
// and without `/v1`; their malformed-parameter answers are 400 (the server maps them).
import { pageOf, sortItems, stringParam, type HandlerContext, type HandlerTable } from '../context';
import { EmulatorError, notFound, valueInvalid } from '../errors';
import { newHexId, newSecret, type ApiKeyRecord, type M2MTokenRecord, type MachineRecord, type Store } from '../store';

const SUBJECT = /^(user|org|mch|scim)_\w+$/;
const NAME = /^\S(.*\S)?$/;

// ---------------------------------------------------------------------------------------------------------------
// Machines.

function requireMachine(store: Store, id: string | undefined): MachineRecord {
  const machine = id ? store.machines.get(id) : undefined;
  if (!machine) throw notFound('machine');
  return machine;
}

function machineCore(store: Store, machine: MachineRecord): Record<string, unknown> {
  return {
    object: 'machine',
    id: machine.id,
    name: machine.name,
    instance_id: store.instanceId,
    created_at: machine.created_at,
    updated_at: machine.updated_at,
    default_token_ttl: machine.default_token_ttl,
  };
}

function machineJSON(store: Store, machine: MachineRecord): Record<string, unknown> {
  const scoped = machine.scoped_machines.map((id) => store.machines.get(id)).filter((m): m is MachineRecord => !!m);
  return { ...machineCore(store, machine), scoped_machines: scoped.map((m) => machineCore(store, m)) };
}

/** Creates a machine and its secret key. */
export function createMachineRecord(
  store: Store,
  input: { name: string; scoped_machines?: string[] | undefined; default_token_ttl?: number | undefined },
): MachineRecord {
  if (input.name.trim() === '' || input.name.length > 255) throw valueInvalid('name', 'must be 1 to 255 characters long.');
  const scoped = input.scoped_machines ?? [];
  if (scoped.length > 150) throw valueInvalid('scoped_machines', 'may hold at most 150 machines.');
  for (const id of scoped) requireMachine(store, id);
  const now = store.now();
  const machine: MachineRecord = {
    id: store.id('mch'),
    name: input.name,
    secret_key: newSecret('ak_'),
    scoped_machines: [...new Set(scoped)],
    default_token_ttl: input.default_token_ttl ?? 3600,
    created_at: now,
    updated_at: now,
  };
  store.machines.set(machine.id, machine);
  return machine;
}

function listMachines(ctx: HandlerContext): unknown {
  const q = stringParam(ctx.query, 'query');
  const machines = [...ctx.store.machines.values()].filter((m) => !q || m.id === q || m.name.toLowerCase().includes(q.toLowerCase()));
  const sorted = sortItems(machines, stringParam(ctx.query, 'order_by') ?? '-created_at', {
    created_at: (m) => m.created_at,
    name: (m) => m.name,
  });
  const page = pageOf(sorted, ctx.query);
  return { data: page.data.map((m) => machineJSON(ctx.store, m)), total_count: page.total_count };
}

function deleteMachine(ctx: HandlerContext): unknown {
  const machine = requireMachine(ctx.store, ctx.params.machine_id);
  ctx.store.machines.delete(machine.id);
  for (const other of ctx.store.machines.values()) {
    other.scoped_machines = other.scoped_machines.filter((id) => id !== machine.id);
  }
  return { object: 'machine', id: machine.id, deleted: true };
}

// ---------------------------------------------------------------------------------------------------------------
// API keys.

function apiKeyJSON(record: ApiKeyRecord, withSecret: boolean, now: number): Record<string, unknown> {
  return {
    object: 'api_key',
    id: record.id,
    type: record.type,
    subject: record.subject,
    name: record.name,
    description: record.description,
    claims: record.claims ?? null,
    scopes: [...record.scopes],
    ...(withSecret ? { secret: record.secret } : {}),
    revoked: record.revoked,
    revocation_reason: record.revocation_reason,
    expired: isExpired(record, now),
    expiration: record.expiration,
    created_by: record.created_by,
    last_used_at: record.last_used_at,
    created_at: record.created_at,
    updated_at: record.updated_at,
  };
}

function isExpired(record: { expiration: number | null }, now: number): boolean {
  return record.expiration !== null && record.expiration <= now;
}

function requireApiKey(store: Store, id: string | undefined): ApiKeyRecord {
  const record = id ? store.apiKeys.get(id) : undefined;
  if (!record) throw notFound('API key');
  return record;
}

function checkSubject(subject: string): string {
  if (!SUBJECT.test(subject)) throw valueInvalid('subject', 'must be the id of a user, organization or machine (user_…, org_…, mch_…).');
  return subject;
}

function expirationFrom(store: Store, seconds: number | null | undefined): number | null {
  if (seconds === undefined || seconds === null) return null;
  if (seconds <= 0) throw valueInvalid('seconds_until_expiration', 'must be greater than 0.');
  return store.now() + Math.round(seconds * 1000);
}

/** Creates an API key (the body of `POST /api_keys`, already checked against the spec's field list). */
export function createApiKeyRecord(store: Store, body: Record<string, any>): ApiKeyRecord {
  const name = String(body.name);
  if (name.length < 3 || !NAME.test(name)) {
    throw valueInvalid('name', 'must be at least 3 characters long, without leading or trailing spaces.');
  }
  const subject = checkSubject(body.subject);
  const type = body.type ?? 'api_key';
  if (type.length < 3 || type.length > 25) throw valueInvalid('type', 'must be 3 to 25 characters long.');
  if (typeof body.description === 'string' && body.description.length > 255) {
    throw valueInvalid('description', 'must be at most 255 characters long.');
  }
  if (typeof body.created_by === 'string' && !/^user_\w+$/.test(body.created_by)) {
    throw valueInvalid('created_by', 'must be a user id.');
  }
  const now = store.now();
  for (const other of store.apiKeys.values()) {
    if (other.subject === subject && other.name === name && !other.revoked && !isExpired(other, now)) {
      throw new EmulatorError(409, 'duplicate_record', 'duplicate API key name', `${subject} already has an API key named ${name}.`);
    }
  }
  const record: ApiKeyRecord = {
    id: newHexId('ak'),
    type,
    subject,
    name,
    description: body.description ?? null,
    claims: body.claims ?? null,
    scopes: body.scopes ?? [],
    secret: newSecret('ak_'),
    revoked: false,
    revocation_reason: null,
    expiration: expirationFrom(store, body.seconds_until_expiration),
    created_by: body.created_by ?? null,
    last_used_at: null,
    created_at: now,
    updated_at: now,
  };
  store.apiKeys.set(record.id, record);
  return record;
}

function listApiKeys(ctx: HandlerContext): unknown {
  const now = Date.now();
  const subject = checkSubject(String(ctx.query.subject));
  const type = stringParam(ctx.query, 'type') ?? 'api_key';
  const includeInvalid = ctx.query.include_invalid === 'true';
  const q = stringParam(ctx.query, 'query')?.toLowerCase();
  const keys = [...ctx.store.apiKeys.values()].filter(
    (k) => k.subject === subject && k.type === type && (includeInvalid || (!k.revoked && !isExpired(k, now))) && (!q || k.name.toLowerCase().includes(q)),
  );
  const page = pageOf(sortItems(keys, '-created_at', { created_at: (k) => k.created_at }), ctx.query);
  return { data: page.data.map((k) => apiKeyJSON(k, false, now)), total_count: page.total_count };
}

function updateApiKey(ctx: HandlerContext): unknown {
  const record = requireApiKey(ctx.store, ctx.params.apiKeyID);
  const body = ctx.body as Record<string, any>;
  const subject = typeof body.subject === 'string' ? checkSubject(body.subject) : undefined;
  if (typeof body.description === 'string' && body.description.length > 255) {
    throw valueInvalid('description', 'must be at most 255 characters long.');
  }
  const expiration = 'seconds_until_expiration' in body ? expirationFrom(ctx.store, body.seconds_until_expiration) : undefined;
  if ('claims' in body) record.claims = body.claims ?? null;
  if (Array.isArray(body.scopes)) record.scopes = body.scopes;
  if ('description' in body) record.description = body.description ?? null;
  if (subject !== undefined) record.subject = subject;
  if (expiration !== undefined) record.expiration = expiration;
  record.updated_at = ctx.store.now();
  return apiKeyJSON(record, false, Date.now());
}

function revokeApiKey(ctx: HandlerContext): unknown {
  const record = requireApiKey(ctx.store, ctx.params.apiKeyID);
  if (!record.revoked) {
    record.revoked = true;
    record.revocation_reason = ctx.body?.revocation_reason ?? null;
    record.updated_at = ctx.store.now();
  }
  return apiKeyJSON(record, false, Date.now());
}

/** Why a presented secret or token is refused: unknown, revoked or expired, each a 404 with its own code. */
function refusal(kind: 'API key' | 'M2M token', reason: 'not_found' | 'revoked' | 'expired'): EmulatorError {
  const code = `${kind === 'API key' ? 'api_key' : 'm2m_token'}_${reason === 'not_found' ? 'invalid' : reason}`;
  const detail = reason === 'not_found' ? `No ${kind} matches the one given.` : reason === 'revoked' ? `The ${kind} was revoked.` : `The ${kind} has expired.`;
  return new EmulatorError(404, code, `${kind} ${reason === 'not_found' ? 'not found' : reason}`, detail);
}

function verifyApiKey(ctx: HandlerContext): unknown {
  const secret = String(ctx.body.secret);
  const record = [...ctx.store.apiKeys.values()].find((k) => k.secret === secret);
  if (!record) throw refusal('API key', 'not_found');
  if (record.revoked) throw refusal('API key', 'revoked');
  const now = ctx.store.now();
  if (isExpired(record, now)) throw refusal('API key', 'expired');
  record.last_used_at = now;
  return apiKeyJSON(record, false, now);
}

// ---------------------------------------------------------------------------------------------------------------
// M2M tokens.

function m2mJSON(record: M2MTokenRecord, withToken: boolean, now: number): Record<string, unknown> {
  return {
    object: 'machine_to_machine_token',
    id: record.id,
    subject: record.subject,
    claims: record.claims ?? null,
    scopes: [...record.scopes],
    ...(withToken ? { token: record.token } : {}),
    revoked: record.revoked,
    revocation_reason: record.revocation_reason,
    expired: isExpired(record, now),
    expiration: record.expiration,
    last_used_at: record.last_used_at,
    created_at: record.created_at,
    updated_at: record.updated_at,
  };
}

function callingMachine(ctx: HandlerContext): MachineRecord | undefined {
  return ctx.caller.kind === 'machine' ? ctx.store.machines.get(ctx.caller.machineId) : undefined;
}

/** Creates an opaque M2M token for a machine. */
export function createM2MTokenRecord(
  store: Store,
  machine: MachineRecord,
  input: { seconds_until_expiration?: number | null; claims?: unknown; min_remaining_ttl_seconds?: number | undefined },
): { record: M2MTokenRecord; reused: boolean } {
  const lifetime = input.seconds_until_expiration ?? machine.default_token_ttl;
  if (lifetime <= 0) throw valueInvalid('seconds_until_expiration', 'must be greater than 0.');
  const claims = input.claims ?? null;
  const now = store.now();
  const min = input.min_remaining_ttl_seconds;
  if (min !== undefined) {
    if (min >= lifetime) throw valueInvalid('min_remaining_ttl_seconds', 'must be less than the token lifetime.');
    const same = JSON.stringify(claims);
    const scopes = JSON.stringify(machine.scoped_machines);
    for (const token of store.m2mTokens.values()) {
      if (
        token.subject === machine.id &&
        !token.revoked &&
        token.expiration !== null &&
        token.expiration - now >= min * 1000 &&
        JSON.stringify(token.claims) === same &&
        JSON.stringify(token.scopes) === scopes
      ) {
        return { record: token, reused: true };
      }
    }
  }
  const record: M2MTokenRecord = {
    id: newHexId('mt'),
    subject: machine.id,
    claims,
    scopes: [...machine.scoped_machines],
    token: newSecret('mt_'),
    revoked: false,
    revocation_reason: null,
    expiration: now + Math.round(lifetime * 1000),
    last_used_at: null,
    created_at: now,
    updated_at: now,
  };
  store.m2mTokens.set(record.id, record);
  return { record, reused: false };
}

function createM2MToken(ctx: HandlerContext): unknown {
  const machine = callingMachine(ctx);
  if (!machine) {
    throw new EmulatorError(
      403,
      'machine_secret_key_required',
      'authenticate as a machine',
      'Creating an M2M token must be authenticated with a machine secret key, not the instance secret key.',
    );
  }
  if (ctx.body.token_format === 'jwt') {
    throw new EmulatorError(
      501,
      'operation_not_implemented',
      'JWT-format M2M tokens are not implemented by the emulator',
      'The Clerk emulator mints opaque M2M tokens only; leave token_format out or set it to opaque.',
      { operation_id: 'createM2MToken' },
    );
  }
  const { record } = createM2MTokenRecord(ctx.store, machine, ctx.body);
  return m2mJSON(record, true, Date.now());
}

function listM2MTokens(ctx: HandlerContext): unknown {
  const subject = String(ctx.query.subject);
  if (!/^mch_\w+$/.test(subject)) throw valueInvalid('subject', 'must be a machine id (mch_…).');
  const machine = callingMachine(ctx);
  if (machine && machine.id !== subject) {
    throw new EmulatorError(403, 'authorization_invalid', 'not allowed', 'A machine can list only its own tokens.');
  }
  const now = Date.now();
  const tokens = [...ctx.store.m2mTokens.values()].filter(
    (t) => t.subject === subject && (ctx.query.revoked === true || !t.revoked) && (ctx.query.expired === true || !isExpired(t, now)),
  );
  const page = pageOf(sortItems(tokens, '-created_at', { created_at: (t) => t.created_at }), ctx.query);
  return { m2m_tokens: page.data.map((t) => m2mJSON(t, false, now)), total_count: page.total_count };
}

function revokeM2MToken(ctx: HandlerContext): unknown {
  const record = ctx.store.m2mTokens.get(ctx.params.m2m_token_id ?? '');
  const machine = callingMachine(ctx);
  if (!record || (machine && machine.id !== record.subject)) throw notFound('M2M token');
  if (!record.revoked) {
    record.revoked = true;
    record.revocation_reason = ctx.body?.revocation_reason ?? null;
    record.updated_at = ctx.store.now();
  }
  return m2mJSON(record, false, Date.now());
}

function verifyM2MToken(ctx: HandlerContext): unknown {
  const token = String(ctx.body.token);
  const record = [...ctx.store.m2mTokens.values()].find((t) => t.token === token);
  const machine = callingMachine(ctx);
  // Verified with a machine key, the token must be meant for that machine (or be its own).
  if (!record || (machine && machine.id !== record.subject && !record.scopes.includes(machine.id))) {
    throw refusal('M2M token', 'not_found');
  }
  if (record.revoked) throw refusal('M2M token', 'revoked');
  const now = ctx.store.now();
  if (isExpired(record, now)) throw refusal('M2M token', 'expired');
  record.last_used_at = now;
  return m2mJSON(record, false, now);
}

export const machineAuthHandlers: HandlerTable = {
  CreateMachine: (ctx) => {
    const machine = createMachineRecord(ctx.store, ctx.body);
    return { ...machineJSON(ctx.store, machine), secret_key: machine.secret_key };
  },
  GetMachine: (ctx) => machineJSON(ctx.store, requireMachine(ctx.store, ctx.params.machine_id)),
  ListMachines: listMachines,
  DeleteMachine: deleteMachine,
  GetMachineSecretKey: (ctx) => ({ object: 'machine_secret_key', secret: requireMachine(ctx.store, ctx.params.machine_id).secret_key }),
  createApiKey: (ctx) => apiKeyJSON(createApiKeyRecord(ctx.store, ctx.body), true, Date.now()),
  getApiKeys: listApiKeys,
  getApiKey: (ctx) => apiKeyJSON(requireApiKey(ctx.store, ctx.params.apiKeyID), false, Date.now()),
  updateApiKey,
  deleteApiKey: (ctx) => {
    const record = requireApiKey(ctx.store, ctx.params.apiKeyID);
    ctx.store.apiKeys.delete(record.id);
    return { id: record.id, object: 'api_key', deleted: true };
  },
  getApiKeySecret: (ctx) => ({ secret: requireApiKey(ctx.store, ctx.params.apiKeyID).secret }),
  revokeApiKey,
  verifyApiKey,
  createM2MToken,
  getM2MTokens: listM2MTokens,
  revokeM2MToken,
  verifyM2MToken,
};
