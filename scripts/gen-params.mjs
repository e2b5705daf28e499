// Writes the keys and types of the exported `…Params` interfaces in src/api/*.ts from the Backend API spec: the query
// parameters and request body fields of the operation(s) each interface serves, camelCased, with TypeScript types
// from their schemas. Only the lines between `// <generated:NAME>` and `// </generated:NAME>` inside the interface
// are rewritten; the doc comment of each member is read from the file first and written back next to its key (a key
// new in the spec gets a `TODO(doc)` placeholder, a key gone from the spec disappears with its doc).
//
// Every exported `…Params` interface says where its keys come from, in comment lines inside its body:
//
//   // <generated:NAME> from OpId[, OpId2]      keys of those operations (query params, then body fields)
//   // <generated:NAME> from OpId.field[.sub]   keys of an object (or array-of-object) body field of OpId
//   // @params hand-written: REASON              no spec source (v4-only endpoint, SDK-only option); not generated
//
// and the hand decisions that differ from the rules below, as `// @params` lines just above the opening marker:
//
//   // @params path spec_name[, …]             put these path params in the object (the @clerk/backend shapes)
//   // @params rename spec_name: tsKey          a key whose name is not camel(spec_name) (v4 names such as `…ID`)
//   // @params type key?: Type                  the exact member to write instead (narrower or named type, Date)
//   // @params omit key[, …] (REASON)           keys the interface leaves out (routed elsewhere, declared by hand)
//
// Rules: path params are positional arguments, so they are left out unless `path` names them. A `format: binary`
// field is a `FileUpload`. A body field that another interface is generated from (`from Op.field`) is typed by that
// interface's name. An interface that `extends` another declares none of its keys; a list's params must extend
// PaginationParams (`limit`, `offset`), and its `paginated` flag is the SDK's own. Members after the closing marker
// are hand-written extras (keys the spec does not have for that operation); one that repeats a generated key is an
// error. So is an override that names no key of the sources or says what the generator writes anyway, and a type
// override naming a string-literal union whose values differ from the spec enum: overrides stay few and go (or are
// looked at) when the spec changes under them. Members longer than the line width are wrapped by Biome.
//
//   node scripts/gen-params.mjs                 rewrite the generated blocks
//   node scripts/gen-params.mjs --check         exit 1 (and name the interfaces) if a committed block is stale
//   --root DIR                                  work on another checkout (the tests use a temporary copy)
//   --spec FILE                                 read another spec version
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { camel, deref, DEFAULT_SPEC, loadSpec, operations, propertiesOf, readTable, replaceBlock } from './lib/spec.mjs';

const args = process.argv.slice(2);
const check = args.includes('--check');
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const ROOT = resolve(option('--root') ?? fileURLToPath(new URL('..', import.meta.url)));
const API_DIR = join(ROOT, 'src/api');
const spec = loadSpec(option('--spec') ?? DEFAULT_SPEC);
const byId = new Map(operations(spec, readTable(join(ROOT, 'spec/operations.tsv'))).map((op) => [op.operationId, op]));

/** Keys an interface gets from a base type that is not declared in src/api. */
const KNOWN_BASES = { PaginationParams: ['limit', 'offset'] };
/** Query parameters the SDK sets itself on every list whose params extend PaginationParams. */
const LIST_OWNED = new Set(['paginated']);
const LINE_WIDTH = 160;

const errors = [];
const fail = (where, message) => errors.push(`${where}: ${message}`);

// ---------------------------------------------------------------------------------------------------------------
// Schema → TypeScript, as the params see it: object keys camelCased (the SDK snake_cases them on the way out), free-
// form maps kept as records (their keys are sent untouched), files as FileUpload, literals in single quotes.

const literal = (value) => (typeof value === 'string' ? `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'` : JSON.stringify(value));
const wrap = (part) => (/[|&]/.test(part) && !/^[{(]/.test(part) ? `(${part})` : part);
const memberKey = (name) => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : literal(name));

function paramType(schemaIn, depth = 0) {
  if (schemaIn === undefined || schemaIn === null) return 'unknown';
  const schema = deref(spec, schemaIn) ?? {};
  const nullable = (text) => (schema.nullable === true && !/\bnull$/.test(text) ? `${text} | null` : text);
  if (depth > 8) return nullable('unknown');
  if (Array.isArray(schema.enum)) {
    const values = schema.enum.filter((v) => v !== null).map(literal);
    const text = values.length ? values.join(' | ') : 'never';
    return schema.enum.includes(null) || schema.nullable ? `${text} | null` : text;
  }
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives) return nullable([...new Set(alternatives.map((alt) => wrap(paramType(alt, depth + 1))))].join(' | '));
  if (schema.allOf) {
    const { properties } = propertiesOf(spec, schema);
    if (Object.keys(properties).length > 0) return nullable(objectType(schema, depth));
    return nullable([...new Set(schema.allOf.map((alt) => wrap(paramType(alt, depth + 1))))].join(' & '));
  }
  switch (schema.type) {
    case 'string':
      return nullable(schema.format === 'binary' ? 'FileUpload' : 'string');
    case 'integer':
    case 'number':
      return nullable('number');
    case 'boolean':
      return nullable('boolean');
    case 'array': {
      const item = paramType(schema.items, depth + 1);
      return nullable(/[|&\s]/.test(item) ? `Array<${item}>` : `${item}[]`);
    }
    default:
      if (schema.properties) return nullable(objectType(schema, depth));
      if (typeof schema.additionalProperties === 'object') return nullable(`Record<string, ${paramType(schema.additionalProperties, depth + 1)}>`);
      return nullable('Record<string, unknown>');
  }
}

function objectType(schema, depth) {
  const { properties, required } = propertiesOf(spec, schema);
  const fields = Object.entries(properties).map(([key, prop]) => `${memberKey(camel(key))}${required.has(key) ? '' : '?'}: ${paramType(prop, depth + 1)}`);
  return `{ ${fields.join('; ')} }`;
}

/** Strips `| null` from a schema's own nullability so an object or array field can be opened up. */
function objectFields(schemaIn, where) {
  let schema = deref(spec, schemaIn) ?? {};
  if (schema.type === 'array') schema = deref(spec, schema.items) ?? {};
  const fields = propertiesOf(spec, schema);
  if (Object.keys(fields.properties).length === 0) fail(where, 'the source field has no object properties');
  return fields;
}

// ---------------------------------------------------------------------------------------------------------------
// The spec keys of one source: `OpId` (path params named by `path`, query params, body fields) or `OpId.a.b`.

function sourceKeys(source, pathNames, listOwned, where) {
  const [id, ...fieldPath] = source.split('.');
  const op = byId.get(id);
  if (!op) {
    fail(where, `no operation ${id} in the spec`);
    return [];
  }
  const out = [];
  if (fieldPath.length > 0) {
    let fields = op.body?.fields ?? { properties: {}, required: new Set() };
    for (const name of fieldPath) {
      const prop = fields.properties[name];
      if (!prop) {
        fail(where, `${id} has no body field ${fieldPath.join('.')}`);
        return [];
      }
      fields = objectFields(prop, where);
    }
    for (const [name, schema] of Object.entries(fields.properties)) out.push({ name, schema, required: fields.required.has(name), at: `${source}.${name}` });
    return out;
  }
  for (const name of op.pathParams) {
    if (pathNames.has(name)) out.push({ name, schema: { type: 'string' }, required: true, path: true });
  }
  const names = new Set(op.query.map((q) => q.name));
  if (names.has('limit') && names.has('offset') && !listOwned) fail(where, `${id} is a paginated list: its params interface extends PaginationParams`);
  for (const q of op.query) {
    if (listOwned && LIST_OWNED.has(q.name)) continue;
    out.push({ name: q.name, schema: q.schema, required: q.required });
  }
  for (const [name, schema] of Object.entries(op.body?.fields.properties ?? {})) {
    out.push({ name, schema, required: op.body.fields.required.has(name), at: `${id}.${name}` });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading the interfaces.

const splitList = (text) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function readDirectives(lines, where) {
  const d = { path: new Set(), rename: new Map(), type: new Map(), omit: new Set(), handWritten: undefined, used: new Set() };
  for (const line of lines) {
    const m = /^\s*\/\/ @params ([\w-]+):? ?(.*)$/.exec(line);
    if (!m) continue;
    const [, verb, rest] = m;
    if (verb === 'hand-written') d.handWritten = rest.trim();
    else if (verb === 'path') for (const name of splitList(rest)) d.path.add(name);
    else if (verb === 'omit') for (const key of splitList(rest.replace(/\s*\(.*\)\s*$/, ''))) d.omit.add(key);
    else if (verb === 'rename') {
      const r = /^([\w$-]+):\s*([\w$]+)\s*$/.exec(rest);
      if (r) d.rename.set(r[1], r[2]);
      else fail(where, `cannot read \`${line.trim()}\` (want \`// @params rename spec_name: tsKey\`)`);
    } else if (verb === 'type') {
      const t = /^([\w$]+)(\??):\s*(.+?);?\s*$/.exec(rest);
      if (t) d.type.set(t[1], { optional: t[2] === '?', type: t[3] });
      else fail(where, `cannot read \`${line.trim()}\` (want \`// @params type key?: Type\`)`);
    } else fail(where, `unknown directive \`// @params ${verb}\``);
  }
  return d;
}

/** The doc comment of a member as written, lines trimmed of their indentation. */
function docOf(member, source) {
  const docs = ts.getJSDocCommentsAndTags(member).filter(ts.isJSDoc);
  const doc = docs.at(-1);
  if (!doc) return undefined;
  return doc
    .getText(source)
    .split('\n')
    .map((line) => line.trim());
}

const files = readdirSync(API_DIR)
  .filter((f) => f.endsWith('.ts'))
  .sort()
  .map((file) => {
    const path = join(API_DIR, file);
    const text = readFileSync(path, 'utf8');
    return { file, path, text, source: ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true) };
  });

// String-literal unions declared in src/api, src/models and src/core (`type Status = 'a' | 'b'`): a type override
// that names one must list exactly the values of the spec's enum, so a spec bump that adds a value is not missed.
const literalUnions = new Map();
for (const dir of ['src/api', 'src/models', 'src/core']) {
  let names = [];
  try {
    names = readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.ts'));
  } catch {
    continue;
  }
  for (const file of names) {
    const source = ts.createSourceFile(file, readFileSync(join(ROOT, dir, file), 'utf8'), ts.ScriptTarget.Latest, true);
    for (const node of source.statements) {
      if (!ts.isTypeAliasDeclaration(node)) continue;
      const parts = ts.isUnionTypeNode(node.type) ? node.type.types : [node.type];
      if (parts.every((part) => ts.isLiteralTypeNode(part) && ts.isStringLiteral(part.literal))) {
        literalUnions.set(node.name.text, { file: `${dir}/${file}`, values: parts.map((part) => part.literal.text) });
      }
    }
  }
}

/** Compares a `Name`, `Name[]` or `… | null` override with the spec enum of its field; returns a problem or undefined. */
function enumDrift(overrideType, schemaIn) {
  const base = /^(\w+)(\[\])?( \| null)?$/.exec(overrideType);
  const union = base && literalUnions.get(base[1]);
  if (!union) return undefined;
  let schema = deref(spec, schemaIn) ?? {};
  if (base[2] && schema.type === 'array') schema = deref(spec, schema.items) ?? {};
  if (!Array.isArray(schema.enum)) return undefined;
  const wanted = schema.enum.filter((v) => typeof v === 'string');
  const missing = wanted.filter((v) => !union.values.includes(v));
  const extra = union.values.filter((v) => !wanted.includes(v));
  if (missing.length === 0 && extra.length === 0) return undefined;
  const parts = [
    missing.length ? `lacks ${missing.map(literal).join(', ')}` : '',
    extra.length ? `has ${extra.map(literal).join(', ')} the spec does not` : '',
  ];
  return `${base[1]} (${union.file}) ${parts.filter(Boolean).join(' and ')}`;
}

// Member names of every interface in src/api (their own and inherited), for `extends`.
const declared = new Map();
for (const { source } of files) {
  for (const node of source.statements) {
    if (!ts.isInterfaceDeclaration(node)) continue;
    const bases = (node.heritageClauses ?? []).flatMap((h) => h.types.map((t) => t.getText(source)));
    declared.set(node.name.text, { bases, own: node.members.map((m) => m.name?.getText(source)).filter(Boolean) });
  }
}
function inheritedKeys(bases, seen = new Set()) {
  const out = new Set();
  for (const base of bases) {
    const name = base.replace(/^(Partial|Required|Readonly)<(.+)>$/, '$2');
    if (seen.has(name)) continue;
    seen.add(name);
    if (KNOWN_BASES[name]) for (const key of KNOWN_BASES[name]) out.add(key);
    const info = declared.get(name);
    if (!info) continue;
    for (const key of info.own) out.add(key);
    for (const key of inheritedKeys(info.bases, seen)) out.add(key);
  }
  return out;
}

// A body field that another params interface is generated from (`from Op.field`) is typed by that interface's name.
const nestedNames = new Map();
for (const { file, text } of files) {
  for (const match of text.matchAll(/\/\/ <generated:(\w+)> from (.+)$/gm)) {
    for (const source of splitList(match[2])) {
      if (!source.includes('.')) continue;
      if (nestedNames.has(source)) fail(`${file} ${match[1]}`, `${source} is also the source of ${nestedNames.get(source)}`);
      nestedNames.set(source, match[1]);
    }
  }
}

function fieldType(field) {
  const name = field.at && nestedNames.get(field.at);
  if (!name) return paramType(field.schema);
  const schema = deref(spec, field.schema) ?? {};
  const type = schema.type === 'array' ? `${name}[]` : name;
  return schema.nullable === true ? `${type} | null` : type;
}

/**
 * Biome decides how a member longer than the line width wraps, so a file with one is run through `biome format` (with
 * this repository's settings) and the generated text is exactly what `npm run lint` accepts.
 */
function formatted(file, text) {
  if (!text.split('\n').some((line) => line.length > LINE_WIDTH)) return text;
  const biome = fileURLToPath(new URL('../node_modules/@biomejs/biome/bin/biome', import.meta.url));
  return execFileSync(process.execPath, [biome, 'format', `--stdin-file-path=src/api/${file}`], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    input: text,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
}

// ---------------------------------------------------------------------------------------------------------------

const stale = [];
const writes = [];
let blocks = 0;
for (const entry of files) {
  let output = entry.text;
  for (const node of entry.source.statements) {
    if (!ts.isInterfaceDeclaration(node) || !/Params$/.test(node.name.text)) continue;
    if (!node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    const name = node.name.text;
    const where = `${entry.file} ${name}`;
    const bodyStart = node.members.pos;
    const bodyText = entry.text.slice(bodyStart, node.end);
    const open = new RegExp(`^([ \\t]*)// <generated:${name}>(.*)$`, 'm').exec(bodyText);
    const lines = bodyText.split('\n');
    const directives = readDirectives(open ? bodyText.slice(0, open.index).split('\n') : lines, where);
    if (!open) {
      if (directives.handWritten === undefined) fail(where, `no // <generated:${name}> block and no \`// @params hand-written: reason\` line`);
      continue;
    }
    if (directives.handWritten !== undefined) fail(where, 'has both a generated block and a hand-written line');
    const indent = open[1];
    const from = /^\s*from\s+(.+)$/.exec(open[2]);
    if (!from) {
      fail(where, `the opening marker needs its sources: \`// <generated:${name}> from OperationId\``);
      continue;
    }
    const openAt = bodyStart + open.index;
    const closeAt = entry.text.indexOf(`// </generated:${name}>`, openAt);
    if (closeAt < 0 || closeAt > node.end) {
      fail(where, `no // </generated:${name}> marker`);
      continue;
    }
    blocks++;
    const insideDocs = new Map();
    const outside = new Set();
    for (const member of node.members) {
      const key = member.name?.getText(entry.source);
      if (!key) continue;
      const at = member.getStart(entry.source);
      if (at > openAt && at < closeAt) {
        const doc = docOf(member, entry.source);
        if (doc) insideDocs.set(key, doc);
      } else outside.add(key);
    }

    const inherited = inheritedKeys((node.heritageClauses ?? []).flatMap((h) => h.types.map((t) => t.getText(entry.source))));
    const listOwned = inherited.has('limit');
    const members = new Map();
    const seenSpecNames = new Set();
    for (const source of splitList(from[1])) {
      for (const field of sourceKeys(source, directives.path, listOwned, where)) {
        seenSpecNames.add(field.name);
        const key = directives.rename.get(field.name) ?? camel(field.name);
        if (directives.omit.has(key)) {
          directives.used.add(`omit ${key}`);
          continue;
        }
        if (inherited.has(key) || members.has(key)) continue;
        if (outside.has(key)) {
          fail(where, `\`${key}\` is generated and also declared by hand outside the block (add \`// @params omit ${key}\` or remove it)`);
          continue;
        }
        const override = directives.type.get(key);
        const type = fieldType(field);
        if (override) {
          directives.used.add(`type ${key}`);
          if (override.type === type && override.optional === !field.required)
            fail(where, `\`// @params type ${key}\` says what the generator writes anyway: remove it`);
          const drift = enumDrift(override.type, field.schema);
          if (drift) fail(where, `\`${key}\`: ${drift}`);
        }
        members.set(key, {
          optional: override ? override.optional : !field.required,
          type: override ? override.type : type,
          specName: field.name,
          source,
        });
      }
    }
    for (const name of directives.path) if (!seenSpecNames.has(name)) fail(where, `\`// @params path ${name}\` names no path param of the sources`);
    for (const name of directives.rename.keys()) if (!seenSpecNames.has(name)) fail(where, `\`// @params rename ${name}\` names no spec key of the sources`);
    for (const key of directives.type.keys()) if (!directives.used.has(`type ${key}`)) fail(where, `\`// @params type ${key}\` names no generated key`);
    for (const key of directives.omit) if (!directives.used.has(`omit ${key}`)) fail(where, `\`// @params omit ${key}\` names no key of the sources`);

    const body = [];
    for (const [key, m] of members) {
      const doc = insideDocs.get(key);
      if (doc) body.push(...doc.map((line, i) => `${indent}${i === 0 ? '' : ' '}${line}`));
      else body.push(`${indent}/** TODO(doc): \`${m.specName}\` of ${m.source}. */`);
      body.push(`${indent}${key}${m.optional ? '?' : ''}: ${m.type};`);
    }
    output = replaceBlock(output, name, body.length ? `${body.join('\n')}\n` : '');
  }
  output = formatted(entry.file, output);
  if (output !== entry.text) {
    if (check) stale.push(entry.file);
    else writes.push([entry.path, output]);
  }
}

// Nothing is written while any interface has a problem, so a half-understood file is never rewritten.
if (errors.length > 0) {
  process.stderr.write(`gen-params: ${errors.length} problem(s):\n${errors.map((e) => `  ${e}`).join('\n')}\n`);
  process.exit(2);
}
for (const [path, output] of writes) writeFileSync(path, output);
if (stale.length > 0) {
  process.stderr.write(`gen-params: stale params blocks in ${stale.map((f) => `src/api/${f}`).join(', ')}: run npm run generate\n`);
  process.exit(1);
}
if (!check) process.stdout.write(`gen-params: ${blocks} params blocks up to date\n`);
