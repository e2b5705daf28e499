import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  clone,
  isPlainObject,
  MAX_DEPTH,
  nestedDeeperThan,
  type Caller,
  type HandlerContext,
  type HandlerTable,
  type QueryValue,
  type UploadedFile,
} from './context';
import {
  EmulatorError,
  errorBody,
  type EmulatorErrorEntry,
  formatInvalid,
  invalidSecretKey,
  malformedJson,
  missingAuthorization,
  notImplemented,
  paramMissing,
  paramUnknown,
  routeNotFound,
  valueInvalid,
} from './errors';
import { SigningKeys } from './jwt';
import { identificationHandlers } from './resources/identifications';
import { identifierHandlers } from './resources/identifiers';
import { invitationHandlers } from './resources/invitations';
import { jwtTemplateHandlers } from './resources/jwtTemplates';
import { machineAuthHandlers } from './resources/machineAuth';
import { organizationHandlers } from './resources/organizations';
import { redirectUrlHandlers } from './resources/redirectUrls';
import { sessionHandlers } from './resources/sessions';
import { tokenHandlers } from './resources/tokens';
import { userHandlers } from './resources/users';
import type { BodyRule, FieldRule, RouteRow } from './routeTypes';
import { ROUTES } from './routes.generated';
import { Store } from './store';

/** Every operation the emulator models, by operationId. Everything else in the spec answers 501. */
export const HANDLERS: HandlerTable = {
  ...userHandlers,
  ...identificationHandlers,
  ...sessionHandlers,
  ...organizationHandlers,
  ...invitationHandlers,
  ...identifierHandlers,
  ...redirectUrlHandlers,
  ...tokenHandlers,
  ...jwtTemplateHandlers,
  ...machineAuthHandlers,
};

/**
 * One answer the emulator gave, as reported to `onResponse`.
 * @public
 */
export interface EmulatorExchange {
  /** HTTP method of the request. */
  method: string;
  /** Path of the request (without the query). */
  path: string;
  /** Query string of the request, without the leading `?` (empty when there was none). */
  query: string;
  /** The spec operation the request matched, or null when it matched none. */
  operationId: string | null;
  /** HTTP status of the answer. */
  status: number;
  /** Parsed JSON body of the answer. */
  body: unknown;
}

interface CompiledRoute {
  row: RouteRow;
  segments: string[];
  /** '0' for a literal segment, '1' for a parameter; literal-first routes win ("/users/count" over "/users/{id}"). */
  rank: string;
}

const COMPILED: CompiledRoute[] = ROUTES.map((row) => {
  const segments = row.p.split('/').filter(Boolean);
  return { row, segments, rank: segments.map((s) => (s.startsWith('{') ? '1' : '0')).join('') };
});
const BY_OPERATION = new Map(COMPILED.map((route) => [route.row.op, route]));

/**
 * The "bapi-proxy" operations: Clerk's SDKs call them at the API root, without `/v1` (the API answers at both), so
 * the emulator routes them at both too. Every other operation lives under `/v1` only.
 */
const ROOT_PREFIXES = ['api_keys', 'm2m_tokens', 'oauth_applications/access_tokens', 'admin_portal_link_tokens'];

/** Whether an operation is also served without `/v1`. */
export function servedAtRoot(pathTemplate: string): boolean {
  const bare = pathTemplate.replace(/^\/+/, '');
  return ROOT_PREFIXES.some((prefix) => bare === prefix || bare.startsWith(`${prefix}/`));
}

function matchRoute(method: string, segments: string[], rootOnly: boolean): { route: CompiledRoute; params: Record<string, string> } | undefined {
  let best: { route: CompiledRoute; params: Record<string, string> } | undefined;
  for (const route of COMPILED) {
    if (route.row.m !== method || route.segments.length !== segments.length) continue;
    if (rootOnly && !servedAtRoot(route.row.p)) continue;
    const params: Record<string, string> = {};
    let ok = true;
    for (let i = 0; i < segments.length; i++) {
      const template = route.segments[i]!;
      if (template.startsWith('{')) params[template.slice(1, -1)] = segments[i]!;
      else if (template !== segments[i]) {
        ok = false;
        break;
      }
    }
    if (ok && (!best || route.rank < best.route.rank)) best = { route, params };
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------------------
// Parameter checks driven by the spec's field list: unknown, missing and mistyped parameters are refused.

const TYPE_WORD: Record<string, string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'a boolean',
  object: 'an object',
  array: 'an array',
};

function typeMatches(type: string, value: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'object':
      return isPlainObject(value);
    case 'array':
      return Array.isArray(value);
    default:
      return true;
  }
}

function checkField(name: string, rule: FieldRule, value: unknown): void {
  if (!typeMatches(rule.t, value)) throw formatInvalid(name, `must be ${TYPE_WORD[rule.t] ?? rule.t}.`);
  if (rule.t === 'array') {
    (value as unknown[]).forEach((item, i) => {
      if (rule.i && !typeMatches(rule.i, item)) throw formatInvalid(`${name}[${i}]`, `must be ${TYPE_WORD[rule.i] ?? rule.i}.`);
      if (rule.e && !rule.e.includes(String(item))) throw valueInvalid(`${name}[${i}]`, `must be one of ${rule.e.join(', ')}.`);
    });
    return;
  }
  if (rule.e && !rule.e.includes(String(value))) throw valueInvalid(name, `must be one of ${rule.e.join(', ')}.`);
  if (typeof value === 'number') {
    if (rule.min !== undefined && value < rule.min) throw valueInvalid(name, `must be at least ${rule.min}.`);
    if (rule.max !== undefined && value > rule.max) throw valueInvalid(name, `must be at most ${rule.max}.`);
  }
}

function checkObject(fields: Readonly<Record<string, FieldRule>>, input: unknown, prefix: string): Record<string, unknown> {
  if (!isPlainObject(input)) throw new EmulatorError(400, 'malformed_request', 'malformed request', `${prefix || 'The request body'} must be a JSON object.`);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    const rule = Object.hasOwn(fields, key) ? fields[key] : undefined;
    if (!rule) throw paramUnknown(`${prefix}${key}`);
    // An explicit null on a field that cannot be null is read as "not sent".
    if (value === null && !rule.n) continue;
    if (value !== null) checkField(`${prefix}${key}`, rule, value);
    out[key] = value;
  }
  for (const [key, rule] of Object.entries(fields)) {
    if (rule.r && (out[key] === undefined || out[key] === null || out[key] === '')) throw paramMissing(`${prefix}${key}`);
  }
  return out;
}

function checkBody(rule: BodyRule | undefined, body: unknown): unknown {
  if (!rule || rule.kind === 'multipart') return body ?? {};
  if (rule.kind === 'array') {
    if (!Array.isArray(body)) {
      throw new EmulatorError(400, 'malformed_request', 'malformed request', 'The request body must be a JSON array.');
    }
    if (rule.min !== undefined && body.length < rule.min) throw valueInvalid('body', `needs at least ${rule.min} item(s).`);
    if (rule.max !== undefined && body.length > rule.max) throw valueInvalid('body', `takes at most ${rule.max} items.`);
    return body.map((item, i) => checkObject(rule.fields, item, `[${i}].`));
  }
  return checkObject(rule.fields, body ?? {}, '');
}

function checkQuery(rules: Readonly<Record<string, FieldRule>> | undefined, search: URLSearchParams): Record<string, QueryValue> {
  const out: Record<string, QueryValue> = {};
  for (const [name, rule] of Object.entries(rules ?? {})) {
    const values = search.getAll(name);
    if (values.length === 0) {
      if (rule.r) throw paramMissing(name);
      continue;
    }
    if (rule.t === 'array') {
      if (rule.e) for (const value of values) checkField(name, { t: 'string', e: rule.e }, value);
      out[name] = values;
      continue;
    }
    const raw = values[values.length - 1]!;
    if (rule.t === 'integer') {
      if (!/^-?\d+$/.test(raw)) throw formatInvalid(name, 'must be an integer.');
      const value = Number(raw);
      checkField(name, rule, value);
      out[name] = value;
    } else if (rule.t === 'number') {
      if (!/^-?\d+(\.\d+)?$/.test(raw)) throw formatInvalid(name, 'must be a number.');
      const value = Number(raw);
      checkField(name, rule, value);
      out[name] = value;
    } else if (rule.t === 'boolean') {
      if (raw !== 'true' && raw !== 'false') throw formatInvalid(name, 'must be true or false.');
      out[name] = raw === 'true';
    } else {
      checkField(name, { ...rule, t: 'string' }, raw);
      out[name] = raw;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Bodies.

const MAX_BODY = 10 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new EmulatorError(413, 'request_body_too_large', 'too large', 'The request body is larger than 10 MB.'));
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** A small multipart/form-data reader: text fields become body values, file parts are summarised. */
function parseMultipart(raw: Buffer, contentType: string): { fields: Record<string, string>; files: Record<string, UploadedFile> } {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!boundary) throw new EmulatorError(400, 'malformed_request', 'malformed request', 'The multipart body has no boundary.');
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const fields: Record<string, string> = {};
  const files: Record<string, UploadedFile> = {};
  let start = raw.indexOf(delimiter);
  while (start >= 0) {
    const next = raw.indexOf(delimiter, start + delimiter.length);
    if (next < 0) break;
    const part = raw.subarray(start + delimiter.length + 2, next - 2);
    const split = part.indexOf('\r\n\r\n');
    if (split >= 0) {
      const headers = part.subarray(0, split).toString('utf8');
      const content = part.subarray(split + 4);
      const name = /name="([^"]*)"/i.exec(headers)?.[1];
      const filename = /filename="([^"]*)"/i.exec(headers)?.[1];
      const type = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1] ?? 'application/octet-stream';
      if (name !== undefined) {
        if (filename !== undefined) files[name] = { filename, contentType: type, size: content.length };
        else fields[name] = content.toString('utf8');
      }
    }
    start = next;
  }
  return { fields, files };
}

// ---------------------------------------------------------------------------------------------------------------
// The server.

export interface ServerOptions {
  port: number;
  /** Every key a request may present as its bearer token. */
  secretKeys: ReadonlySet<string>;
  /** The `iss` claim of the session tokens it mints. */
  issuer: string;
  onResponse?: ((exchange: EmulatorExchange) => void) | undefined;
}

/** A write that failed half-way must leave nothing behind: writes run one at a time, and a failed one is undone. */
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Everything one emulator owns: its store, keys and HTTP server. */
export class EmulatorServer {
  readonly store = new Store();
  readonly keys = new SigningKeys();
  readonly #options: ServerOptions;
  readonly #server: Server;
  #baseUrl = '';
  #closing: Promise<void> | undefined;
  #writes: Promise<unknown> = Promise.resolve();

  constructor(options: ServerOptions) {
    this.#options = options;
    this.#server = createServer((req, res) => {
      // A failure after the answer started (a socket closed by stop(), say) must not become an unhandled rejection.
      this.#handle(req, res).catch(() => res.destroy());
    });
  }

  get baseUrl(): string {
    return this.#baseUrl;
  }

  get issuer(): string {
    return this.#options.issuer;
  }

  listen(): Promise<void> {
    return new Promise((resolve, reject) => {
      const onError = (error: Error) => reject(error);
      this.#server.once('error', onError);
      this.#server.listen(this.#options.port, '127.0.0.1', () => {
        this.#server.off('error', onError);
        const address = this.#server.address() as AddressInfo;
        this.#baseUrl = `http://127.0.0.1:${address.port}`;
        resolve();
      });
    });
  }

  close(): Promise<void> {
    this.#closing ??= new Promise((resolve) => {
      if (!this.#server.listening) return resolve();
      this.#server.close(() => resolve());
      // Idle keep-alive sockets (and any in flight) would otherwise hold close() open until clients let go.
      this.#server.closeAllConnections();
    });
    return this.#closing;
  }

  /**
   * Runs `work` as one write: after every earlier write has finished, and undone (the store put back as it was)
   * when it throws. The answer is serialised inside, so an answer that cannot be written undoes the write too.
   */
  transact<T>(work: () => T | Promise<T>): Promise<T> {
    const run = this.#writes.then(async () => {
      const snapshot = this.store.begin();
      try {
        const result = await work();
        this.store.end(snapshot, false);
        return result;
      } catch (error) {
        this.store.end(snapshot, true);
        throw error;
      }
    });
    this.#writes = run.catch(() => undefined);
    return run;
  }

  /** Runs an operation without HTTP (seed data, the Emulator helpers): same checks, same handlers, one write. */
  async execute(operationId: string, input: { params?: Record<string, string>; body?: unknown; fixedId?: string | undefined; caller?: Caller }): Promise<any> {
    const route = BY_OPERATION.get(operationId);
    const handler = HANDLERS[operationId];
    if (!route || !handler) throw new Error(`unknown operation ${operationId}`);
    checkDepth(input.body);
    return this.transact(async () => {
      const ctx = this.#context(route.row, input.params ?? {}, new URLSearchParams(), input.body, {}, input.caller ?? INSTANCE, input.fixedId);
      return clone(await handler(ctx));
    });
  }

  #context(
    row: RouteRow,
    params: Record<string, string>,
    search: URLSearchParams,
    body: unknown,
    files: Record<string, UploadedFile>,
    caller: Caller,
    fixedId?: string,
  ): HandlerContext {
    const query = checkQuery(row.q, search);
    let checked = checkBody(row.b, body);
    if (row.b?.kind === 'multipart') {
      for (const [name, rule] of Object.entries(row.b.fields)) {
        if (rule.r && !(name in files) && (checked as Record<string, unknown>)[name] === undefined) throw paramMissing(name);
      }
      checked = { ...(checked as object) };
    }
    return {
      params,
      query,
      body: checked,
      files,
      store: this.store,
      keys: this.keys,
      baseUrl: this.#baseUrl,
      issuer: this.#options.issuer,
      caller,
      fixedId,
    };
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://emulator.invalid');
    const path = url.pathname.replace(/\/+$/, '') || '/';
    let operationId: string | null = null;
    let status = 200;
    let text: string;
    let route: CompiledRoute | undefined;
    try {
      const raw = await readBody(req);
      const versioned = path.startsWith('/v1/');
      let segments: string[];
      try {
        segments = (versioned ? path.slice(3) : path).split('/').filter(Boolean).map(decodeURIComponent);
      } catch {
        throw routeNotFound(method, path);
      }
      const match = matchRoute(method, segments, !versioned);
      if (!match) throw routeNotFound(method, path);
      route = match.route;
      const { params } = match;
      operationId = route.row.op;
      const caller = route.row.pub ? INSTANCE : this.#authenticate(req, route.row);
      const handler = HANDLERS[route.row.op];
      if (!handler) throw notImplemented(route.row.op, route.row.m, route.row.p);

      let parsed: unknown;
      let files: Record<string, UploadedFile> = {};
      const contentType = req.headers['content-type'] ?? '';
      if (/^multipart\/form-data/i.test(contentType)) {
        const form = parseMultipart(raw, contentType);
        parsed = form.fields;
        files = form.files;
      } else if (raw.length > 0 && method !== 'GET') {
        try {
          parsed = JSON.parse(raw.toString('utf8'));
        } catch {
          throw malformedJson();
        }
      }
      checkDepth(parsed);
      const run = async () => JSON.stringify(await handler(this.#context(route!.row, params, url.searchParams, parsed, files, caller)));
      text = WRITE_METHODS.has(method) ? await this.transact(run) : await run();
      if (route.row.op === 'createM2MToken') status = 201;
    } catch (error) {
      let entries: EmulatorErrorEntry[];
      if (error instanceof EmulatorError) {
        status = error.status;
        entries = error.entries;
        // The bapi-proxy operations answer a malformed parameter with 400, as their spec entries document.
        if (status === 422 && route && servedAtRoot(route.row.p)) status = 400;
      } else {
        status = 500;
        const detail = error instanceof Error ? error.message : String(error);
        entries = [{ code: 'internal_clerk_error', message: 'Something went wrong', long_message: `Emulator failure: ${detail}` }];
      }
      text = JSON.stringify(errorBody(entries));
    }
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
    try {
      this.#options.onResponse?.({ method, path, query: url.search.replace(/^\?/, ''), operationId, status, body: JSON.parse(text) });
    } catch (error) {
      process.emitWarning(`clerk emulator: onResponse threw: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Checks the bearer key: an instance secret key, or (for the M2M operations) a machine's secret key. */
  #authenticate(req: IncomingMessage, row: RouteRow): Caller {
    const header = req.headers.authorization;
    if (!header) throw missingAuthorization();
    const match = /^Bearer\s+(.+)$/i.exec(header.trim());
    const key = match?.[1];
    if (key !== undefined && this.#options.secretKeys.has(key)) return INSTANCE;
    if (key !== undefined && row.p.startsWith('/m2m_tokens')) {
      for (const machine of this.store.machines.values()) {
        if (machine.secret_key === key) return { kind: 'machine', machineId: machine.id };
      }
    }
    throw invalidSecretKey();
  }
}

const INSTANCE: Caller = { kind: 'instance' };

/** Refuses a body nested deeper than MAX_DEPTH before anything reads it. */
function checkDepth(body: unknown): void {
  if (nestedDeeperThan(body, MAX_DEPTH)) {
    throw new EmulatorError(
      422,
      'form_param_nesting_too_deep',
      'is nested too deeply',
      `The request body nests objects and arrays more than ${MAX_DEPTH} levels deep.`,
    );
  }
}
