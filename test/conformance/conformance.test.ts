// Calls every SDK method once, with arguments generated from the spec, and checks the request it sends against
// the operation in spec/bapi-2026-05-12.yml: HTTP method and path, every query key and body field
// known to the operation, required ones present, value types right, content type right, and nothing dropped.
import { describe, expect, it } from 'vitest';
import { toCamelCase } from '../../src/core/case';
import { propertiesOf, validate, type SpecOperation } from '../spec/openapi';
import { caseOf, catalogue, hitsOf, record, type Recorded } from './harness';
import type { CallShape } from './types';

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
  for (const row of catalogue) {
    it(`${row.resource}.${row.sdk_method} → ${row.operationId}`, async () => {
      const c = caseOf(row);
      expect(typeof c.method, `${c.key} is not a method`).toBe('function');
      const { recorded, error } = await record(c.op, () => c.method.apply(c.resource, c.args));
      if (error) throw error;
      const hits = hitsOf(c, recorded);
      expect(hits.length, `no ${c.op.method} ${c.op.path} among ${recorded.map((r) => `${r.method} ${r.path}`).join(', ')}`).toBeGreaterThan(0);
      const request = hits[hits.length - 1] as Recorded;
      const problems = [...checkQuery(c.op, c.shape, c.params, request.query), ...checkBody(c.op, c.shape, c.body, request)];
      expect(problems).toEqual([]);
    });
  }
});
