// Checks emulator answers against the Backend API spec's response schemas. The validator covers the constructs the
// spec uses for responses: type, properties, required, nullable, enum, items, $ref, allOf/oneOf/anyOf and
// additionalProperties. allOf branches are merged into one object schema (their properties and required lists are
// unioned, and the merged object is closed when any branch is), which is how the spec means them.
import { loadSpec, type Schema } from '../spec/openapi';

/** The parsed spec, read once per process by the shared spec helpers. */
export function spec(): Schema {
  return loadSpec().doc as Schema;
}

function resolve(ref: string): Schema {
  return ref
    .slice(2)
    .split('/')
    .reduce<any>((node, key) => node[key], spec());
}

/** Follows $refs, keeping a `nullable` seen on the way. */
function deref(schema: Schema): Schema {
  let current = schema;
  let nullable = false;
  while (current && typeof current.$ref === 'string') {
    nullable ||= current.nullable === true;
    current = resolve(current.$ref);
  }
  return nullable ? { ...current, nullable: true } : current;
}

/** Merges allOf branches (recursively) into one schema. */
function flatten(schemaIn: Schema): Schema {
  const schema = deref(schemaIn);
  if (!Array.isArray(schema.allOf)) return schema;
  const { allOf, ...own } = schema;
  const merged: Schema = { ...own, properties: { ...(own.properties ?? {}) }, required: [...(own.required ?? [])] };
  let closed = own.additionalProperties === false;
  for (const branch of allOf as Schema[]) {
    const flat = flatten(branch);
    Object.assign(merged.properties, flat.properties ?? {});
    merged.required.push(...(flat.required ?? []));
    if (flat.additionalProperties === false) closed = true;
    if (flat.type && !merged.type) merged.type = flat.type;
    if (flat.nullable) merged.nullable = merged.nullable ?? false;
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

/** Returns the problems found (empty when the value conforms). */
export function validate(schemaIn: Schema, value: unknown, at = '$'): string[] {
  const schema = flatten(schemaIn);
  if (value === null) return schema.nullable === true ? [] : [`${at}: null is not allowed`];
  const errors: string[] = [];
  if (Array.isArray(schema.oneOf)) {
    const passing = (schema.oneOf as Schema[]).filter((branch) => validate(branch, value, at).length === 0).length;
    if (passing !== 1) errors.push(`${at}: matches ${passing} oneOf branches, expected exactly 1`);
  }
  if (Array.isArray(schema.anyOf)) {
    if (!(schema.anyOf as Schema[]).some((branch) => validate(branch, value, at).length === 0)) {
      errors.push(`${at}: matches no anyOf branch`);
    }
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
    (value as unknown[]).forEach((item, i) => errors.push(...validate(schema.items, item, `${at}[${i}]`)));
  }
  if (actual === 'object') {
    const record = value as Record<string, unknown>;
    const properties: Record<string, Schema> = schema.properties ?? {};
    for (const key of schema.required ?? []) {
      if (!(key in record)) errors.push(`${at}: missing required ${key}`);
    }
    for (const [key, item] of Object.entries(record)) {
      if (properties[key]) errors.push(...validate(properties[key], item, `${at}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${at}: unexpected property ${key}`);
      else if (typeof schema.additionalProperties === 'object') {
        errors.push(...validate(schema.additionalProperties, item, `${at}.${key}`));
      }
    }
  }
  return errors;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

let byOperation: Map<string, Schema> | undefined;
/** Every operation by operationId. */
export function operations(): Map<string, Schema> {
  if (!byOperation) {
    byOperation = new Map();
    for (const item of Object.values(spec().paths as Record<string, Schema>)) {
      for (const method of METHODS) if (item[method]) byOperation.set(item[method].operationId, item[method]);
    }
  }
  return byOperation;
}

export interface Verdict {
  /** false when the status is not among the operation's documented responses (errors are then checked as ClerkErrors). */
  documented: boolean;
  errors: string[];
}

/**
 * Checks one answer of an operation against the schema the spec gives for that status. `paginated` says the request
 * sent `paginated=true`: list operations documented as a bare array then answer `{ data, total_count }` (the form
 * Clerk's own SDK asks for), so that wrapper around the documented array is what is checked.
 */
export function checkResponse(operationId: string, status: number, body: unknown, paginated = false): Verdict {
  const op = operations().get(operationId);
  if (!op) return { documented: false, errors: [`unknown operation ${operationId}`] };
  const declared = op.responses?.[String(status)] ?? op.responses?.[`${String(status)[0]}XX`];
  const clerkErrors = { $ref: '#/components/schemas/ClerkErrors' };
  if (!declared) {
    if (status < 400) return { documented: false, errors: [`${operationId}: status ${status} is not documented`] };
    return { documented: false, errors: validate(clerkErrors, body) };
  }
  const response = deref(declared);
  const content = response.content?.['application/json']?.schema;
  // A documented error with no body schema still carries Clerk's error envelope.
  let schema = content ?? (status >= 400 ? clerkErrors : undefined);
  if (!schema) return { documented: true, errors: [] };
  const takesPaginated = (op.parameters ?? []).some((p: Schema) => deref(p).name === 'paginated');
  if (paginated && takesPaginated && status < 300 && deref(schema).type === 'array') {
    schema = {
      type: 'object',
      additionalProperties: false,
      required: ['data', 'total_count'],
      properties: { data: schema, total_count: { type: 'integer' } },
    };
  }
  return { documented: true, errors: validate(schema, body) };
}
