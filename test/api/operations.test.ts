// Every API call site passes its operation as one literal, the key then the entry (method, path, body facts), and
// the request is made from that literal alone: what the call sites pass must say what the spec says. Each entry is
// checked against the spec here, read independently of the generator, both as the call sites write it and as the
// test-only detail file (which other tests send from) lists it; and the generator's --check must pass on the
// committed files and fail when the spec changes under them or a call-site literal is edited by hand.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OPERATION_KEYS } from '../../src/api/operations.detail.generated';
import { callSites, OPERATION_TABLE } from '../helpers/operations';
import { deref, loadSpec, propertiesOf, readTsv, SPEC_URL, type Schema } from '../spec/openapi';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// Paths the API serves without `/v1` (the opaque-token "bapi-proxy" endpoints); the spec cannot say so.
const OUTSIDE_V1 = ['/api_keys', '/m2m_tokens', '/admin_portal_link_tokens', '/oauth_applications/access_tokens/verify'];

type Table = Record<string, string>;

function isObjectSchema(s: Schema): boolean {
  return s.type === 'object' || s.properties !== undefined || s.allOf !== undefined;
}

// User-owned maps: objects without declared keys, or with declared keys plus any others (additionalProperties).
function isMap(s: Schema): boolean {
  if (s.oneOf || s.anyOf || s.enum) return false;
  const declared = Object.keys(propertiesOf(s).properties).length > 0;
  if (!declared) return (s.type === undefined && !s.items) || s.type === 'object';
  return isObjectSchema(s) && (s.additionalProperties === true || typeof s.additionalProperties === 'object');
}

// The map keys (at any depth) of a body schema, and whether it nests objects with declared keys.
function bodyFacts(schemaIn: Schema, out = { maps: new Set<string>(), nested: false }, depth = 0) {
  const { doc } = loadSpec();
  const s = deref(doc, schemaIn) ?? {};
  if (depth > 10) return out;
  if (s.type === 'array') return bodyFacts(s.items ?? {}, out, depth + 1);
  for (const alternative of s.oneOf ?? s.anyOf ?? []) bodyFacts(alternative, out, depth + 1);
  for (const [key, prop] of Object.entries(propertiesOf(s).properties)) {
    const value = prop.type === 'array' ? (deref(doc, prop.items) ?? {}) : prop;
    if (isMap(value)) out.maps.add(key);
    else if (Object.keys(propertiesOf(value).properties).length > 0 || value.oneOf || value.anyOf) {
      out.nested = true;
      bodyFacts(value, out, depth + 1);
    }
  }
  return out;
}

/** Every way `table` differs from the spec, as `key: what` lines (empty when they agree). */
function disagreements(table: Table): string[] {
  const { doc, operations } = loadSpec();
  const rows = readTsv('operations.tsv');
  const names = rows.map((row) => `${row.resource}.${row.sdk_method}`);
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [i, row] of rows.entries()) {
    const op = operations.get(row.operationId as string);
    if (!op) {
      problems.push(`${row.operationId}: not in the spec`);
      continue;
    }
    const name = names[i] as string;
    const key = names.indexOf(name) !== names.lastIndexOf(name) ? `${name}#${op.operationId}` : name;
    seen.add(key);
    const entry = table[key];
    if (entry === undefined) {
      problems.push(`${key}: missing`);
      continue;
    }
    const [method, path, flags = '', maps = ''] = entry.split(' ');
    if (method !== op.method) problems.push(`${key}: method ${method}, spec ${op.method}`);
    const template = op.path.replace(/\{[^}]+\}/g, '{}');
    if (path !== template) problems.push(`${key}: path ${path}, spec ${template}`);
    const body = op.requestBody;
    let want = '';
    let wantMaps: string[] = [];
    if (body) {
      want += body.contentType === 'multipart/form-data' ? 'm' : body.schema.type === 'array' ? 'a' : 'j';
      if (body.required) want += 'r';
      const facts = bodyFacts(body.schema);
      if (facts.nested) want += 'd';
      wantMaps = [...facts.maps].sort();
    }
    const security = doc.paths[op.path][op.method.toLowerCase()].security;
    if (Array.isArray(security) && security.length === 0) want += 'p';
    if (OUTSIDE_V1.some((prefix) => op.path === prefix || op.path.startsWith(`${prefix}/`))) want += 'x';
    if (flags.replace('-', '') !== want) problems.push(`${key}: flags "${flags}", spec "${want}"`);
    if (maps !== wantMaps.join(',')) problems.push(`${key}: map keys "${maps}", spec "${wantMaps.join(',')}"`);
    const detail = KEYS.get(key);
    const query = op.parameters.filter((p) => p.in === 'query').map((p) => p.name);
    const bodyKeys = body ? Object.keys(propertiesOf(body.schema.type === 'array' ? body.schema.items : body.schema).properties) : [];
    if (JSON.stringify(detail?.query) !== JSON.stringify(query)) problems.push(`${key}: query keys differ from the spec`);
    if (JSON.stringify(detail?.body) !== JSON.stringify(bodyKeys)) problems.push(`${key}: body keys differ from the spec`);
  }
  for (const key of Object.keys(table)) if (!seen.has(key)) problems.push(`${key}: not an operation of the spec`);
  for (const key of KEYS.keys()) if (!seen.has(key)) problems.push(`${key}: key lists of an operation the spec lacks`);
  return problems;
}

// The entry of each operation as the call sites in src/api write it; `conflicts` names the literals that disagree
// with another call site of the same operation.
const conflicts: string[] = [];
const OPERATIONS: Table = {};
for (const site of callSites()) {
  if (site.literal === undefined) continue;
  const at = site.literal.indexOf(' ');
  const [key, entry] = at < 0 ? [site.literal, ''] : [site.literal.slice(0, at), site.literal.slice(at + 1)];
  if (OPERATIONS[key] !== undefined && OPERATIONS[key] !== entry) conflicts.push(`${site.where}: ${site.literal}`);
  OPERATIONS[key] = entry;
}
// The test-only key lists: `key query body` per line, comma-separated, `-` for none.
const KEYS = new Map(
  OPERATION_KEYS.trim()
    .split('\n')
    .map((line) => {
      const [key, query, body] = line.split(' ') as [string, string, string];
      const list = (text: string) => (text === '-' ? [] : text.split(','));
      return [key, { query: list(query), body: list(body) }] as const;
    }),
);

describe('the operation literals of the call sites', () => {
  it('agree with the spec on every operation, and every operation has a call site', () => {
    expect(Object.keys(OPERATIONS)).toHaveLength(readTsv('operations.tsv').length);
    expect(disagreements(OPERATIONS)).toEqual([]);
    expect(conflicts).toEqual([]);
  });

  it('are string literals everywhere but where AbstractAPI passes one on', () => {
    const computed = callSites().filter((site) => site.literal === undefined);
    expect(computed.map((site) => `${site.where.replace(/:\d+$/, '')} ${site.code}`)).toEqual(['AbstractAPI.ts operation', 'AbstractAPI.ts operation']);
  });

  it('are what the test-only detail file lists, so tests that send from it send what the SDK sends', () => {
    expect(Object.fromEntries(OPERATION_TABLE)).toEqual(OPERATIONS);
    expect(disagreements(Object.fromEntries(OPERATION_TABLE))).toEqual([]);
  });

  it('is caught when an entry is wrong: method, path, flags or map keys', () => {
    const mutate = (key: string, change: (entry: string) => string): string[] => disagreements({ ...OPERATIONS, [key]: change(OPERATIONS[key] as string) });
    expect(mutate('users.getUser', (e) => e.replace('GET', 'POST'))).toEqual(['users.getUser: method POST, spec GET']);
    expect(mutate('users.getUser', (e) => e.replace('/users/{}', '/user/{}'))).toEqual(['users.getUser: path /user/{}, spec /users/{}']);
    expect(mutate('users.createUser', (e) => e.replace('private_metadata,', ''))).toEqual([
      'users.createUser: map keys "public_metadata,unsafe_metadata", spec "private_metadata,public_metadata,unsafe_metadata"',
    ]);
    expect(mutate('users.updateUser', (e) => e.replace(' jr', ' j'))).toEqual(['users.updateUser: flags "j", spec "jr"']);
    expect(mutate('apiKeys.get', (e) => e.replace(' x', ''))).toEqual(['apiKeys.get: flags "", spec "x"']);
    const { 'jwks.getJwks': _gone, ...rest } = OPERATIONS;
    expect(disagreements(rest)).toEqual(['jwks.getJwks: missing']);
  });

  it('carries the map keys of the operations whose bodies hold user-owned maps', () => {
    expect(OPERATIONS['users.updateUserMetadata']).toBe('PATCH /users/{}/metadata j private_metadata,public_metadata,unsafe_metadata');
    expect(OPERATIONS['actorTokens.create']).toBe('POST /actor_tokens j actor');
    expect(OPERATIONS['directories.updateDirectory']).toBe('PATCH /directories/{} j attribute_mapping');
  });
});

describe('npm run generate (scripts/gen-operations.mjs)', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/gen-operations.mjs', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

  /** Runs `then` on a temporary copy of src/api and spec/operations.tsv (for `--root`), removed afterwards. */
  function withCopy(then: (root: string, edit: (file: string, from: string, to: string) => void) => void): void {
    const root = mkdtempSync(join(tmpdir(), 'gen-operations-'));
    try {
      cpSync(join(ROOT, 'src/api'), join(root, 'src/api'), { recursive: true });
      mkdirSync(join(root, 'spec'));
      cpSync(join(ROOT, 'spec/operations.tsv'), join(root, 'spec/operations.tsv'));
      then(root, (file, from, to) => {
        const text = readFileSync(join(root, file), 'utf8');
        expect(text).toContain(from);
        writeFileSync(join(root, file), text.replace(from, to));
      });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }

  it('--check passes on the committed files', () => {
    const result = run('--check');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 60_000);

  it('--check fails, naming the file, when the spec no longer matches the table', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gen-operations-'));
    try {
      const spec = join(dir, 'bapi.yml');
      const text = readFileSync(SPEC_URL, 'utf8');
      expect(text).toContain('\n  /jwks:\n');
      writeFileSync(spec, text.replace('\n  /jwks:\n', '\n  /jwks/keys:\n'));
      const result = run('--check', spec);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('operations.generated.ts is stale');
      expect(result.stderr).toContain('src/api/JwksAPI.ts:');
      expect(result.stderr).toContain("'jwks.getJwks GET /jwks' is stale, the spec's is 'jwks.getJwks GET /jwks/keys'");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('--check fails, naming the call site, when a literal is edited by hand; writing puts it back', () => {
    withCopy((root, edit) => {
      edit('src/api/UserAPI.ts', "'users.getUser GET /users/{}'", "'users.getUser GET /user/{}'");
      const result = run('--check', '--root', root);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(
        /^src\/api\/UserAPI\.ts:\d+: 'users\.getUser GET \/user\/\{\}' is stale, the spec's is 'users\.getUser GET \/users\/\{\}'$/m,
      );
      expect(result.stderr).not.toContain('generated.ts is stale');
      expect(run('--root', root).status).toBe(0);
      expect(readFileSync(join(root, 'src/api/UserAPI.ts'), 'utf8')).toBe(readFileSync(join(ROOT, 'src/api/UserAPI.ts'), 'utf8'));
    });
  }, 60_000);

  it('fills in the entry of a new call site written with its bare key, and leaves the method names of messages alone', () => {
    withCopy((root, edit) => {
      edit('src/api/UserAPI.ts', "this.send('users.getUser GET /users/{}',", "this.send('users.getUser',");
      expect(run('--check', '--root', root).stderr).toMatch(/UserAPI\.ts:\d+: 'users\.getUser' is stale/);
      expect(run('--root', root).status).toBe(0);
      expect(readFileSync(join(root, 'src/api/UserAPI.ts'), 'utf8')).toBe(readFileSync(join(ROOT, 'src/api/UserAPI.ts'), 'utf8'));
      expect(readFileSync(join(root, 'src/api/UserAPI.ts'), 'utf8')).toContain("this.checkParams('users.getCount', params, 'optional')");
    });
  }, 60_000);

  it('--check names a send call whose operation the spec lacks, and an operation no call site runs', () => {
    withCopy((root, edit) => {
      edit('src/api/JwksAPI.ts', "'jwks.getJwks GET /jwks'", "'jwks.getJwkz GET /jwks'");
      const result = run('--check', '--root', root);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/^src\/api\/JwksAPI\.ts:\d+: 'jwks\.getJwkz GET \/jwks' names no operation of the spec$/m);
      expect(result.stderr).toContain('jwks.getJwks: no call site in src/api runs this operation');
    });
  }, 60_000);
});
