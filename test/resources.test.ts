// The resource table (RESOURCES in src/resources.ts) is the one place a resource is listed: the client mounts it, and
// scripts/gen-resources.mjs derives the documented `ClerkClient` members and README's Resources table from it.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClerkClient } from '../src/index';
import { RESOURCES } from '../src/resources';

const ROOT = resolve(__dirname, '..');
const SCRIPT = join(ROOT, 'scripts/gen-resources.mjs');
const INPUTS = ['src/resources.ts', 'src/client.ts', 'README.md', 'spec/operations.tsv'];

function runGenerator(args: string[]): { status: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, stdio: 'pipe', timeout: 60_000 });
    return { status: 0, stdout: String(stdout), stderr: '' };
  } catch (error) {
    const failed = error as { status?: number; stdout?: Buffer; stderr?: Buffer };
    return { status: failed.status ?? -1, stdout: String(failed.stdout ?? ''), stderr: String(failed.stderr ?? '') };
  }
}

/** Copies the generator's inputs and outputs into a temporary root, lets `change` edit them, then removes it. */
function withCopy(change: (root: string) => void, then: (root: string) => void): void {
  const root = mkdtempSync(join(tmpdir(), 'clerk-resources-'));
  try {
    for (const file of INPUTS) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      copyFileSync(join(ROOT, file), join(root, file));
    }
    change(root);
    then(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function edit(root: string, file: string, from: string, to: string): void {
  const text = readFileSync(join(root, file), 'utf8');
  expect(text).toContain(from);
  writeFileSync(join(root, file), text.replace(from, to));
}

/** The rows of README's generated Resources table: resource, class, operations, names from v4 / @clerk/backend. */
function readmeRows(readme: string): string[][] {
  const block = readme.slice(readme.indexOf('<!-- resources:start'), readme.indexOf('<!-- resources:end'));
  return block
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) =>
      line
        .split('|')
        .slice(1, 5)
        .map((cell) => cell.trim().replace(/`/g, '')),
    );
}

describe('the resource table', () => {
  it('is what src/client.ts and README.md say (run `npm run generate` after editing src/resources.ts)', () => {
    const result = runGenerator(['--check']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('mounts one instance of each row, under its property, in the table order, before the other client members', () => {
    const client = createClerkClient({ secretKey: 'sk_test_resources' });
    const properties = Object.keys(RESOURCES);
    expect(properties).toHaveLength(41);
    expect(Object.keys(client).slice(0, properties.length)).toEqual(properties);
    expect(Object.keys(client).slice(properties.length).sort()).toEqual(['authenticateRequest', 'expressRequireAuth', 'expressWithAuth', 'verifyToken']);
    for (const [property, ResourceClass] of Object.entries(RESOURCES)) {
      expect(client[property as keyof typeof RESOURCES], property).toBeInstanceOf(ResourceClass);
      expect(Object.getOwnPropertyDescriptor(client, property)?.enumerable, property).toBe(true);
    }
    // Two clients never share a resource instance.
    const other = createClerkClient({ secretKey: 'sk_test_other' });
    for (const property of properties) {
      expect(other[property as keyof typeof RESOURCES], property).not.toBe(client[property as keyof typeof RESOURCES]);
    }
  });

  it('gives README one row per resource, with its class and the operation counts of spec/operations.tsv', () => {
    const rows = readmeRows(readFileSync(join(ROOT, 'README.md'), 'utf8'));
    expect(rows.map(([name, className]) => [name, className])).toEqual(Object.entries(RESOURCES).map(([name, ResourceClass]) => [name, ResourceClass.name]));
    const [header, ...lines] = readFileSync(join(ROOT, 'spec/operations.tsv'), 'utf8').trim().split('\n');
    const columns = header!.split('\t');
    const operations = lines.map((line) => line.split('\t'));
    for (const [name, , count, named] of rows) {
      const mine = operations.filter((cells) => cells[columns.indexOf('resource')] === name);
      expect(Number(count), name).toBe(mine.length);
      const fromExisting = mine.filter((cells) => cells[columns.indexOf('origin')] !== 'proposed').length;
      expect(named, name).toBe(mine.length === 0 ? '' : String(fromExisting));
    }
  });

  it("reports both generated blocks stale when a row's description changes, and regenerating fixes them", () => {
    withCopy(
      (root) => edit(root, 'src/resources.ts', '/** Sign-up blocklist. */', '/** Identifiers that may not sign up. */'),
      (root) => {
        const stale = runGenerator(['--check', '--root', root]);
        expect(stale.status).toBe(1);
        expect(stale.stderr).toContain('src/client.ts, README.md');
        expect(runGenerator(['--root', root]).status).toBe(0);
        expect(runGenerator(['--check', '--root', root]).status).toBe(0);
        expect(readFileSync(join(root, 'src/client.ts'), 'utf8')).toContain(
          '  /** Identifiers that may not sign up. */\n  readonly blocklistIdentifiers: BlocklistIdentifierAPI;\n',
        );
        expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain(
          '| `blocklistIdentifiers` | `BlocklistIdentifierAPI` | 3 | 3 | Identifiers that may not sign up. |',
        );
      },
    );
  });

  it('reports README stale when the spec gains an operation, and counts it once regenerated', () => {
    withCopy(
      (root) => {
        const file = join(root, 'spec/operations.tsv');
        writeFileSync(file, `${readFileSync(file, 'utf8')}LockDomain\tPOST\t/domains/{id}/lock\tDomains\tdomains\tlockDomain\tproposed\tDomain\tno\n`);
      },
      (root) => {
        const stale = runGenerator(['--check', '--root', root]);
        expect(stale.status).toBe(1);
        expect(stale.stderr).toContain('README.md');
        expect(stale.stderr).not.toContain('src/client.ts');
        expect(runGenerator(['--root', root]).status).toBe(0);
        const readme = readFileSync(join(root, 'README.md'), 'utf8');
        expect(readme).toContain('| `domains` | `DomainAPI` | 5 | 4 |');
        expect(readme).toContain('| **total** | | **250** | | |');
      },
    );
  });

  it('refuses a spec resource that no row mounts, and a row without a description', () => {
    withCopy(
      (root) => {
        const file = join(root, 'spec/operations.tsv');
        writeFileSync(file, `${readFileSync(file, 'utf8')}ListGadgets\tGET\t/gadgets\tGadgets\tgadgets\tgetGadgetList\tproposed\tGadget[]\tyes\n`);
      },
      (root) => {
        const result = runGenerator(['--check', '--root', root]);
        expect(result.status).toBe(2);
        expect(result.stderr).toContain('gadgets');
      },
    );
    withCopy(
      (root) => edit(root, 'src/resources.ts', '  /** Agent tasks. */\n', ''),
      (root) => {
        const result = runGenerator(['--check', '--root', root]);
        expect(result.status).toBe(2);
        expect(result.stderr).toContain('agentTasks');
      },
    );
  });
});
