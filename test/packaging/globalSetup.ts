// Runs once per `vitest run` for the packaging project: make sure dist/ is built, `npm pack` the package into
// test/packaging/.work/, and install that tarball into one consumer project in the OS temp dir. The consumer lives
// outside the repo on purpose: inside it, Node would find the repo's node_modules by walking up and hide a
// dependency missing from the tarball's package.json.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import type { PackagingContext } from './helpers/context';
import { ENTRY_FILES } from './helpers/entry-files';
import { npmEnv, runOrThrow } from './helpers/run';

const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const WORK = join(ROOT, 'test/packaging/.work');

/** Build outputs the package cannot work without; if any is missing or older than its sources, rebuild. */
const BUILD_OUTPUTS = ENTRY_FILES;
const BUILD_INPUTS = ['src', 'cjs-shim', 'tsup.config.ts', 'package.json', 'scripts/copy-shims.mjs'];

function newestMtime(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function buildIsCurrent(): boolean {
  const outputs = BUILD_OUTPUTS.map((file) => join(ROOT, file));
  if (!outputs.every((file) => existsSync(file))) return false;
  const oldestOutput = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  const newestInput = Math.max(...BUILD_INPUTS.map((input) => newestMtime(join(ROOT, input))));
  return oldestOutput >= newestInput;
}

async function timed<T>(timings: Record<string, number>, name: string, step: () => Promise<T>): Promise<T> {
  const started = Date.now();
  try {
    return await step();
  } finally {
    timings[name] = Date.now() - started;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const timings: Record<string, number> = {};
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };

  // `npm test` has just built; a bare `vitest run` on a clean clone has not.
  if (!buildIsCurrent()) {
    await timed(timings, 'build', () => runOrThrow('npm', ['run', 'build'], { cwd: ROOT, env: npmEnv(), timeoutMs: 300_000 }));
  }

  const packDir = join(WORK, 'pack');
  rmSync(packDir, { recursive: true, force: true });
  mkdirSync(packDir, { recursive: true });
  const packed = await timed(timings, 'npm pack', () =>
    runOrThrow('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], { cwd: ROOT, env: npmEnv() }),
  );
  const [info] = JSON.parse(packed.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  if (!info) throw new Error(`npm pack printed no result:\n${packed.stdout}`);
  const tarball = join(packDir, info.filename);

  const consumerDir = mkdtempSync(join(tmpdir(), 'clerk-sdk-node-consumer-'));
  try {
    cpSync(join(ROOT, 'test/packaging/consumers'), consumerDir, { recursive: true });
    // The documentation examples are shared with `npm run demo`, which runs them against the emulator.
    cpSync(join(ROOT, 'examples/docs'), join(consumerDir, 'docs'), { recursive: true });
    writeFileSync(
      join(consumerDir, 'package.json'),
      `${JSON.stringify({ name: 'clerk-sdk-node-consumer', version: '1.0.0', private: true }, null, 2)}\n`,
    );
    // The TypeScript consumers compile against the same @types/node the project itself uses.
    const typesNode = (JSON.parse(readFileSync(join(ROOT, 'node_modules/@types/node/package.json'), 'utf8')) as { version: string }).version;
    // Express's types (not express itself) for the consumers that augment Express.Request with req.auth: the
    // package must run there without express installed.
    const typesExpress = (JSON.parse(readFileSync(join(ROOT, 'node_modules/@types/express/package.json'), 'utf8')) as { version: string }).version;
    await timed(timings, 'consumer npm install', () =>
      runOrThrow(
        'npm',
        ['install', tarball, `@types/node@${typesNode}`, `@types/express@${typesExpress}`, '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', '--ignore-scripts'],
        { cwd: consumerDir, env: npmEnv(), timeoutMs: 300_000 },
      ),
    );
  } catch (error) {
    rmSync(consumerDir, { recursive: true, force: true });
    throw error;
  }

  const context: PackagingContext = {
    root: ROOT,
    name: manifest.name,
    version: manifest.version,
    tarball,
    packedFiles: info.files.map((file) => file.path).sort(),
    consumerDir,
    tsc: join(ROOT, 'node_modules/typescript/bin/tsc'),
    timings,
  };
  project.provide('packaging', context);
  const summary = Object.entries(timings).map(([step, ms]) => `${step} ${(ms / 1000).toFixed(1)}s`);
  console.log(`[packaging] ${summary.join(', ')}; consumer in ${consumerDir}`);

  return () => {
    // Keep the consumer for a post-mortem with CLERK_PACKAGING_KEEP=1.
    if (process.env.CLERK_PACKAGING_KEEP === '1') console.log(`[packaging] consumer kept at ${consumerDir}`);
    else rmSync(consumerDir, { recursive: true, force: true });
  };
}
