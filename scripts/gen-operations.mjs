// Derives every operation's entry (its method, path and body facts: see FORMAT below) from the vendored Backend API
// spec and spec/operations.tsv (which names each operation's SDK resource and method). There is no runtime table:
// each call site in src/api (this.send, sendList, sendFrom, sendListFrom) passes its operation as one string literal,
// the key, a space, then the entry, and AbstractAPI reads the request from that literal. This script writes:
//   - the call-site literals themselves: in src/api/*.ts, every string literal whose first word is an operation key
//     and that holds an entry after it, or that is the operation argument of a send call (a bare key there is how a
//     new call site starts), becomes the key and its current entry;
//   - src/api/operations.generated.ts: the type `Operation`, the union of every exact literal, so that a call site
//     with a typo or a stale literal fails the typecheck (types only: it adds nothing to the bundle);
//   - src/api/operations.detail.generated.ts: every entry, and the query and body keys of every operation, which
//     only tests read.
//
//   node scripts/gen-operations.mjs [--root DIR] [path/to/bapi.yml]           write all of them
//   node scripts/gen-operations.mjs --check [--root DIR] [path/to/bapi.yml]   exit 1, naming each problem, if a
//       generated file or a call-site literal is stale, a send call names no operation, or an operation of the
//       spec has no call site (the last is only reported, not fatal, when writing)
// `--root` points at another checkout (its src/api and spec/operations.tsv); tests use it on a copy.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { deref, isFreeForm, loadSpec, operations, propertiesOf, readTable, root, writeOrCheck } from './lib/spec.mjs';

const args = process.argv.slice(2);
const check = args.includes('--check');
const rootAt = args.indexOf('--root');
const ROOT = rootAt >= 0 ? resolve(args[rootAt + 1]) : fileURLToPath(root);
const specPath = args.find((arg, i) => !arg.startsWith('--') && i !== rootAt + 1);
const spec = loadSpec(specPath);

// Hand decision: the opaque-token endpoints are served without the `/v1` prefix (the "bapi-proxy" paths). The spec
// declares one server (`…/v1`) for every path, so it cannot say this itself.
const OUTSIDE_V1 = [/^\/api_keys(\/|$)/, /^\/m2m_tokens(\/|$)/, /^\/admin_portal_link_tokens(\/|$)/, /^\/oauth_applications\/access_tokens\/verify$/];

const FORMAT = `// Each entry is "METHOD PATH FLAGS MAPS" (the last two may be left out; "-" stands for no flags):
//   PATH   the spec's path template with every {param} written as {}, filled in order from the method's ids;
//   FLAGS  j JSON object body, a JSON array body, m multipart body, r the spec requires a body (send {}),
//          d nested body objects with fixed keys (their keys are snake_cased too), p public (no secret key),
//          x outside the /v1 prefix;
//   MAPS   comma-separated body keys whose values are user-owned maps (metadata, claims, …), sent verbatim.`;

// A user-owned map: an object without declared keys, or one that declares some but lets any others in (actor).
function isMap(schemaIn) {
  let schema = deref(spec, schemaIn) ?? {};
  // `allOf: [$ref]` only wraps a component to give it a description of its own.
  if (schema.allOf?.length === 1 && !schema.properties) schema = deref(spec, schema.allOf[0]) ?? {};
  if (isFreeForm(spec, schema)) return true;
  return (
    (schema.type === 'object' || schema.properties !== undefined) && (schema.additionalProperties === true || typeof schema.additionalProperties === 'object')
  );
}

// Walks a body schema: `maps` collects the keys (at any depth) holding user-owned maps, `nested` is set when some
// property holds objects with declared keys, whose keys the SDK must convert too.
function walk(schemaIn, found, depth = 0) {
  const schema = deref(spec, schemaIn) ?? {};
  if (depth > 10) return;
  if (schema.type === 'array') return walk(schema.items, found, depth + 1);
  for (const alternative of schema.oneOf ?? schema.anyOf ?? []) walk(alternative, found, depth + 1);
  for (const [key, propIn] of Object.entries(propertiesOf(spec, schema).properties)) {
    const prop = deref(spec, propIn) ?? {};
    const value = prop.type === 'array' ? (deref(spec, prop.items) ?? {}) : prop;
    if (isMap(value)) {
      found.maps.add(key);
    } else if (Object.keys(propertiesOf(spec, value).properties).length > 0 || value.oneOf || value.anyOf) {
      found.nested = true;
      walk(value, found, depth + 1);
    }
  }
}

const all = operations(spec, readTable(join(ROOT, 'spec/operations.tsv')));
const named = (op) => `${op.resource}.${op.sdkMethod}`;
const shared = new Set(all.map(named).filter((name, i, names) => names.indexOf(name) !== i));
// Biome's style: single quotes, and a key is quoted only when it must be.
const quote = (text) => `'${text}'`;
const rows = [];
const details = [];
for (const op of all) {
  if (!op.resource || !op.sdkMethod) throw new Error(`${op.operationId} has no row in spec/operations.tsv`);
  // One SDK method may run two operations (sessions.getToken, with or without a template): each is then keyed by
  // the method's name and the spec's operationId.
  const key = shared.has(named(op)) ? `${named(op)}#${op.operationId}` : named(op);
  let flags = '';
  const found = { maps: new Set(), nested: false };
  if (op.body) {
    flags += { json: 'j', array: 'a', multipart: 'm' }[op.body.kind];
    if (op.body.required) flags += 'r';
    walk(op.body.schema, found);
    if (found.nested) flags += 'd';
  }
  if (op.public) flags += 'p';
  if (OUTSIDE_V1.some((pattern) => pattern.test(op.path))) flags += 'x';
  const maps = [...found.maps].sort();
  const fields = [op.method, op.path.replace(/\{[^}]+\}/g, '{}')];
  if (flags || maps.length) fields.push(flags || '-');
  if (maps.length) fields.push(maps.join(','));
  rows.push({ key, text: fields.join(' ') });
  const bodyKeys = op.body ? Object.keys(op.body.fields.properties) : [];
  details.push(`${key} ${op.query.map((q) => q.name).join(',') || '-'} ${bodyKeys.join(',') || '-'}`);
}

const header = '// Generated by scripts/gen-operations.mjs from the Backend API spec and spec/operations.tsv. Do not edit: run npm run generate.\n';
// What each call site passes: the key, a space, then the entry.
const literalOf = new Map(rows.map(({ key, text }) => [key, `${key} ${text}`]));
const types = `${header}${FORMAT}
// A call site in src/api passes its operation as one string literal, "KEY ENTRY", where KEY is the SDK resource and
// method name (plus "#operationId" when one method runs two operations); AbstractAPI reads the request from it.
// Only types live here, so nothing of this file reaches the bundle.

/**
 * An operation as its call site writes it: its key, such as \`users.getUser\`, a space, then its entry. Any other
 * string fails the typecheck, so a literal the spec no longer agrees with shows up there (and in \`npm run generate\`).
 * @internal
 */
export type Operation =
${[...literalOf.values()].map((literal) => `  | ${quote(literal)}`).join('\n')};
`;
const detail = `${header}// Every operation's entry, and its query and body keys (wire names). Only tests read it; the runtime needs none of it.

/** One line per operation: its key, then its entry, as its call site in src/api writes it (see operations.generated.ts). */
export const OPERATION_ENTRIES = \`
${[...literalOf.values()].join('\n')}
\`;

/** One line per operation: its key, its query keys, its body keys (comma-separated, \`-\` for none). */
export const OPERATION_KEYS = \`
${details.join('\n')}
\`;
`;

// The output is run through Biome, so the committed files pass `biome check` as they are. Biome reads the file's path
// (relative to the checkout) only to pick its settings.
function formatted(file, text) {
  const biome = fileURLToPath(new URL('node_modules/@biomejs/biome/bin/biome', root));
  return execFileSync(process.execPath, [biome, 'format', `--stdin-file-path=${file}`], {
    input: text,
    encoding: 'utf8',
    cwd: fileURLToPath(root),
  });
}

// The call sites. A string literal is an operation literal when its first word is an operation key and either an
// entry follows, or it is the first argument of a send call (`this.send('users.getUser', …)`, before its first
// generate). Other bare keys (the method names that checkParams and toUpload put in their messages) are left alone.
const SEND = /^send(List|From|ListFrom)?$/;
const problems = [];
const used = new Set();
const apiDir = join(ROOT, 'src/api');
for (const name of readdirSync(apiDir)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.generated.ts'))
  .sort()) {
  const file = relative(ROOT, join(apiDir, name)).split('\\').join('/');
  const text = readFileSync(join(apiDir, name), 'utf8');
  const source = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
  const edits = [];
  const visit = (node) => {
    if (ts.isStringLiteral(node)) {
      const call = node.parent;
      const isOperationArgument =
        ts.isCallExpression(call) && call.arguments[0] === node && ts.isPropertyAccessExpression(call.expression) && SEND.test(call.expression.name.text);
      const space = node.text.indexOf(' ');
      const key = space < 0 ? node.text : node.text.slice(0, space);
      const want = literalOf.get(key);
      const where = `${file}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
      if (want === undefined) {
        if (isOperationArgument) problems.push(`${where}: ${quote(node.text)} names no operation of the spec`);
      } else if (isOperationArgument || space > 0) {
        used.add(key);
        if (node.text !== want) {
          problems.push(`${where}: ${quote(node.text)} is stale, the spec's is ${quote(want)}`);
          edits.push({ start: node.getStart(source), end: node.getEnd(), text: quote(want) });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (edits.length > 0 && !check) {
    let out = text;
    for (const edit of edits.reverse()) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
    writeOrCheck(pathToFileURL(join(apiDir, name)), formatted(file, out), false);
  }
}
const unused = rows.filter(({ key }) => !used.has(key)).map(({ key }) => `${key}: no call site in src/api runs this operation`);

const at = (file) => pathToFileURL(join(ROOT, file));
const okTypes = writeOrCheck(at('src/api/operations.generated.ts'), formatted('src/api/operations.generated.ts', types), check);
const okDetail = writeOrCheck(at('src/api/operations.detail.generated.ts'), formatted('src/api/operations.detail.generated.ts', detail), check);
if (check) {
  for (const problem of [...problems, ...unused]) console.error(problem);
  if (problems.length > 0) console.error('call-site literals are stale: run npm run generate');
  if (!okTypes || !okDetail || problems.length > 0 || unused.length > 0) process.exit(1);
} else {
  for (const problem of unused) console.error(problem);
}
