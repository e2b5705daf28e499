/**
 * A local emulator of Clerk's Backend API: an in-memory HTTP server on 127.0.0.1 that answers the way the real API
 * does for the resources apps use every day, so code (through this SDK or any HTTP client) can be run and tested
 * without a network or a Clerk instance.
 *
 * @example
 * ```ts
 * import { startEmulator } from '@clerk/clerk-sdk-node/testing';
 * import { createClerkClient } from '@clerk/clerk-sdk-node';
 *
 * const emulator = await startEmulator();
 * const clerk = createClerkClient({ apiUrl: emulator.url, secretKey: emulator.secretKey });
 * const user = await clerk.users.createUser({ emailAddress: ['ada@example.com'] });
 * await emulator.stop();
 * ```
 */
import { randomBytes } from 'node:crypto';
import { EmulatorError } from './errors';
import { seedMembers } from './resources/organizations';
import { createSessionRecord, requireSession, sessionTokenClaims } from './resources/sessions';
import { EmulatorServer, HANDLERS, type EmulatorExchange } from './server';
import { userJSON } from './serialize';
import type { SessionRecord } from './store';
import { newMessageId, newSigningSecret, post, signature } from './webhooks';

export type { EmulatorExchange } from './server';

/**
 * The operationIds (as in the Backend API spec) the emulator models; every other operation answers 501
 * `operation_not_implemented`.
 * @public
 */
export const EMULATED_OPERATIONS: readonly string[] = Object.freeze(Object.keys(HANDLERS).sort());

/**
 * A user to create, in the Backend API's wire format (the body of `POST /v1/users`), plus an optional fixed `id`.
 * @public
 */
export interface SeedUser {
  /** Fixed id for the user (for example `user_alice`), instead of a generated one. */
  id?: string;
  /** Email addresses; the first becomes primary. */
  email_address?: string[];
  /** Phone numbers in E.164 format; the first becomes primary. */
  phone_number?: string[];
  /** Web3 wallet addresses (0x followed by 40 hex digits). */
  web3_wallet?: string[];
  /** Unique username (4 to 64 characters). */
  username?: string;
  /** Plaintext password (at least 8 characters), stored as a scrypt hash. */
  password?: string;
  /** Given name. */
  first_name?: string;
  /** Family name. */
  last_name?: string;
  /** Your own unique id for the user. */
  external_id?: string;
  /** Metadata readable from the frontend. */
  public_metadata?: Record<string, unknown>;
  /** Metadata visible to the backend only. */
  private_metadata?: Record<string, unknown>;
  /** Metadata the frontend may also write. */
  unsafe_metadata?: Record<string, unknown>;
  /** Create the user already banned. */
  banned?: boolean;
  /** Create the user already locked. */
  locked?: boolean;
  /** Base32 TOTP secret, so `verify_totp` accepts codes from it. */
  totp_secret?: string;
  /** Backup codes `verify_totp` accepts once each. */
  backup_codes?: string[];
  /** Any other field `POST /v1/users` accepts. */
  [field: string]: unknown;
}

/**
 * An organization to create (the body of `POST /v1/organizations`), with an optional fixed `id` and members.
 * @public
 */
export interface SeedOrganization {
  /** Fixed id for the organization. */
  id?: string;
  /** Display name. */
  name: string;
  /** Unique slug (lowercase letters, digits and dashes); derived from the name when left out. */
  slug?: string;
  /** Id of the user who becomes the organization's first admin. */
  created_by?: string;
  /** Seat limit; 0 (the default) means unlimited. */
  max_allowed_memberships?: number;
  /** Metadata readable from the frontend. */
  public_metadata?: Record<string, unknown>;
  /** Metadata visible to the backend only. */
  private_metadata?: Record<string, unknown>;
  /** Members to add; `role` defaults to `org:member`. */
  memberships?: Array<{ user_id: string; role?: string; public_metadata?: Record<string, unknown>; private_metadata?: Record<string, unknown> }>;
  /** Domains to add (the body of `POST /v1/organizations/{id}/domains`). */
  domains?: Array<{ name: string; enrollment_mode?: string; verified?: boolean }>;
  /** Any other field `POST /v1/organizations` accepts. */
  [field: string]: unknown;
}

/**
 * Records to create at start or on `seed()`, in the Backend API's wire format (snake_case), in this order:
 * users, organizations, sessions, JWT templates, invitations, allowlist and blocklist identifiers, redirect URLs.
 * @public
 */
export interface SeedData {
  /** Users (the body of `POST /v1/users`). */
  users?: SeedUser[];
  /** Organizations, with their members and domains. */
  organizations?: SeedOrganization[];
  /** Sessions to open (the body of `POST /v1/sessions`), with an optional fixed `id` and id for the client that holds it. */
  sessions?: Array<{ id?: string; client_id?: string; user_id: string; active_organization_id?: string }>;
  /** JWT templates (the body of `POST /v1/jwt_templates`), with an optional fixed `id`. */
  jwt_templates?: Array<{ id?: string; name: string; claims: Record<string, unknown>; lifetime?: number; [field: string]: unknown }>;
  /** Application invitations (the body of `POST /v1/invitations`). */
  invitations?: Array<{ email_address: string; public_metadata?: Record<string, unknown>; [field: string]: unknown }>;
  /** Sign-up allowlist entries (emails, `*@domain` wildcards, phone numbers or wallets). */
  allowlist_identifiers?: Array<{ identifier: string; notify?: boolean }>;
  /** Sign-up blocklist entries. */
  blocklist_identifiers?: Array<{ identifier: string }>;
  /** Allowed redirect URLs. */
  redirect_urls?: Array<{ url: string }>;
}

/**
 * What `seed()` created: the wire objects the API would have answered, under the same keys as {@link SeedData}.
 * @public
 */
export type SeedResult = { [K in keyof SeedData]-?: Array<Record<string, any>> };

/**
 * Options of {@link startEmulator}.
 * @public
 */
export interface EmulatorOptions {
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /** Secret key requests must carry as `Authorization: Bearer …`; a random `sk_test_…` key by default. */
  secretKey?: string;
  /**
   * Further keys accepted as well as `secretKey`, for code that hard-codes a placeholder key (the documentation's
   * `'YOUR_SECRET_KEY'`, say) and should still run unchanged against the emulator.
   */
  additionalSecretKeys?: readonly string[];
  /** Records to create before the emulator answers its first request. */
  seed?: SeedData;
  /** Called after each answer (for logging, or to check answers against the spec in tests). */
  onResponse?: (exchange: EmulatorExchange) => void;
  /**
   * The `iss` claim of the session tokens it mints; `https://clerk.emulator.test` by default, which passes the
   * SDK's default issuer check (an issuer must start with `https://clerk.` or contain `.clerk.accounts`).
   */
  issuer?: string;
  /** The webhook signing secret (`whsec_` + base64); a random one by default. */
  webhookSigningSecret?: string;
}

/**
 * Options of {@link Emulator.createSessionToken}.
 * @public
 */
export interface CreateSessionTokenOptions {
  /** The user the token is for. A new active session is opened for them unless `sessionId` is given. */
  userId: string;
  /** An existing active session of that user to mint the token for, instead of opening a new one. */
  sessionId?: string;
  /** Organization to make active in the new session (the user must be a member); adds the `o` claim. */
  orgId?: string;
  /** Custom permissions (`org:<feature>:<permission>`) to encode in the `o` claim; the emulator models no custom roles. */
  orgPermissions?: readonly string[];
  /** The `azp` claim (the origin of the app the token was minted for); left out when not given. */
  authorizedParty?: string;
  /** Lifetime in whole seconds; 60 by default, as Clerk's session tokens. Lifetimes that end in the past are not possible. */
  expiresInSeconds?: number;
}

/**
 * A webhook event to sign (see {@link Emulator.signWebhook}).
 * @public
 */
export interface WebhookEventInput {
  /** Event type, such as `user.created` or `organization.updated`. */
  type: string;
  /**
   * The event's `data`, in the wire format (snake_case). Left out for a `user.*` event, the stored user with id
   * `userId` is used (for `user.deleted`, `{ id, object: 'user', deleted: true }`).
   */
  data?: Record<string, unknown>;
  /** The user whose stored JSON becomes `data` of a `user.*` event when `data` is left out. */
  userId?: string;
  /** The message id (`svix-id`); a random `msg_…` by default. */
  id?: string;
  /** When the delivery is signed, in Unix seconds (`svix-timestamp`); now by default. */
  timestamp?: number;
}

/**
 * A signed webhook delivery: the exact body and the three headers Clerk (through Svix) sends with it.
 * @public
 */
export interface SignedWebhook {
  /** The raw JSON body; verify exactly these bytes. */
  payload: string;
  /** The delivery headers. */
  headers: {
    /** The message id. */
    'svix-id': string;
    /** Unix seconds at signing. */
    'svix-timestamp': string;
    /** `v1,` followed by the base64 HMAC-SHA256 signature. */
    'svix-signature': string;
  };
}

/**
 * What {@link Emulator.deliverWebhook} got back from the endpoint, with what it sent.
 * @public
 */
export interface WebhookDelivery extends SignedWebhook {
  /** HTTP status the endpoint answered. */
  status: number;
  /** The endpoint's response body (at most the first megabyte). */
  body: string;
}

/**
 * A running emulator.
 * @public
 */
export interface Emulator {
  /** Base URL to use as the SDK's `apiUrl` or as `CLERK_API_URL` (operations live under `/v1`). */
  readonly url: string;
  /** The secret key the emulator accepts. */
  readonly secretKey: string;
  /** The port it listens on. */
  readonly port: number;
  /** Stops the server and closes open connections. Safe to call twice. */
  stop(): Promise<void>;
  /** Forgets every record; the URL, key and signing key stay. */
  reset(): void;
  /** Creates records (see {@link SeedData}); rejects with the API's error if one is refused. */
  seed(data: SeedData): Promise<SeedResult>;
  /** The `iss` claim of its session tokens. */
  readonly issuer: string;
  /**
   * The public half of its token signing key as a PEM (SPKI), the value users put in `CLERK_JWT_KEY` or the
   * `jwtKey` option to verify session tokens without a network call. Tokens are also verifiable with `/v1/jwks`.
   * The key pair is made on first use, so the first read may take some tens of milliseconds.
   */
  readonly jwtKey: string;
  /**
   * Mints a session token (an RS256 JWT with Clerk's version-2 claims) for a user, opening a session for them
   * unless `sessionId` names one. Rejects when the user, session or organization does not exist, the user is
   * banned or locked, or is not a member of `orgId`.
   */
  createSessionToken(options: CreateSessionTokenOptions): Promise<string>;
  /** The secret its webhooks are signed with (`whsec_` + base64), for `CLERK_WEBHOOK_SIGNING_SECRET`. */
  readonly webhookSigningSecret: string;
  /**
   * Signs a webhook event the way Clerk delivers it: a JSON body with `data`, `object: 'event'`, `type`, `timestamp`,
   * `instance_id` and `event_attributes` (`timestamp` in Unix milliseconds, as Clerk sends it) and the `svix-id`,
   * `svix-timestamp` and `svix-signature` headers (Standard Webhooks scheme, keyed with `webhookSigningSecret`).
   * Throws when `type` is empty, or when a `user.*` event has no `data` and no stored user `userId`.
   */
  signWebhook(event: WebhookEventInput): SignedWebhook;
  /**
   * Signs an event (as `signWebhook`) and POSTs it to `url`, which must be an `http://` loopback address
   * (127.0.0.1, localhost or [::1]). Resolves with the endpoint's status and body whatever the status; rejects on a
   * refused URL, a connection failure or no answer within `timeoutMs` (default 10 000).
   */
  deliverWebhook(url: string, event: WebhookEventInput, options?: { timeoutMs?: number }): Promise<WebhookDelivery>;
}

function generateSecretKey(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  for (const byte of randomBytes(40)) out += alphabet[byte % alphabet.length];
  return `sk_test_${out}`;
}

/** Seeds one record, naming the record when the API refuses it. */
async function seedOne(server: EmulatorServer, label: string, operationId: string, input: Parameters<EmulatorServer['execute']>[1]) {
  try {
    return await server.execute(operationId, input);
  } catch (error) {
    if (error instanceof EmulatorError) {
      const entry = error.entries[0]!;
      throw new Error(`Seeding ${label} failed: ${entry.code}: ${entry.long_message}`, { cause: error });
    }
    throw error;
  }
}

/** Gives the client that holds a freshly seeded session the id the seed data asked for. */
function moveClient(server: EmulatorServer, sessionId: string, clientId: string): void {
  const session = server.store.sessions.get(sessionId);
  const client = session && server.store.clients.get(session.client_id);
  if (!session || !client) return;
  if (server.store.clients.has(clientId)) throw new Error(`Seeding failed: a client with id ${clientId} already exists.`);
  server.store.clients.delete(session.client_id);
  client.id = clientId;
  server.store.clients.set(clientId, client);
  session.client_id = clientId;
}

function split<T extends { id?: string | undefined }>(item: T): { fixedId: string | undefined; body: Omit<T, 'id'> } {
  const { id, ...body } = item;
  return { fixedId: id, body };
}

async function seedAll(server: EmulatorServer, data: SeedData): Promise<SeedResult> {
  const result: SeedResult = {
    users: [],
    organizations: [],
    sessions: [],
    jwt_templates: [],
    invitations: [],
    allowlist_identifiers: [],
    blocklist_identifiers: [],
    redirect_urls: [],
  };
  for (const [i, user] of (data.users ?? []).entries()) {
    const { fixedId, body } = split(user);
    result.users.push(await seedOne(server, `users[${i}]`, 'CreateUser', { body, fixedId }));
  }
  for (const [i, org] of (data.organizations ?? []).entries()) {
    const { memberships = [], domains = [], ...rest } = org;
    const { fixedId, body } = split(rest);
    const created = await seedOne(server, `organizations[${i}]`, 'CreateOrganization', { body, fixedId });
    const record = { id: created.id as string };
    try {
      // Through transact, like every write, so it never interleaves with (or is undone by) another write.
      await server.transact(() => seedMembers(server.store, server.store.organizations.get(record.id)!, memberships));
    } catch (error) {
      if (error instanceof EmulatorError) {
        throw new Error(`Seeding organizations[${i}].memberships failed: ${error.entries[0]!.long_message}`, { cause: error });
      }
      throw error;
    }
    for (const [j, domain] of domains.entries()) {
      await seedOne(server, `organizations[${i}].domains[${j}]`, 'CreateOrganizationDomain', {
        params: { organization_id: record.id },
        body: domain,
      });
    }
    result.organizations.push(await server.execute('GetOrganization', { params: { organization_id: record.id } }));
  }
  for (const [i, session] of (data.sessions ?? []).entries()) {
    const { fixedId, body } = split(session);
    const { client_id: clientId, ...sessionBody } = body;
    const created = (await seedOne(server, `sessions[${i}]`, 'createSession', { body: sessionBody, fixedId })) as { id: string };
    if (clientId !== undefined) await server.transact(() => moveClient(server, created.id, clientId));
    result.sessions.push(await server.execute('GetSession', { params: { session_id: created.id } }));
  }
  for (const [i, template] of (data.jwt_templates ?? []).entries()) {
    const { fixedId, body } = split(template);
    result.jwt_templates.push(await seedOne(server, `jwt_templates[${i}]`, 'CreateJWTTemplate', { body, fixedId }));
  }
  const simple: Array<[keyof SeedData, string]> = [
    ['invitations', 'CreateInvitation'],
    ['allowlist_identifiers', 'CreateAllowlistIdentifier'],
    ['blocklist_identifiers', 'CreateBlocklistIdentifier'],
    ['redirect_urls', 'CreateRedirectURL'],
  ];
  for (const [key, operationId] of simple) {
    for (const [i, body] of ((data[key] ?? []) as unknown[]).entries()) {
      result[key].push(await seedOne(server, `${key}[${i}]`, operationId, { body }));
    }
  }
  return result;
}

/**
 * Starts an emulator of Clerk's Backend API on 127.0.0.1.
 * @param options - port (0 = any free port), secret key, seed data and an answer hook.
 * @returns The running emulator: its URL and key, and `stop`, `reset` and `seed`.
 * @throws If the port is taken, or if the seed data is refused (the error names the record).
 * @public
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const secretKey = options.secretKey ?? generateSecretKey();
  const issuer = options.issuer ?? DEFAULT_ISSUER;
  if (!/^https?:\/\/[^\s]+$/.test(issuer)) throw new TypeError(`startEmulator: issuer must be an http(s) URL, got ${JSON.stringify(issuer)}.`);
  const webhookSigningSecret = options.webhookSigningSecret ?? newSigningSecret();
  if (!/^whsec_[A-Za-z0-9+/]+={0,2}$/.test(webhookSigningSecret)) {
    throw new TypeError('startEmulator: webhookSigningSecret must be whsec_ followed by base64.');
  }
  const server = new EmulatorServer({
    port: options.port ?? 0,
    secretKeys: new Set([secretKey, ...(options.additionalSecretKeys ?? [])]),
    issuer,
    onResponse: options.onResponse,
  });
  await server.listen();
  if (options.seed) {
    try {
      await seedAll(server, options.seed);
    } catch (error) {
      await server.close();
      throw error;
    }
  }
  const url = server.baseUrl;
  const signWebhook = (event: WebhookEventInput): SignedWebhook => {
    if (typeof event?.type !== 'string' || event.type === '') throw new TypeError('signWebhook: the event needs a type, such as user.created.');
    let data = event.data;
    if (data === undefined && event.type.startsWith('user.')) {
      const user = event.userId === undefined ? undefined : server.store.users.get(event.userId);
      if (event.type === 'user.deleted' && event.userId !== undefined) data = { id: event.userId, object: 'user', deleted: true };
      else if (user) data = userJSON(server.store, user);
      else throw new TypeError(`signWebhook: a ${event.type} event needs data, or the id of a stored user as userId.`);
    }
    const id = event.id ?? newMessageId();
    const seconds = event.timestamp ?? Math.floor(Date.now() / 1000);
    const payload = JSON.stringify({
      data: data ?? {},
      event_attributes: { http_request: { client_ip: '127.0.0.1', user_agent: 'clerk-emulator' } },
      instance_id: server.store.instanceId,
      object: 'event',
      timestamp: seconds * 1000,
      type: event.type,
    });
    return {
      payload,
      headers: { 'svix-id': id, 'svix-timestamp': String(seconds), 'svix-signature': signature(webhookSigningSecret, id, seconds, payload) },
    };
  };
  return {
    url,
    secretKey,
    port: Number(new URL(url).port),
    issuer,
    get jwtKey() {
      return server.keys.pem;
    },
    webhookSigningSecret,
    stop: () => server.close(),
    reset: () => server.store.reset(),
    seed: (data) => seedAll(server, data),
    createSessionToken: (tokenOptions) => createSessionToken(server, tokenOptions),
    signWebhook,
    deliverWebhook: async (target, event, deliveryOptions = {}) => {
      const signed = signWebhook(event);
      const answer = await post(target, signed.payload, signed.headers, deliveryOptions.timeoutMs ?? 10_000);
      return { ...signed, ...answer };
    },
  };
}

/** The default `iss` of the emulator's session tokens. */
const DEFAULT_ISSUER = 'https://clerk.emulator.test';

async function createSessionToken(server: EmulatorServer, options: CreateSessionTokenOptions): Promise<string> {
  if (typeof options?.userId !== 'string' || options.userId === '') throw new TypeError('createSessionToken needs a userId.');
  const lifetime = options.expiresInSeconds;
  if (lifetime !== undefined && !(Number.isInteger(lifetime) && lifetime > 0 && lifetime <= 315_360_000)) {
    throw new TypeError('createSessionToken: expiresInSeconds must be a whole number of seconds above 0.');
  }
  let claims: Record<string, unknown>;
  try {
    claims = await server.transact(() => {
      const { store } = server;
      let session: SessionRecord;
      if (options.sessionId !== undefined) {
        session = requireSession(store, options.sessionId);
        if (session.user_id !== options.userId || session.status !== 'active') {
          throw new TypeError(`createSessionToken: ${options.sessionId} is not an active session of ${options.userId}.`);
        }
      } else {
        session = createSessionRecord(store, options.userId, { organizationId: options.orgId ?? null });
      }
      return sessionTokenClaims(store, server.issuer, session, {
        lifetime: options.expiresInSeconds,
        authorizedParty: options.authorizedParty,
        orgPermissions: options.orgPermissions,
      });
    });
  } catch (error) {
    if (error instanceof EmulatorError) {
      throw new Error(`createSessionToken failed: ${error.entries[0]!.code}: ${error.entries[0]!.long_message}`, { cause: error });
    }
    throw error;
  }
  return server.keys.sign(claims);
}
