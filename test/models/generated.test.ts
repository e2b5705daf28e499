// The model layer's mechanical part (wire interfaces, field declarations, constructors, raw/fromJSON) is written by
// scripts/gen-models.mjs from the spec; these tests keep the committed output fresh and check what a spec bump does.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const SCRIPT = join(ROOT, 'scripts/gen-models.mjs');
const SPEC = 'spec/bapi-2026-05-12.yml';

function runGenerator(args: string[]): { status: number; stderr: string } {
  try {
    execFileSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, stdio: 'pipe', timeout: 60_000 });
    return { status: 0, stderr: '' };
  } catch (error) {
    const failed = error as { status?: number; stderr?: Buffer };
    return { status: failed.status ?? -1, stderr: String(failed.stderr ?? '') };
  }
}

/** Copies src/models and the spec into a temporary root, runs `body` on it, then removes it. */
function withCopy(body: (root: string) => void): void {
  const root = mkdtempSync(join(tmpdir(), 'clerk-models-'));
  try {
    mkdirSync(join(root, 'spec'));
    cpSync(join(ROOT, SPEC), join(root, SPEC));
    cpSync(join(ROOT, 'src/models'), join(root, 'src/models'), { recursive: true });
    body(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

// Each run parses the whole spec (a few seconds of CPU, more on a busy machine).
describe('the generated model blocks', { timeout: 180_000 }, () => {
  it('are what scripts/gen-models.mjs writes from the spec (run `npm run generate` after a spec or override change)', () => {
    const result = runGenerator(['--check']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('leave no TODO(doc) placeholder in src/models (write the doc comment of every new field)', () => {
    const dir = join(ROOT, 'src/models');
    const left = readdirSync(dir).flatMap((file) =>
      readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .flatMap((line, i) => (line.includes('TODO(doc)') ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(left).toEqual([]);
  });

  it('reports a hand edit inside a block as stale, and regenerating restores it', () => {
    withCopy((root) => {
      const file = join(root, 'src/models/AllowlistIdentifier.ts');
      const original = readFileSync(file, 'utf8');
      edit(file, 'this.identifier = data.identifier;', 'this.identifier = data.identifier.trim();');
      const stale = runGenerator(['--check', '--root', root]);
      expect(stale.status).toBe(1);
      expect(stale.stderr).toContain('AllowlistIdentifier.ts is stale');
      expect(runGenerator(['--root', root]).status).toBe(0);
      expect(readFileSync(file, 'utf8')).toBe(original);
    });
  });

  it('adds a field new in the spec with a TODO(doc) placeholder, and drops a field gone from it with its doc', () => {
    withCopy((root) => {
      const spec = join(root, SPEC);
      // BlocklistIdentifier: gains `reason` (optional string), loses `instance_id`.
      const text = readFileSync(spec, 'utf8');
      const start = text.indexOf('\n    BlocklistIdentifier:\n      type: object\n');
      const field = '        instance_id:\n          type: string\n';
      const at = text.indexOf(field, start);
      expect(start).toBeGreaterThan(0);
      expect(text.slice(start + 1, at)).not.toMatch(/\n {4}\w/);
      writeFileSync(spec, `${text.slice(0, at)}        reason:\n          type: string\n${text.slice(at + field.length)}`);
      expect(runGenerator(['--check', '--root', root]).status).toBe(1);
      expect(runGenerator(['--root', root]).status).toBe(0);
      const model = readFileSync(join(root, 'src/models/BlocklistIdentifier.ts'), 'utf8');
      expect(model).toContain('  reason?: string;');
      expect(model).toMatch(/\/\*\* TODO\(doc\): [^\n]*\*\/\n {2}declare readonly reason: string \| null;/);
      expect(model).toContain('this.reason = data.reason ?? null;');
      expect(model).not.toContain('instance_id');
      expect(model).not.toContain('instanceId');
      // Everything else in the file keeps its doc comment.
      expect(model).toMatch(/\/\*\*[^\n]*\*\/\n {2}declare readonly identifier: string \| null;/);
    });
  });
});
