// The keys and types of the exported `…Params` interfaces are generated from the spec (scripts/gen-params.mjs) inside
// `// <generated:…>` blocks that keep each key's hand-written doc comment. These tests check that the committed
// blocks are what the generator writes, that a spec change shows up as code and doc placeholders together, that no
// placeholder is left in src/api, and that each block reads the operation its method actually calls.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { RESOURCES } from '../../src/resources';
import { apiSignatures } from './signatures';

const ROOT = resolve(__dirname, '../..');
const SCRIPT = join(ROOT, 'scripts/gen-params.mjs');
const SPEC = join(ROOT, 'spec/bapi-2026-05-12.yml');

function runGenerator(args: string[]): { status: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, stdio: 'pipe', timeout: 60_000 });
    return { status: 0, stdout: String(stdout), stderr: '' };
  } catch (error) {
    const failed = error as { status?: number; stdout?: Buffer; stderr?: Buffer };
    return { status: failed.status ?? -1, stdout: String(failed.stdout ?? ''), stderr: String(failed.stderr ?? '') };
  }
}

/** Copies src/api and spec/operations.tsv into a temporary root, lets `change` edit it, then removes it. */
function withCopy(change: (root: string) => void, then: (root: string) => void): void {
  const root = mkdtempSync(join(tmpdir(), 'clerk-params-'));
  try {
    cpSync(join(ROOT, 'src/api'), join(root, 'src/api'), { recursive: true });
    mkdirSync(join(root, 'spec'));
    cpSync(join(ROOT, 'spec/operations.tsv'), join(root, 'spec/operations.tsv'));
    change(root);
    then(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function edit(root: string, file: string, from: string, to: string): void {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

/** `file:line: text` of every TODO(doc) placeholder under `dir`. */
function docPlaceholders(dir: string): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) =>
      readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .flatMap((line, i) => (line.includes('TODO(doc)') ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
}

/** The body of one interface as written in `text`. */
function interfaceBody(text: string, name: string): string {
  const start = text.indexOf(`export interface ${name} `);
  expect(start, name).toBeGreaterThanOrEqual(0);
  return text.slice(start, text.indexOf('\n}\n', start));
}

describe('generated params interfaces', () => {
  it('are what scripts/gen-params.mjs writes from the spec (run `npm run generate` after a spec or override change)', () => {
    const result = runGenerator(['--check']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 60_000);

  it('leave no TODO(doc) placeholder in src/api: every generated key has a doc comment in our own words', () => {
    expect(docPlaceholders(join(ROOT, 'src/api'))).toEqual([]);
  });

  it('follow a spec bump: a new field appears with a TODO(doc), a removed one goes with its doc, the rest keep theirs', () => {
    const spec = parse(readFileSync(SPEC, 'utf8'));
    const body = spec.paths['/users'].post.requestBody.content['application/json'].schema;
    body.properties.nickname = { type: 'string', nullable: true };
    delete body.properties.locale;
    withCopy(
      (root) => {
        writeFileSync(join(root, 'spec.yml'), JSON.stringify(spec));
        // Without its named type, this key's spec union is longer than a line: Biome's wrapping is what gets written.
        edit(root, 'src/api/OrganizationAPI.types.ts', '  // @params type enrollmentMode?: OrganizationDomainEnrollmentModeFilter[]\n', '');
      },
      (root) => {
        const specArgs = ['--root', root, '--spec', join(root, 'spec.yml')];
        const stale = runGenerator(['--check', ...specArgs]);
        expect(stale.status).toBe(1);
        expect(stale.stderr).toContain('src/api/UserAPI.types.ts');
        expect(runGenerator(specArgs).status).toBe(0);
        const created = interfaceBody(readFileSync(join(root, 'src/api/UserAPI.types.ts'), 'utf8'), 'CreateUserParams');
        expect(created).toContain('  /** TODO(doc): `nickname` of CreateUser. */\n  nickname?: string | null;\n');
        expect(created).not.toContain('locale');
        expect(created).not.toContain('Preferred locale');
        expect(created).toContain('  /** Username; unique across the instance. */\n  username?: string | null;\n');
        // UpdateUser still has `locale`, with its own doc.
        expect(interfaceBody(readFileSync(join(root, 'src/api/UserAPI.types.ts'), 'utf8'), 'UpdateUserParams')).toContain(
          '  /** Preferred locale, such as `en-US`. */\n  locale?: string | null;\n',
        );
        expect(docPlaceholders(join(root, 'src/api'))).toEqual([expect.stringMatching(/^UserAPI\.types\.ts:\d+: \/\*\* TODO\(doc\): `nickname`/)]);
        expect(readFileSync(join(root, 'src/api/OrganizationAPI.types.ts'), 'utf8')).toContain(
          "  enrollmentMode?: Array<\n    | 'manual_invitation'\n    | 'automatic_invitation'\n",
        );
      },
    );
  }, 120_000);

  it('restore a hand-edited block, and keep overrides and hand-written extras outside it', () => {
    withCopy(
      (root) => edit(root, 'src/api/UserAPI.types.ts', '  firstName?: string | null;\n  /** Last name. */', '  firstName?: number;\n  /** Last name. */'),
      (root) => {
        const stale = runGenerator(['--check', '--root', root]);
        expect(stale.status).toBe(1);
        expect(runGenerator(['--root', root]).status).toBe(0);
        const text = readFileSync(join(root, 'src/api/UserAPI.types.ts'), 'utf8');
        expect(text).toBe(readFileSync(join(ROOT, 'src/api/UserAPI.types.ts'), 'utf8'));
        const update = interfaceBody(text, 'UpdateUserParams');
        // v4 names, a narrower type and the metadata routed to …/metadata stay as the overrides say.
        expect(update).toContain('  primaryEmailAddressID?: string | null;\n');
        expect(update).toContain('  createdAt?: Date | string | null;\n');
        expect(update.slice(update.indexOf('// </generated:UpdateUserParams>'))).toContain('publicMetadata?: Record<string, unknown>;');
      },
    );
  }, 120_000);

  it('refuses stale or redundant overrides, named unions that drifted from the spec enum, hand members that repeat a generated key, unknown sources and unsourced interfaces', () => {
    // Seven faults in one copy: the generator reports every problem it finds, then exits 2 without writing.
    withCopy(
      (root) => {
        edit(root, 'src/api/UserAPI.types.ts', '  // @params type createdAt?: Date | string | null\n', '  // @params type nickname?: string\n');
        edit(
          root,
          'src/api/UserAPI.types.ts',
          '  // </generated:UpdateUserParams>\n',
          '  // </generated:UpdateUserParams>\n  /** Again. */\n  locale?: string;\n',
        );
        edit(root, 'src/api/UserAPI.types.ts', '// <generated:VerifyTOTPParams> from VerifyTOTP\n', '// <generated:VerifyTOTPParams> from NoSuchOperation\n');
        edit(root, 'src/api/EmailAPI.ts', '  // @params hand-written:', '  // (no longer hand-written):');
        edit(root, 'src/api/SessionAPI.ts', " | 'replaced' | 'revoked';", " | 'replaced' | 'paused';");
        edit(
          root,
          'src/api/AllowlistIdentifierAPI.ts',
          '  // <generated:CreateAllowlistIdentifierParams>',
          '  // @params type identifier: string\n  // <generated:CreateAllowlistIdentifierParams>',
        );
        edit(
          root,
          'src/api/InvitationAPI.ts',
          'export interface GetInvitationListParams extends PaginationParams {',
          'export interface GetInvitationListParams {',
        );
      },
      (root) => {
        const before = readFileSync(join(root, 'src/api/UserAPI.types.ts'), 'utf8');
        const result = runGenerator(['--root', root]);
        expect(result.status).toBe(2);
        expect(result.stderr).toContain('UserAPI.types.ts CreateUserParams: `// @params type nickname` names no generated key');
        expect(result.stderr).toContain('UserAPI.types.ts UpdateUserParams: `locale` is generated and also declared by hand outside the block');
        expect(result.stderr).toContain('UserAPI.types.ts VerifyTOTPParams: no operation NoSuchOperation in the spec');
        expect(result.stderr).toContain('EmailAPI.ts CreateEmailParams: no // <generated:CreateEmailParams> block');
        expect(result.stderr).toContain(
          "SessionAPI.ts GetSessionListParams: `status`: SessionListStatus (src/api/SessionAPI.ts) lacks 'revoked' and has 'paused' the spec does not",
        );
        expect(result.stderr).toContain('CreateAllowlistIdentifierParams: `// @params type identifier` says what the generator writes anyway');
        expect(result.stderr).toContain(
          'InvitationAPI.ts GetInvitationListParams: ListInvitations is a paginated list: its params interface extends PaginationParams',
        );
        expect(readFileSync(join(root, 'src/api/UserAPI.types.ts'), 'utf8')).toBe(before);
      },
    );
  }, 120_000);

  it('read the operation(s) of the method that takes them', () => {
    const classToResource = new Map(Object.entries(RESOURCES).map(([name, cls]) => [cls.name, name]));
    const [header, ...rows] = readFileSync(join(ROOT, 'spec/operations.tsv'), 'utf8').trim().split('\n');
    const columns = header!.split('\t');
    const opsOf = new Map<string, string[]>();
    for (const cells of rows.map((row) => row.split('\t'))) {
      const key = `${cells[columns.indexOf('resource')]}.${cells[columns.indexOf('sdk_method')]}`;
      opsOf.set(key, [...(opsOf.get(key) ?? []), cells[columns.indexOf('operationId')]!]);
    }
    const sources = new Map<string, string[]>();
    for (const file of readdirSync(join(ROOT, 'src/api')).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(join(ROOT, 'src/api', file), 'utf8');
      for (const match of text.matchAll(/\/\/ <generated:(\w+Params)> from (.+)$/gm)) {
        sources.set(
          match[1]!,
          match[2]!.split(',').map((s) => s.trim().split('.')[0]!),
        );
      }
    }
    const checked: string[] = [];
    for (const signature of apiSignatures().values()) {
      const ops = opsOf.get(`${classToResource.get(signature.className)}.${signature.method}`);
      if (!ops) continue;
      for (const declaration of signature.declarations) {
        for (const param of declaration.params) {
          for (const name of param.type.match(/\b\w+Params\b/g) ?? []) {
            const from = sources.get(name);
            if (!from || from.length === 0) continue;
            checked.push(name);
            expect(
              from.filter((id) => ops.includes(id)),
              `${signature.className}.${signature.method} takes ${name}, generated from ${from.join(', ')}, but calls ${ops.join(', ')}`,
            ).not.toEqual([]);
          }
        }
      }
    }
    expect(new Set(checked).size).toBeGreaterThan(120);
  });

  it('make a params argument required wherever its interface has a required key', () => {
    // A generated key without `?` is one the spec requires; a method whose params argument could be left out
    // would let TypeScript accept a call the API refuses.
    const required = new Map<string, string[]>();
    for (const file of readdirSync(join(ROOT, 'src/api')).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(join(ROOT, 'src/api', file), 'utf8');
      for (const match of text.matchAll(/\/\/ <generated:(\w+Params)>[^\n]*\n([\s\S]*?)\/\/ <\/generated:\1>/g)) {
        const keys = [...match[2]!.matchAll(/^\s+(\w+):(?: |$)/gm)].map((m) => m[1]!);
        if (keys.length > 0) required.set(match[1]!, keys);
      }
    }
    expect(required.size).toBeGreaterThan(50);
    const loose: string[] = [];
    for (const signature of apiSignatures().values()) {
      for (const declaration of signature.declarations) {
        for (const param of declaration.params) {
          const keys = required.get(param.type.trim());
          if (keys && param.optional) loose.push(`${signature.className}.${signature.method}(${param.name}?: ${param.type}) needs ${keys.join(', ')}`);
        }
      }
    }
    expect(loose).toEqual([]);
  });
});
