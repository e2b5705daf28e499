// Reads Clerk's published Backend API spec from the repository's spec/ folder (see spec/README.md for where each
// file came from), and offers what the spec-driven tests need: operations, $ref resolution, sample values and a validator for
// the subset of JSON Schema the spec uses.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The repository's spec/ folder: the vendored specs and operation tables. */
export const SPEC_DIR = new URL('../../spec/', import.meta.url);
export const SPEC_URL = new URL('bapi-2026-05-12.yml', SPEC_DIR);

export type Schema = Record<string, any>;

export interface SpecParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: Schema;
  explode?: boolean;
  style?: string;
}

export interface SpecOperation {
  operationId: string;
  method: string;
  path: string;
  parameters: SpecParameter[];
  requestBody?: { contentType: string; schema: Schema; required: boolean };
  successStatus: number;
  successSchema?: Schema;
  successContentType?: string;
  deprecated: boolean;
}

let cached: { doc: any; operations: Map<string, SpecOperation> } | undefined;

export function loadSpec(): { doc: any; operations: Map<string, SpecOperation> } {
  if (cached) return cached;
  const doc = parse(readFileSync(SPEC_URL, 'utf8'), { maxAliasCount: -1 });
  const operations = new Map<string, SpecOperation>();
  for (const [path, item] of Object.entries<any>(doc.paths)) {
    const shared: any[] = item.parameters ?? [];
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      const op = item[method];
      if (!op) continue;
      const params = new Map<string, SpecParameter>();
      for (const raw of [...shared, ...(op.parameters ?? [])]) {
        const p = deref(doc, raw);
        params.set(`${p.in}:${p.name}`, { ...p, required: p.required === true, schema: deref(doc, p.schema ?? {}) });
      }
      let requestBody: SpecOperation['requestBody'];
      if (op.requestBody) {
        const body = deref(doc, op.requestBody);
        const [contentType, media] = Object.entries<any>(body.content ?? {})[0] ?? [];
        if (contentType) requestBody = { contentType, schema: deref(doc, media.schema ?? {}), required: body.required === true };
      }
      const codes = Object.keys(op.responses ?? {})
        .filter((c) => /^2\d\d$/.test(c))
        .sort();
      const code = codes[0] ?? '200';
      const response = deref(doc, op.responses?.[code] ?? {});
      const [successContentType, media] = Object.entries<any>(response.content ?? {})[0] ?? [];
      operations.set(op.operationId, {
        operationId: op.operationId,
        method: method.toUpperCase(),
        path,
        parameters: [...params.values()],
        requestBody,
        successStatus: Number(code),
        successSchema: media?.schema ? deref(doc, media.schema) : undefined,
        successContentType,
        deprecated: op.deprecated === true,
      });
    }
  }
  cached = { doc, operations };
  return cached;
}

/** Follows `$ref`s (local ones only, which is all the spec has). */
export function deref(doc: any, node: any): any {
  let current = node;
  for (let i = 0; current && typeof current === 'object' && typeof current.$ref === 'string' && i < 50; i++) {
    const parts = (current.$ref as string)
      .replace(/^#\//, '')
      .split('/')
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    current = parts.reduce((acc: any, key) => acc?.[key], doc);
  }
  return current;
}

export function schemaNamed(name: string): Schema {
  const { doc } = loadSpec();
  const schema = doc.components.schemas[name];
  if (!schema) throw new Error(`no schema ${name} in the spec`);
  return schema;
}

/** Names of the component schemas reachable from the success responses of the given operations (all by default). */
export function responseSchemaNames(): Set<string> {
  const { doc } = loadSpec();
  const names = new Set<string>();
  const visit = (node: any, seen: Set<any>): void => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (typeof node.$ref === 'string') {
      const match = /^#\/components\/(schemas|responses)\/(.+)$/.exec(node.$ref);
      if (match?.[1] === 'schemas') names.add(match[2] as string);
      visit(deref(doc, node), seen);
      return;
    }
    for (const value of Object.values(node)) visit(value, seen);
  };
  for (const item of Object.values<any>(doc.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      const op = item[method];
      if (!op) continue;
      for (const [code, response] of Object.entries<any>(op.responses ?? {})) {
        if (/^2\d\d$/.test(code)) visit(response, new Set());
      }
    }
  }
  return names;
}

/** Object properties of a schema, merging allOf members. */
export function propertiesOf(schema: Schema): { properties: Record<string, Schema>; required: Set<string> } {
  const { doc } = loadSpec();
  const s = deref(doc, schema);
  const properties: Record<string, Schema> = {};
  const required = new Set<string>();
  for (const part of [s, ...((s?.allOf as Schema[]) ?? []).map((p) => deref(doc, p))]) {
    if (part !== s && part?.allOf) {
      const nested = propertiesOf(part);
      Object.assign(properties, nested.properties);
      for (const r of nested.required) required.add(r);
    }
    for (const [key, value] of Object.entries<Schema>(part?.properties ?? {})) properties[key] = deref(doc, value);
    for (const key of (part?.required as string[]) ?? []) required.add(key);
  }
  return { properties, required };
}

/**
 * Builds a value that satisfies the schema: the schema's own example where it has one that validates, else one made
 * from its type, enum or format. Every declared property is filled in, so nothing can be silently dropped later.
 * A schema that refers back to itself is cut off at the second visit.
 */
export function sample(schema: Schema, hint = 'value', stack: readonly string[] = []): any {
  const { doc } = loadSpec();
  let nextStack = stack;
  if (schema && typeof schema.$ref === 'string') {
    if (stack.includes(schema.$ref)) return null;
    nextStack = [...stack, schema.$ref];
  }
  const s = deref(doc, schema) ?? {};
  if (s.example !== undefined && nextStack.length > 1 && validate(s, s.example).length === 0) return s.example;
  if (s.allOf) {
    const merged: Record<string, unknown> = {};
    for (const part of s.allOf) Object.assign(merged, sample(part, hint, nextStack));
    const own = { ...s };
    delete own.allOf;
    if (own.properties) Object.assign(merged, sample({ ...own, type: 'object' }, hint, nextStack));
    return merged;
  }
  if (s.oneOf || s.anyOf) {
    const { oneOf, anyOf, ...base } = s;
    const first = deref(doc, (oneOf ?? anyOf)[0]);
    // Alternatives that only add constraints (`required: [...]`) refine the base schema rather than replace it.
    const constraintOnly = !first.type && !first.properties && !first.$ref && !first.allOf && (base.type || base.properties);
    const required = [...(base.required ?? []), ...(first.required ?? [])];
    return constraintOnly
      ? sample({ ...base, ...first, required, properties: base.properties }, hint, nextStack)
      : sample((oneOf ?? anyOf)[0], hint, nextStack);
  }
  if (Array.isArray(s.enum) && s.enum.length > 0) return s.enum.find((v: unknown) => v !== null) ?? s.enum[0];
  const type = Array.isArray(s.type) ? s.type.find((t: string) => t !== 'null') : s.type;
  switch (type) {
    case 'string':
      if (s.format === 'date-time') return '2026-05-12T10:00:00Z';
      if (s.format === 'binary') return 'binary';
      if (s.format === 'email' || /email/.test(hint)) return 'ada@example.com';
      if (/url/.test(hint)) return 'https://example.com/callback';
      return `${hint}_sample`;
    case 'integer':
      return s.minimum !== undefined && s.minimum > 1 ? s.minimum : /_at$|time/.test(hint) ? 1716900000000 : 1;
    case 'number':
      return s.minimum !== undefined && s.minimum > 1.5 ? s.minimum : 1.5;
    case 'boolean':
      return true;
    case 'array': {
      const item = sample(s.items ?? {}, hint, nextStack);
      return item === null ? [] : [item];
    }
    default: {
      if (type === 'object' || s.properties || s.additionalProperties !== undefined) {
        const out: Record<string, unknown> = {};
        for (const [key, value] of Object.entries<Schema>(s.properties ?? {})) out[key] = sample(value, key, nextStack);
        // The spec sometimes requires a key it never declares; give it a value so the sample stays valid.
        for (const key of (s.required as string[]) ?? []) if (!(key in out)) out[key] = `${key}_sample`;
        // A free-form map gets one user key; its value follows additionalProperties when that gives a type.
        const valueSchema = deref(doc, s.additionalProperties);
        const typed = valueSchema && typeof valueSchema === 'object' && (valueSchema.type || valueSchema.properties || valueSchema.enum);
        if (!s.properties && s.additionalProperties !== false)
          out.someUserKey = typed ? sample(s.additionalProperties, 'someUserKey', nextStack) : { nested_key: 'kept as is' };
        return out;
      }
      return 'untyped';
    }
  }
}

/** Follows `$ref`s, keeping a `nullable: true` written beside a `$ref` on the way. */
function derefNullable(doc: any, schema: Schema): Schema {
  let current = schema ?? {};
  let nullable = false;
  for (let i = 0; current && typeof current.$ref === 'string' && i < 50; i++) {
    nullable ||= current.nullable === true;
    current = deref(doc, { $ref: current.$ref });
  }
  return nullable ? { ...current, nullable: true } : current;
}

/**
 * Merges allOf branches (recursively) into one object schema, which is how the spec means them: properties and
 * required lists are unioned, and the merged object is closed when any branch is.
 */
function flatten(doc: any, schemaIn: Schema): Schema {
  const schema = derefNullable(doc, schemaIn);
  if (!Array.isArray(schema.allOf)) return schema;
  const { allOf, ...own } = schema;
  const merged: Schema = { ...own, properties: { ...(own.properties ?? {}) }, required: [...(own.required ?? [])] };
  let closed = own.additionalProperties === false;
  for (const branch of allOf as Schema[]) {
    const flat = flatten(doc, branch);
    Object.assign(merged.properties, flat.properties ?? {});
    merged.required.push(...(flat.required ?? []));
    if (flat.additionalProperties === false) closed = true;
    if (flat.type && !merged.type) merged.type = flat.type;
    if (Array.isArray(flat.oneOf) && !merged.oneOf) merged.oneOf = flat.oneOf;
    if (Array.isArray(flat.anyOf) && !merged.anyOf) merged.anyOf = flat.anyOf;
    if (Array.isArray(flat.enum) && !merged.enum) merged.enum = flat.enum;
  }
  if (closed) merged.additionalProperties = false;
  return merged;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/**
 * Validates a value against the subset of JSON Schema (OpenAPI 3.0) the spec uses: type, properties, required,
 * nullable, enum, items, $ref, allOf/oneOf/anyOf and additionalProperties. It is strict where the spec is: null only
 * where `nullable: true` says so, a oneOf must match exactly one branch, allOf branches merge into one object that is
 * closed when any branch is. Every suite (conformance, mapping, fixtures, emulator) uses this one. Returns readable
 * problems (empty = valid).
 */
export function validate(schemaIn: Schema, value: unknown, at = '$'): string[] {
  const { doc } = loadSpec();
  const schema = flatten(doc, schemaIn);
  if (value === null) return schema.nullable === true ? [] : [`${at}: null is not allowed`];
  const errors: string[] = [];
  if (Array.isArray(schema.oneOf)) {
    const passing = (schema.oneOf as Schema[]).filter((branch) => validate(branch, value, at).length === 0).length;
    if (passing !== 1) errors.push(`${at}: matches ${passing} oneOf branches, expected exactly 1`);
  }
  if (Array.isArray(schema.anyOf)) {
    if (!(schema.anyOf as Schema[]).some((branch) => validate(branch, value, at).length === 0)) errors.push(`${at}: matches no anyOf branch`);
  }
  const actual = typeOf(value);
  const type = schema.type ?? (schema.properties ? 'object' : undefined);
  if (type) {
    const ok = type === actual || (type === 'number' && actual === 'integer');
    if (!ok) return [...errors, `${at}: expected ${type}, got ${actual}`];
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) {
    errors.push(`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  }
  if (actual === 'array' && schema.items) {
    (value as unknown[]).forEach((item, i) => {
      errors.push(...validate(schema.items, item, `${at}[${i}]`));
    });
  }
  if (actual === 'object') {
    const record = value as Record<string, unknown>;
    const properties: Record<string, Schema> = schema.properties ?? {};
    for (const key of schema.required ?? []) if (!(key in record)) errors.push(`${at}: missing required ${key}`);
    for (const [key, item] of Object.entries(record)) {
      if (properties[key]) errors.push(...validate(properties[key], item, `${at}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${at}: unexpected property ${key}`);
      else if (typeof schema.additionalProperties === 'object') errors.push(...validate(schema.additionalProperties, item, `${at}.${key}`));
    }
  }
  return errors;
}

/** Rows of a TSV file in spec/, as objects keyed by the header. */
export function readTsv(name: string): Array<Record<string, string>> {
  const [header, ...lines] = readFileSync(new URL(name, SPEC_DIR), 'utf8').trimEnd().split('\n');
  const keys = (header as string).split('\t');
  return lines.map((line) => Object.fromEntries(line.split('\t').map((v, i) => [keys[i], v])));
}

/** FNV-1a over the text: a stable 32-bit number for a sample path. */
export function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The schema a sample is built from once `$ref`s, nullability and a leading oneOf/anyOf choice are looked through. */
function leafOf(schema: Schema): Schema {
  const { doc } = loadSpec();
  let s = deref(doc, schema) ?? {};
  for (let i = 0; i < 10 && (s.oneOf || s.anyOf) && !s.type && !s.properties; i++) s = deref(doc, (s.oneOf ?? s.anyOf)[0]) ?? {};
  return s;
}

function leafType(schema: Schema): string | undefined {
  const s = leafOf(schema);
  if (Array.isArray(s.enum) && s.enum.some((v: unknown) => v !== null)) return 'enum';
  return Array.isArray(s.type) ? s.type.find((t: string) => t !== 'null') : s.type;
}

/** How a sample varies between rounds: `round` picks the bit each boolean takes and how far enums are rotated. */
export interface SampleSlot {
  round: number;
  /** Position of this boolean (or enum) among the booleans (or enums) of the object that holds it. */
  ordinal: number;
}

/**
 * Builds a value that satisfies the schema and in which every leaf is told apart by its path: strings contain the
 * path, integers and numbers come from a hash of it, date-times and emails too; booleans of one object take bit
 * `round` of their position (so over a few rounds any two booleans of an object differ at least once) and enums
 * rotate through their values with the round. A model that reads the wrong wire field then shows a wrong value.
 * A schema that refers back to itself is cut off at the second visit (null).
 */
export function distinctSample(schema: Schema, path: string, round = 0, slot: SampleSlot = { round, ordinal: 0 }, stack: readonly string[] = []): any {
  const { doc } = loadSpec();
  let nextStack = stack;
  if (schema && typeof schema.$ref === 'string') {
    if (stack.includes(schema.$ref)) return null;
    nextStack = [...stack, schema.$ref];
  }
  const s = deref(doc, schema) ?? {};
  if (s.allOf) {
    const merged: Record<string, unknown> = {};
    for (const part of s.allOf) Object.assign(merged, distinctSample(part, path, round, slot, nextStack));
    const own = { ...s };
    delete own.allOf;
    if (own.properties) Object.assign(merged, distinctSample({ ...own, type: 'object' }, path, round, slot, nextStack));
    return merged;
  }
  if (s.oneOf || s.anyOf) {
    const { oneOf, anyOf, ...base } = s;
    const first = deref(doc, (oneOf ?? anyOf)[0]);
    const constraintOnly = !first.type && !first.properties && !first.$ref && !first.allOf && (base.type || base.properties);
    const required = [...(base.required ?? []), ...(first.required ?? [])];
    return constraintOnly
      ? distinctSample({ ...base, ...first, required, properties: base.properties }, path, round, slot, nextStack)
      : distinctSample((oneOf ?? anyOf)[0], path, round, slot, nextStack);
  }
  const hash = hashOf(path);
  const key =
    path
      .replace(/\[\d+\]$/, '')
      .split('.')
      .pop() ?? path;
  if (Array.isArray(s.enum) && s.enum.length > 0) {
    const values = s.enum.filter((v: unknown) => v !== null);
    return values.length === 0 ? s.enum[0] : values[(slot.ordinal + round) % values.length];
  }
  const type = Array.isArray(s.type) ? s.type.find((t: string) => t !== 'null') : s.type;
  const slug = path.replace(/[^A-Za-z0-9]+/g, '.').replace(/^\.|\.$/g, '');
  switch (type) {
    case 'string':
      if (s.format === 'date-time') return new Date(1_700_000_000_000 + (hash % 100_000_000) * 1000).toISOString().replace('.000Z', 'Z');
      if (s.format === 'email' || /email/.test(key)) return `${slug.replace(/\./g, '-')}@example.com`;
      if (/url/.test(key)) return `https://example.com/${slug}`;
      return path;
    case 'integer': {
      const min = typeof s.minimum === 'number' ? s.minimum : /_at$|time/.test(key) ? 1_700_000_000_000 : 1000;
      const max = typeof s.maximum === 'number' ? s.maximum : min + 1_000_000_000;
      return min + (hash % (max - min + 1));
    }
    case 'number': {
      const min = typeof s.minimum === 'number' ? s.minimum : 0;
      return min + (hash % 1_000_000) + 0.25;
    }
    case 'boolean':
      return (((slot.ordinal + 1) >> round) & 1) === 1;
    case 'array': {
      const item = distinctSample(s.items ?? {}, `${path}[0]`, round, { round, ordinal: 0 }, nextStack);
      return item === null ? [] : [item];
    }
    default: {
      if (type === 'object' || s.properties || s.additionalProperties !== undefined) {
        const out: Record<string, unknown> = {};
        let booleans = 0;
        let enums = 0;
        for (const [name, value] of Object.entries<Schema>(s.properties ?? {})) {
          const kind = leafType(value);
          const ordinal = kind === 'boolean' ? booleans++ : kind === 'enum' ? enums++ : 0;
          out[name] = distinctSample(value, `${path}.${name}`, round, { round, ordinal }, nextStack);
        }
        for (const name of (s.required as string[]) ?? []) if (!(name in out)) out[name] = `${path}.${name}`;
        const valueSchema = deref(doc, s.additionalProperties);
        const typed = valueSchema && typeof valueSchema === 'object' && (valueSchema.type || valueSchema.properties || valueSchema.enum);
        if (!s.properties && s.additionalProperties !== false) {
          out.someUserKey = typed
            ? distinctSample(s.additionalProperties, `${path}.someUserKey`, round, { round, ordinal: 0 }, nextStack)
            : { nested_key: `${path}.someUserKey` };
        }
        return out;
      }
      return `${path}:untyped`;
    }
  }
}

/** Most booleans one object of the schema (or anything it reaches) holds: how many rounds of distinctSample tell them all apart. */
export function roundsNeeded(schema: Schema): number {
  const { doc } = loadSpec();
  let most = 1;
  const seen = new Set<any>();
  const visit = (node: any): void => {
    const s = deref(doc, node);
    if (!s || typeof s !== 'object' || seen.has(s)) return;
    seen.add(s);
    if (s.properties) most = Math.max(most, Object.values<Schema>(s.properties).filter((p) => leafType(p) === 'boolean').length);
    for (const value of Object.values(s)) if (value && typeof value === 'object') visit(value);
  };
  visit(schema);
  return Math.ceil(Math.log2(most + 1));
}
