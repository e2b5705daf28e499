// Shared by the spec-driven conformance tests: the catalogue rows, the client, argument generation from the spec
// (one value per parameter of the operation), the sample replies, and a recorder of what an SDK call sent.
/// <reference types="vite/client" />
import nock from 'nock';
import { toCamelCase } from '../../src/core/case';
import { createClerkClient } from '../../src/index';
import { TEST_API_URL, TEST_SECRET_KEY } from '../helpers/nock';
import { loadSpec, propertiesOf, readTsv, sample, type SpecOperation, type SpecParameter } from '../spec/openapi';
import { apiSignatures, implementationParams, type MethodSignature } from './signatures';
import type { CallShape, CallShapes } from './types';

const shapeModules = import.meta.glob<{ shapes: CallShapes }>('./shapes/*.ts', { eager: true });
export const SHAPES: CallShapes = Object.assign({}, ...Object.values(shapeModules).map((m) => m.shapes));

export const { operations } = loadSpec();
export const catalogue = readTsv('operations.tsv');

/** The client every conformance call goes through, indexed loosely (resource → method). */
export const client = createClerkClient({ secretKey: TEST_SECRET_KEY, apiUrl: TEST_API_URL }) as unknown as Record<string, Record<string, unknown>>;

/** One catalogue row, resolved: its operation, the SDK method, the generated arguments and the method's signature. */
export interface Case {
  key: string;
  op: SpecOperation;
  resource: Record<string, unknown>;
  method: (...args: unknown[]) => unknown;
  shape: CallShape;
  params: Record<string, any>;
  body: unknown;
  pathValues: Record<string, string>;
  args: unknown[];
  signature: MethodSignature | undefined;
}

/** Resolves a catalogue row (the method is undefined when the client lacks it; the tests say so). */
export function caseOf(row: Record<string, string | undefined>): Case {
  const key = `${row.resource}.${row.sdk_method}`;
  const op = operations.get(row.operationId as string) as SpecOperation;
  const resource = client[row.resource as string] as Record<string, unknown>;
  const method = resource?.[row.sdk_method as string] as Case['method'];
  const shape = SHAPES[row.operationId as string] ?? SHAPES[key] ?? {};
  const { params, body, pathValues } = generate(op, shape);
  const args = shape.args ? shape.args(params, { body }) : defaultArgs(op, params);
  const className = (resource?.constructor as { name?: string } | undefined)?.name;
  const signature = apiSignatures().get(`${className}.${row.sdk_method}`);
  return { key, op, resource, method, shape, params, body, pathValues, args, signature };
}

/** Where the per-call options go in the method's argument list (its last parameter). */
export function optionsIndex(c: Case): number {
  if (!c.signature) throw new Error(`no signature found for ${c.key}`);
  return implementationParams(c.signature).length - 1;
}

/** `args` with `options` placed at the method's options position (missing optional arguments left undefined). */
export function withOptions(c: Case, args: unknown[], options: unknown): unknown[] {
  const at = optionsIndex(c);
  if (args.length > at) throw new Error(`${c.key} is called with ${args.length} arguments, but its options are argument ${at + 1}`);
  const out = [...args];
  while (out.length < at) out.push(undefined);
  out.push(options);
  return out;
}

/** A reply for one recorded request: status, body and headers. */
export type Reply = (request: Recorded) => [number, string, Record<string, string>];

/**
 * Runs `call` against a nock host that records every request and answers each with `reply` (by default the
 * sample success body of `op`). Gives back what was sent and how the call settled.
 */
export async function record(
  op: SpecOperation,
  call: () => unknown,
  reply: Reply = () => replyFor(op),
): Promise<{ recorded: Recorded[]; result?: unknown; error?: unknown; threw: boolean }> {
  const recorded: Recorded[] = [];
  const scope = nock(TEST_API_URL).persist();
  for (const verb of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
    scope.intercept(/.*/, verb).reply(function (uri, requestBody) {
      const url = new URL(uri, TEST_API_URL);
      const entry: Recorded = {
        method: verb,
        path: url.pathname,
        query: url.searchParams,
        contentType: this.req.headers['content-type'] as string | undefined,
        body: typeof requestBody === 'string' ? requestBody : requestBody === undefined ? '' : JSON.stringify(requestBody),
        headers: { ...this.req.headers },
      };
      recorded.push(entry);
      return reply(entry);
    });
  }
  try {
    let pending: unknown;
    try {
      pending = call();
    } catch (error) {
      return { recorded, error, threw: true };
    }
    try {
      return { recorded, result: await pending, threw: false };
    } catch (error) {
      return { recorded, error, threw: false };
    }
  } finally {
    nock.cleanAll();
  }
}

/** The requests among `recorded` that are the operation itself (the `/v1` prefix, when sent, ignored). */
export function hitsOf(c: Case, recorded: Recorded[]): Recorded[] {
  const want = expectedPath(c.op, c.pathValues);
  return recorded.filter((r) => r.method === c.op.method && r.path.replace(/^\/v1(?=\/)/, '') === want);
}

/** The JSON body schema's required fields (none for multipart or bodiless operations). */
export function requiredBodyFields(op: SpecOperation): string[] {
  if (op.requestBody?.contentType !== 'application/json') return [];
  return [...propertiesOf(op.requestBody.schema).required];
}

export interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  contentType: string | undefined;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

export function pathValue(param: SpecParameter): string {
  const example = param.schema.example ?? (param as { example?: unknown }).example;
  if (typeof example === 'string' && example !== '') return example;
  if (Array.isArray(param.schema.enum)) return String(param.schema.enum[0]);
  // A slash and a space prove the id is percent-encoded into one segment.
  return `${param.name}-1/a b`;
}

export function generate(op: SpecOperation, shape: CallShape): { params: Record<string, any>; body: unknown; pathValues: Record<string, string> } {
  const params: Record<string, any> = {};
  const pathValues: Record<string, string> = {};
  for (const p of op.parameters) {
    if (p.in === 'path') {
      pathValues[p.name] = shape.path?.[p.name] ?? pathValue(p);
      params[toCamelCase(p.name)] = pathValues[p.name];
    } else if (p.in === 'query') {
      params[toCamelCase(p.name)] = sample(p.schema, p.name);
    }
  }
  let body: unknown;
  const rb = op.requestBody;
  if (rb?.contentType === 'multipart/form-data') {
    const { properties } = propertiesOf(rb.schema);
    const form: Record<string, unknown> = {};
    for (const [key, schema] of Object.entries(properties)) {
      form[toCamelCase(key)] = schema.format === 'binary' ? new Blob(['file-bytes'], { type: 'image/png' }) : sample(schema, key);
    }
    Object.assign(params, form);
    body = form;
  } else if (rb) {
    const raw = sample(rb.schema, 'body');
    if (Array.isArray(raw)) {
      body = raw.map((item) => (item && typeof item === 'object' ? camelTop(item) : item));
    } else if (raw && typeof raw === 'object') {
      body = camelTop(raw);
      Object.assign(params, body);
    }
  }
  return { params, body, pathValues };
}

export function camelTop(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [toCamelCase(k), v]));
}

export function defaultArgs(op: SpecOperation, params: Record<string, any>): unknown[] {
  const pathNames = op.parameters.filter((p) => p.in === 'path').map((p) => toCamelCase(p.name));
  const order = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => toCamelCase(m[1] as string));
  const ids = order.filter((n) => pathNames.includes(n)).map((n) => params[n]);
  const rest = Object.fromEntries(Object.entries(params).filter(([k]) => !pathNames.includes(k)));
  return Object.keys(rest).length > 0 ? [...ids, rest] : ids;
}

export function expectedPath(op: SpecOperation, pathValues: Record<string, string>): string {
  return op.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(pathValues[name] ?? ''));
}

export function replyFor(op: SpecOperation): [number, string, Record<string, string>] {
  if (op.successStatus === 204 || op.successStatus === 202) return [op.successStatus, '', {}];
  if (!op.successSchema) return [op.successStatus, '<html><body>ok</body></html>', { 'content-type': 'text/html' }];
  return [op.successStatus, JSON.stringify(sample(op.successSchema, 'response')), { 'content-type': 'application/json' }];
}
