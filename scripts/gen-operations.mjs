// Writes the operation table the API classes run their requests from, derived from the vendored Backend API spec and
// spec/operations.tsv (which names each operation's SDK resource and method):
//   - src/api/operations.generated.ts: what the runtime needs, one short string per operation (see FORMAT below);
//   - src/api/operations.detail.generated.ts: the query and body keys of every operation, which only tests read.
//
//   node scripts/gen-operations.mjs [path/to/bapi.yml]           write both files
//   node scripts/gen-operations.mjs --check [path/to/bapi.yml]   exit 1 if a committed file is stale
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { deref, isFreeForm, loadSpec, operations, propertiesOf, root, writeOrCheck } from './lib/spec.mjs';

const args = process.argv.slice(2);
const check = args.includes('--check');
const specPath = args.find((arg) => !arg.startsWith('--'));
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

const all = operations(spec);
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
// One string per resource, one line per operation ("METHOD_NAME ENTRY"), so the bundle carries the resource name once
// and no per-entry quoting; src/api/operations.ts reads it.
const byResource = new Map();
for (const { key, text } of rows) {
  const [resource, method] = [key.slice(0, key.indexOf('.')), key.slice(key.indexOf('.') + 1)];
  if (!byResource.has(resource)) byResource.set(resource, []);
  byResource.get(resource).push(`${method} ${text}`);
}
const resources = [...byResource].map(([resource, lines]) => `  ${resource}: ${lines.map((line) => quote(`${line}\\n`)).join(' +\n    ')},`);
const table = `${header}${FORMAT}
// Each resource's string holds one line per operation: the SDK method name, a space, then the entry.
// The API classes run every request through this table (AbstractAPI.send and AbstractAPI.sendList).

/** The wire facts of every Backend API operation, by SDK resource (read through \`operation()\` in ./operations). */
export const OPERATIONS: Readonly<Record<string, string>> = {
${resources.join('\n')}
};

/**
 * An operation's key: its SDK resource and method name, such as \`users.getUser\` (plus \`#operationId\` when a method runs two).
 * @internal
 */
export type OperationKey =
${rows.map(({ key }) => `  | ${quote(key)}`).join('\n')};
`;
const detail = `${header}// The query and body keys (wire names) of every operation. Only tests read it; the runtime needs none of it.

/** One line per operation: its key, its query keys, its body keys (comma-separated, \`-\` for none). */
export const OPERATION_KEYS = \`
${details.join('\n')}
\`;
`;

// The output is run through Biome, so the committed files pass `biome check` as they are.
function formatted(url, text) {
  const biome = fileURLToPath(new URL('node_modules/@biomejs/biome/bin/biome', root));
  return execFileSync(process.execPath, [biome, 'format', `--stdin-file-path=${fileURLToPath(url)}`], {
    input: text,
    encoding: 'utf8',
    cwd: fileURLToPath(root),
  });
}

const tableUrl = new URL('src/api/operations.generated.ts', root);
const detailUrl = new URL('src/api/operations.detail.generated.ts', root);
const okTable = writeOrCheck(tableUrl, formatted(tableUrl, table), check);
const okDetail = writeOrCheck(detailUrl, formatted(detailUrl, detail), check);
if (!okTable || !okDetail) process.exit(1);
