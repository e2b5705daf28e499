// What the generators share: reading the vendored Backend API spec, resolving `$ref`s, turning a schema into a
// TypeScript type, listing the operations joined with spec/operations.tsv (the SDK's resource and method names), and
// writing a generated file or, with `--check`, failing when the committed one is stale.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const root = new URL('../../', import.meta.url);
export const DEFAULT_SPEC = fileURLToPath(new URL('spec/bapi-2026-05-12.yml', root));
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Parses the spec at `path` (default: the vendored Backend API spec). */
export function loadSpec(path = DEFAULT_SPEC) {
  return parse(readFileSync(path, 'utf8'));
}

/** Follows `$ref`s (local ones only) until a schema that is not a reference. */
export function deref(spec, node) {
  let current = node;
  for (let hops = 0; current && typeof current === 'object' && typeof current.$ref === 'string'; hops++) {
    if (hops > 50 || !current.$ref.startsWith('#/')) throw new Error(`Unsupported $ref ${current.$ref}`);
    current = current.$ref
      .slice(2)
      .split('/')
      .reduce((acc, key) => acc?.[key], spec);
  }
  return current;
}

/** The component name a `$ref` points at, or undefined when `node` is not a component reference. */
export function refName(node) {
  const prefix = '#/components/schemas/';
  return typeof node?.$ref === 'string' && node.$ref.startsWith(prefix) ? node.$ref.slice(prefix.length) : undefined;
}

/** A property name as TypeScript writes it in an object type. */
export function propKey(name) {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}

/** snake_case (or kebab) to camelCase, the SDK's rule for field and param names. */
export function camel(name) {
  return name.replace(/[_-]([a-z0-9])/g, (_, c) => c.toUpperCase());
}

/** Is the schema a free-form map (no declared properties): metadata, claims and the like. */
export function isFreeForm(spec, schemaIn) {
  const schema = deref(spec, schemaIn) ?? {};
  if (schema.oneOf || schema.anyOf || schema.allOf) return false;
  return !schema.properties && (schema.type === undefined || schema.type === 'object') && !schema.enum;
}

/**
 * TypeScript text for a schema. `named(componentName)` may return the TS name to use for a referenced component
 * (for example `UserJSON`); when it returns undefined the component is written out inline.
 */
export function tsType(spec, schemaIn, named = () => undefined, depth = 0) {
  if (schemaIn === undefined || schemaIn === null) return 'unknown';
  const ref = refName(schemaIn);
  if (ref) {
    const name = named(ref);
    if (name) return name;
  }
  const schema = deref(spec, schemaIn) ?? {};
  const nullable = (text) => (schema.nullable === true && !/\bnull$/.test(text) ? `${text} | null` : text);
  if (depth > 8) return nullable('unknown');
  if (Array.isArray(schema.enum)) {
    const values = schema.enum.filter((v) => v !== null).map((v) => JSON.stringify(v));
    const text = values.length ? values.join(' | ') : 'never';
    return schema.enum.includes(null) || schema.nullable ? `${text} | null` : text;
  }
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives) {
    const parts = [...new Set(alternatives.map((alt) => tsType(spec, alt, named, depth + 1)))];
    return nullable(parts.map((part) => (/[|&]/.test(part) ? `(${part})` : part)).join(' | '));
  }
  if (schema.allOf) {
    const parts = [...new Set(schema.allOf.map((alt) => tsType(spec, alt, named, depth + 1)))];
    return nullable(parts.length === 1 ? parts[0] : parts.map((part) => (/[|&]/.test(part) ? `(${part})` : part)).join(' & '));
  }
  switch (schema.type) {
    case 'string':
      return nullable(schema.format === 'binary' ? 'Blob' : 'string');
    case 'integer':
    case 'number':
      return nullable('number');
    case 'boolean':
      return nullable('boolean');
    case 'array': {
      const item = tsType(spec, schema.items, named, depth + 1);
      return nullable(/[|&\s]/.test(item) ? `Array<${item}>` : `${item}[]`);
    }
    default: {
      if (schema.properties) {
        const required = new Set(schema.required ?? []);
        const fields = Object.entries(schema.properties).map(
          ([key, prop]) => `${propKey(key)}${required.has(key) ? '' : '?'}: ${tsType(spec, prop, named, depth + 1)}`,
        );
        return nullable(`{ ${fields.join('; ')} }`);
      }
      if (typeof schema.additionalProperties === 'object') return nullable(`Record<string, ${tsType(spec, schema.additionalProperties, named, depth + 1)}>`);
      return nullable('Record<string, unknown>');
    }
  }
}

/** Object properties of a schema (following allOf), with which of them are required. */
export function propertiesOf(spec, schemaIn) {
  const schema = deref(spec, schemaIn) ?? {};
  const properties = {};
  const required = new Set();
  const visit = (node) => {
    const s = deref(spec, node) ?? {};
    for (const part of s.allOf ?? []) visit(part);
    Object.assign(properties, s.properties ?? {});
    for (const key of s.required ?? []) required.add(key);
  };
  visit(schema);
  return { properties, required };
}

/** The rows of spec/operations.tsv (or another TSV table of the same shape), keyed by operationId. */
export function readTable(file = fileURLToPath(new URL('spec/operations.tsv', root))) {
  const [head, ...lines] = readFileSync(file, 'utf8').trimEnd().split('\n');
  const columns = head.split('\t');
  const rows = new Map();
  for (const line of lines) {
    const cells = line.split('\t');
    const row = Object.fromEntries(columns.map((column, i) => [column, cells[i]]));
    rows.set(row.operationId, row);
  }
  return rows;
}

/**
 * Every operation of the spec, in path order: `{ operationId, method, path, resource, sdkMethod, origin, pathParams,
 * query: [{ name, required, schema }], body: { kind: 'json' | 'multipart' | 'array', required, schema, fields } | undefined,
 * public }`. `resource` and `sdkMethod` come from spec/operations.tsv.
 */
export function operations(spec, table = readTable()) {
  const out = [];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    const shared = item.parameters ?? [];
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const params = [...shared, ...(op.parameters ?? [])].map((p) => deref(spec, p));
      const row = table.get(op.operationId);
      let body;
      const requestBody = deref(spec, op.requestBody);
      if (requestBody?.content) {
        const [type, media] = Object.entries(requestBody.content)[0];
        const schema = deref(spec, media.schema) ?? {};
        const kind = type === 'multipart/form-data' ? 'multipart' : schema.type === 'array' ? 'array' : 'json';
        const fields = propertiesOf(spec, kind === 'array' ? schema.items : schema);
        body = { kind, required: requestBody.required === true, schema: media.schema, fields };
      }
      out.push({
        operationId: op.operationId,
        method: method.toUpperCase(),
        path,
        resource: row?.resource,
        sdkMethod: row?.sdk_method,
        origin: row?.origin,
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        query: params.filter((p) => p.in === 'query').map((p) => ({ name: p.name, required: p.required === true, schema: p.schema })),
        body,
        public: Array.isArray(op.security) && op.security.length === 0,
        deprecated: op.deprecated === true,
        op,
      });
    }
  }
  return out;
}

/**
 * Writes `text` to `url`, or with `check` compares instead and returns false when the file differs. Returns true when
 * the file is (now) up to date.
 */
export function writeOrCheck(url, text, check) {
  const file = fileURLToPath(url);
  if (check) {
    const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (current !== text) {
      console.error(`${file} is stale: run npm run generate`);
      return false;
    }
    return true;
  }
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
  return true;
}

/**
 * Replaces the text between `// <generated:NAME>` and `// </generated:NAME>` lines (markers kept, indentation of the
 * opening marker reused by the caller's text). Throws when the markers are missing, so a file never silently loses
 * its generated part.
 */
export function replaceBlock(source, name, body) {
  const open = new RegExp(`^([ \\t]*)// <generated:${name}>[^\\n]*\\n`, 'm');
  const match = open.exec(source);
  if (!match) throw new Error(`no // <generated:${name}> marker`);
  const start = match.index + match[0].length;
  const closeMarker = `// </generated:${name}>`;
  const end = source.indexOf(closeMarker, start);
  if (end < 0) throw new Error(`no ${closeMarker} marker`);
  const lineStart = source.lastIndexOf('\n', end) + 1;
  return source.slice(0, start) + body + source.slice(lineStart);
}
