// Writes src/webhooks/events.generated.ts from Clerk's webhooks spec: one wire type per component schema, one event
// type per entry of `x-webhooks`, a union per event family and the `WebhookEvent` union over all of them. Types only:
// the generated module has no runtime code. Payloads keep the JSON field names the webhook carries (snake_case).
//
//   node scripts/gen-webhook-types.mjs [path/to/webhooks.yml]           write the file
//   node scripts/gen-webhook-types.mjs --check [path/to/webhooks.yml]   exit 1 if the committed file is stale
//
// The default spec is spec/webhooks-2025-04-15.yml (the vendored copy).
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = new URL('..', import.meta.url);
const args = process.argv.slice(2);
const check = args.includes('--check');
const specPath = args.find((arg) => !arg.startsWith('--')) ?? fileURLToPath(new URL('spec/webhooks-2025-04-15.yml', root));
const outPath = new URL('src/webhooks/events.generated.ts', root);

/** Builds the whole file's text from a parsed spec. */
function generate(spec, specName) {
  const schemas = spec.components?.schemas ?? {};
  const hooks = spec['x-webhooks'] ?? {};

  const pascal = (text) =>
    text
      .split(/[^A-Za-z0-9]+/)
      .filter(Boolean)
      .map((word) => word[0].toUpperCase() + word.slice(1))
      .join('');
  const wireName = (schemaName) => `Webhook${pascal(schemaName)}JSON`;
  const refName = (ref) => {
    const prefix = '#/components/schemas/';
    if (!ref.startsWith(prefix) || !(ref.slice(prefix.length) in schemas)) throw new Error(`Unsupported $ref ${ref}`);
    return wireName(ref.slice(prefix.length));
  };
  const key = (name) => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name));
  const pad = (depth) => '  '.repeat(depth);
  const nullable = (text, schema) => (schema.nullable === true ? `${text} | null` : text);
  // Parenthesizes a union or intersection written at the top level of `text` (not one inside braces or brackets).
  const group = (text) => {
    let depth = 0;
    for (const char of text) {
      if ('{<(['.includes(char)) depth += 1;
      else if ('}>)]'.includes(char)) depth -= 1;
      else if (depth === 0 && (char === '|' || char === '&')) return `(${text})`;
    }
    return text;
  };

  /** The body of an object literal type (`{ ... }`) for a schema with `properties`. */
  function objectLiteral(schema, depth) {
    const required = new Set(schema.required ?? []);
    const lines = [];
    for (const [name, prop] of Object.entries(schema.properties ?? {})) {
      if (prop?.deprecated === true) lines.push(`${pad(depth + 1)}/** @deprecated Marked deprecated in the spec. */`);
      lines.push(`${pad(depth + 1)}${key(name)}${required.has(name) ? '' : '?'}: ${typeOf(prop, depth + 1)};`);
    }
    if (schema.additionalProperties === true || typeof schema.additionalProperties === 'object') {
      const value = schema.additionalProperties === true ? 'unknown' : typeOf(schema.additionalProperties, depth + 1);
      lines.push(`${pad(depth + 1)}[key: string]: ${value === 'unknown' ? 'unknown' : `${value} | undefined`};`);
    }
    return lines.length === 0 ? 'Record<string, never>' : `{\n${lines.join('\n')}\n${pad(depth)}}`;
  }

  /** The TypeScript type of one schema node, written inline. */
  function typeOf(schema, depth) {
    if (!schema || typeof schema !== 'object') return 'unknown';
    if (schema.$ref) return nullable(refName(schema.$ref), schema);
    if (schema.allOf) return nullable(schema.allOf.map((part) => group(typeOf(part, depth))).join(' & '), schema);
    const choices = schema.oneOf ?? schema.anyOf;
    if (choices) return nullable(choices.map((part) => group(typeOf(part, depth))).join(' | '), schema);
    if (Array.isArray(schema.enum)) {
      return nullable(schema.enum.map((value) => (value === null ? 'null' : JSON.stringify(value))).join(' | '), schema);
    }
    switch (schema.type) {
      case 'string':
        return nullable('string', schema);
      case 'integer':
      case 'number':
        return nullable('number', schema);
      case 'boolean':
        return nullable('boolean', schema);
      case 'array':
        return nullable(`Array<${typeOf(schema.items, depth)}>`, schema);
      case 'object':
      case undefined:
        if (schema.properties) return nullable(objectLiteral(schema, depth), schema);
        if (schema.additionalProperties === false) return nullable('Record<string, never>', schema);
        if (typeof schema.additionalProperties === 'object') {
          return nullable(`Record<string, ${typeOf(schema.additionalProperties, depth)}>`, schema);
        }
        return nullable('Record<string, unknown>', schema);
      default:
        throw new Error(`Unsupported schema type ${JSON.stringify(schema.type)}`);
    }
  }

  // The spec writes the extra field of some events' `data` one level too deep (an allOf part whose
  // `properties.data.properties` hold `public_organization_data`). Those fields belong to `data` itself, where
  // Clerk's invitation payloads carry them, so such a nested `data` is merged into the part that declares it.
  function liftNestedData(schema) {
    if (!schema || typeof schema !== 'object') return schema;
    if (schema.allOf) return { ...schema, allOf: schema.allOf.map(liftNestedData) };
    const nested = schema.properties?.data;
    if (!nested || nested.$ref || !nested.properties) return schema;
    const { data: _nested, ...rest } = schema.properties;
    const required = (schema.required ?? []).filter((name) => name !== 'data');
    return { ...schema, properties: { ...rest, ...nested.properties }, required };
  }

  const out = [];
  out.push(
    `// Generated by scripts/gen-webhook-types.mjs from spec/${specName}. Do not edit: run \`npm run generate:webhooks\`.`,
    '// Types only (no runtime code). Field names are the snake_case JSON names a webhook delivery carries.',
    '',
  );

  // 1. One wire type per component schema (except the envelope, which is written by hand below).
  for (const [name, raw] of Object.entries(schemas)) {
    if (name === 'WebhookEventPayload') continue;
    const schema = liftNestedData(raw);
    const type = wireName(name);
    out.push(`/**\n * The \`${name}\` object of Clerk's webhooks spec, with the field names and types a delivery carries.\n * @public\n */`);
    const isPlainObject =
      (schema.type === 'object' || schema.type === undefined) &&
      schema.properties &&
      !schema.allOf &&
      !schema.oneOf &&
      !schema.anyOf &&
      schema.nullable !== true;
    if (isPlainObject) out.push(`export interface ${type} ${objectLiteral(schema, 0)}`, '');
    else out.push(`export type ${type} = ${typeOf(schema, 0)};`, '');
  }

  // 2. The envelope every event shares.
  const envelope = schemas.WebhookEventPayload;
  const envelopeRequired = new Set(envelope?.required ?? []);
  const opt = (name) => (envelopeRequired.has(name) ? '' : '?');
  out.push(
    '/**',
    ' * What every webhook delivery carries: the event name in `type`, the object it is about in `data`, and when and',
    ' * where it happened. `data` is the object as the webhook sent it (snake_case field names).',
    ' * @public',
    ' */',
    'export interface WebhookEventEnvelope<EventType extends string, Data> {',
    "  /** Always `'event'` for a webhook delivery. */",
    `  object${opt('object')}: 'event';`,
    "  /** The event name, such as `user.created`; checking it narrows `data` to that event's payload. */",
    `  type${opt('type')}: EventType;`,
    '  /** The object the event is about, exactly as the webhook body carried it. */',
    '  data: Data;',
    '  /** When Clerk created the event, as a Unix timestamp. */',
    `  timestamp${opt('timestamp')}: number;`,
    '  /** Id of the Clerk instance the event comes from. */',
    `  instance_id${opt('instance_id')}: string;`,
    '  /** Details of the HTTP request that caused the event, when there was one. */',
    `  event_attributes${opt('event_attributes')}: ${typeOf(envelope?.properties?.event_attributes ?? {}, 1)};`,
    '}',
    '',
  );

  // 3. One type per event, grouped into families by the part of the name before the dot.
  const families = new Map();
  for (const [eventType, hook] of Object.entries(hooks)) {
    const schema = hook?.post?.requestBody?.content?.['application/json']?.schema;
    const dataPart = schema?.allOf?.find((part) => part?.properties?.data)?.properties?.data;
    if (!dataPart) throw new Error(`${eventType}: no data schema found`);
    const [family, action] = eventType.split('.');
    const familyName = family === 'sms' ? 'SMS' : pascal(family);
    const name = `${familyName}${pascal(action)}WebhookEvent`;
    const dataType = typeOf(liftNestedData(dataPart), 0);
    out.push(
      `/**\n * The \`${eventType}\` event. Its \`data\` is ${dataPart.$ref ? `a {@link ${dataType}}` : 'the object written in the type'}.\n * @public\n */`,
      `export type ${name} = WebhookEventEnvelope<'${eventType}', ${dataType}>;`,
      '',
    );
    if (!families.has(familyName)) families.set(familyName, { family, names: [] });
    families.get(familyName).names.push(name);
  }
  for (const [familyName, { family, names }] of families) {
    out.push(
      `/**\n * Any \`${family}.*\` event (${names.length === 1 ? 'one event' : `${names.length} events`}); \`type\` tells which.\n * @public\n */`,
      `export type ${familyName}WebhookEvent =\n${names.map((name) => `  | ${name}`).join('\n')};`,
      '',
    );
  }
  out.push(
    '/**',
    ` * Any event Clerk's webhooks spec lists (${Object.keys(hooks).length} events). Compare \`type\` to narrow \`data\`:`,
    " * after `if (evt.type === 'user.created')`, `evt.data` is a {@link WebhookUserJSON}.",
    ' * @public',
    ' */',
    `export type WebhookEvent =\n${[...families.keys()].map((name) => `  | ${name}WebhookEvent`).join('\n')};`,
    '',
    '/**',
    " * The name of any event in {@link WebhookEvent}, such as `'user.created'`.",
    ' * @public',
    ' */',
    "export type WebhookEventType = WebhookEvent['type'];",
    '',
  );
  return out.join('\n');
}

const text = generate(parse(readFileSync(specPath, 'utf8')), basename(specPath));
if (check) {
  let current = '';
  try {
    current = readFileSync(outPath, 'utf8');
  } catch {
    // A missing file is stale too.
  }
  if (current !== text) {
    console.error(`${fileURLToPath(outPath)} is stale: run npm run generate:webhooks`);
    process.exit(1);
  }
} else {
  writeFileSync(outPath, text);
}
