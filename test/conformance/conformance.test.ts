/// <reference types="vite/client" />
// Calls every SDK method once, with arguments generated from the spec, and checks the request it sends against
// the operation in spec/bapi-2026-05-12.yml: HTTP method and path, every query key and body field
// known to the operation, required ones present, value types right, content type right, and nothing dropped.
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { toCamelCase } from '../../src/core/case';
import { createClerkClient } from '../../src/index';
import { TEST_API_URL, TEST_SECRET_KEY } from '../helpers/nock';
import { loadSpec, propertiesOf, readTsv, sample, validate, type SpecOperation, type SpecParameter } from '../spec/openapi';
import type { CallShape, CallShapes } from './types';

const shapeModules = import.meta.glob<{ shapes: CallShapes }>('./shapes/*.ts', { eager: true });
const SHAPES: CallShapes = Object.assign({}, ...Object.values(shapeModules).map((m) => m.shapes));

const { operations } = loadSpec();
const catalogue = readTsv('operations.tsv');

interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  contentType: string | undefined;
  body: string;
}

function pathValue(param: SpecParameter): string {
  const example = param.schema.example ?? (param as { example?: unknown }).example;
  if (typeof example === 'string' && example !== '') return example;
  if (Array.isArray(param.schema.enum)) return String(param.schema.enum[0]);
  // A slash and a space prove the id is percent-encoded into one segment.
  return `${param.name}-1/a b`;
}

function generate(op: SpecOperation, shape: CallShape): { params: Record<string, any>; body: unknown; pathValues: Record<string, string> } {
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

function camelTop(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [toCamelCase(k), v]));
}

function defaultArgs(op: SpecOperation, params: Record<string, any>): unknown[] {
  const pathNames = op.parameters.filter((p) => p.in === 'path').map((p) => toCamelCase(p.name));
  const order = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => toCamelCase(m[1] as string));
  const ids = order.filter((n) => pathNames.includes(n)).map((n) => params[n]);
  const rest = Object.fromEntries(Object.entries(params).filter(([k]) => !pathNames.includes(k)));
  return Object.keys(rest).length > 0 ? [...ids, rest] : ids;
}

function expectedPath(op: SpecOperation, pathValues: Record<string, string>): string {
  return op.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(pathValues[name] ?? ''));
}

function replyFor(op: SpecOperation): [number, string, Record<string, string>] {
  if (op.successStatus === 204 || op.successStatus === 202) return [op.successStatus, '', {}];
  if (!op.successSchema) return [op.successStatus, '<html><body>ok</body></html>', { 'content-type': 'text/html' }];
  return [op.successStatus, JSON.stringify(sample(op.successSchema, 'response')), { 'content-type': 'application/json' }];
}

function checkQuery(op: SpecOperation, shape: CallShape, params: Record<string, any>, query: URLSearchParams): string[] {
  const problems: string[] = [];
  const declared = new Map(op.parameters.filter((p) => p.in === 'query').map((p) => [p.name, p]));
  for (const key of new Set(query.keys())) {
    const param = declared.get(key);
    if (!param) {
      problems.push(`query key ${key} is not a parameter of ${op.operationId}`);
      continue;
    }
    const schema = param.schema;
    const values = query.getAll(key);
    const itemSchema = schema.type === 'array' ? (schema.items ?? {}) : schema;
    const flat = schema.type === 'array' && param.explode === false ? values.flatMap((v) => v.split(',')) : values;
    if (schema.type !== 'array' && values.length > 1) problems.push(`query key ${key} repeated but not an array`);
    for (const value of flat) problems.push(...checkScalar(`query ${key}`, itemSchema, value));
  }
  for (const param of declared.values()) {
    if (param.required && !query.has(param.name)) problems.push(`required query ${param.name} missing`);
    if (!(param.name in (shape.omit ?? {})) && params[toCamelCase(param.name)] !== undefined && !query.has(param.name)) {
      problems.push(`query ${param.name} was passed to the method but not sent`);
    }
  }
  return problems;
}

function checkScalar(label: string, schema: Record<string, any>, value: string): string[] {
  if (Array.isArray(schema.enum) && !schema.enum.map(String).includes(value)) return [`${label}: ${value} not in enum`];
  if (schema.type === 'integer' && !/^-?\d+$/.test(value)) return [`${label}: ${value} is not an integer`];
  if (schema.type === 'number' && Number.isNaN(Number(value))) return [`${label}: ${value} is not a number`];
  if (schema.type === 'boolean' && value !== 'true' && value !== 'false') return [`${label}: ${value} is not a boolean`];
  return [];
}

function checkBody(op: SpecOperation, shape: CallShape, body: unknown, request: Recorded): string[] {
  const rb = op.requestBody;
  const problems: string[] = [];
  if (!rb) {
    if (request.body !== '') problems.push(`${op.operationId} takes no body but one was sent`);
    return problems;
  }
  if (rb.contentType === 'multipart/form-data') {
    if (!request.contentType?.startsWith('multipart/form-data; boundary=')) problems.push(`content type ${request.contentType}, expected multipart`);
    const { properties, required } = propertiesOf(rb.schema);
    const sent = [...request.body.matchAll(/\bname="([^"]+)"/g)].map((m) => m[1] as string);
    for (const name of sent) if (!(name in properties)) problems.push(`form field ${name} unknown`);
    for (const name of required) if (!sent.includes(name)) problems.push(`required form field ${name} missing`);
    for (const name of Object.keys(properties)) if (!(name in (shape.omit ?? {})) && !sent.includes(name)) problems.push(`form field ${name} not sent`);
    return problems;
  }
  if (request.body === '') {
    if (rb.required || (body && typeof body === 'object' && Object.keys(body).length > 0)) problems.push('no JSON body sent');
    return problems;
  }
  if (request.contentType !== 'application/json') problems.push(`content type ${request.contentType}, expected application/json`);
  const json = JSON.parse(request.body);
  problems.push(...validate(rb.schema, json, 'body'));
  if (!Array.isArray(json)) {
    const { properties } = propertiesOf(rb.schema);
    for (const key of Object.keys(json)) if (!(key in properties)) problems.push(`body field ${key} unknown to ${op.operationId}`);
    for (const key of Object.keys(properties)) {
      if (!(key in (shape.omit ?? {})) && !(key in json)) problems.push(`body field ${key} was passed to the method but not sent`);
    }
  }
  return problems;
}

describe('every operation, called through its SDK method, sends what the spec describes', () => {
  const client = createClerkClient({ secretKey: TEST_SECRET_KEY, apiUrl: TEST_API_URL }) as unknown as Record<string, Record<string, unknown>>;

  for (const row of catalogue) {
    const key = `${row.resource}.${row.sdk_method}`;
    it(`${key} → ${row.operationId}`, async () => {
      const op = operations.get(row.operationId as string) as SpecOperation;
      const resource = client[row.resource as string];
      const method = resource?.[row.sdk_method as string];
      expect(typeof method, `${key} is not a method`).toBe('function');

      const shape = SHAPES[row.operationId as string] ?? SHAPES[key] ?? {};
      const { params, body, pathValues } = generate(op, shape);
      const args = shape.args ? shape.args(params, { body }) : defaultArgs(op, params);

      const recorded: Recorded[] = [];
      const [status, replyBody, headers] = replyFor(op);
      const scope = nock(TEST_API_URL).persist();
      for (const verb of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
        scope.intercept(/.*/, verb).reply(function (uri, requestBody) {
          const url = new URL(uri, TEST_API_URL);
          recorded.push({
            method: verb,
            path: url.pathname,
            query: url.searchParams,
            contentType: this.req.headers['content-type'] as string | undefined,
            body: typeof requestBody === 'string' ? requestBody : requestBody === undefined ? '' : JSON.stringify(requestBody),
          });
          return [status, replyBody, headers];
        });
      }
      try {
        await (method as (...a: unknown[]) => Promise<unknown>).apply(resource, args);
      } finally {
        nock.cleanAll();
      }

      const want = expectedPath(op, pathValues);
      const hits = recorded.filter((r) => r.method === op.method && r.path.replace(/^\/v1(?=\/)/, '') === want);
      expect(hits.length, `no ${op.method} ${want} among ${recorded.map((r) => `${r.method} ${r.path}`).join(', ')}`).toBeGreaterThan(0);
      const request = hits[hits.length - 1] as Recorded;
      const problems = [...checkQuery(op, shape, params, request.query), ...checkBody(op, shape, body, request)];
      expect(problems).toEqual([]);
    });
  }
});
