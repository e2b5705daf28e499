// Runs once per `vitest run` for the packaging project: make sure dist/ is built, `npm pack` the package into
// test/packaging/.work/, install that tarball into one consumer project in the OS temp dir, and make sure the Node
// builds of the runtime matrix are in their cache (saying once what it downloads, and where, when they are not).
// The consumer lives outside the repo on purpose: inside it, Node would find the repo's node_modules by walking up
// and hide a dependency missing from the tarball's package.json.
//
// No registry is needed once the Node builds are cached: the dependencies the tarball declares (and theirs) are
// packed from this repository's node_modules, which `npm ci` filled from the lockfile, and installed beside it.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import type { PackagingContext } from './helpers/context';
import { ENTRY_FILES } from './helpers/entry-files';
import { ensureNodeBinaries, nodeTargets } from './helpers/node-binaries';
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

/**
 * Tarballs of the given packages and of everything they depend on, packed from the repository's node_modules: the
 * exact versions the lockfile pinned, with no registry involved. Only what the packed package.json declares is
 * provided, so a dependency missing from it still fails the runtime tests.
 */
async function localDependencyTarballs(names: readonly string[], dest: string): Promise<string[]> {
  const seen = new Set<string>();
  const queue = names.map((name) => ({ name, from: ROOT }));
  const dirs: string[] = [];
  // Bounded: each package directory is visited once, and node_modules is finite.
  while (queue.length > 0) {
    const { name, from } = queue.shift() as { name: string; from: string };
    // Node's lookup, cut short: a copy nested under the dependent wins over the hoisted one.
    const dir = [join(from, 'node_modules', name), join(ROOT, 'node_modules', name)].find((candidate) => existsSync(join(candidate, 'package.json')));
    if (!dir) throw new Error(`${name} is not installed in ${join(ROOT, 'node_modules')}; run npm ci first`);
    if (seen.has(dir)) continue;
    seen.add(dir);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    queue.push(...Object.keys(manifest.dependencies ?? {}).map((dependency) => ({ name: dependency, from: dir })));
    dirs.push(dir);
  }
  if (dirs.length === 0) return [];
  const packed = await runOrThrow('npm', ['pack', ...dirs, '--json', '--ignore-scripts', '--pack-destination', dest], { cwd: dest, env: npmEnv() });
  return (JSON.parse(packed.stdout) as Array<{ filename: string }>).map((info) => join(dest, info.filename));
}

/** Packages the consumer projects need besides the package itself (types for the TypeScript consumers). */
// Express's types (never express itself) are there for the consumers that augment Express.Request with req.auth: the
// package must run in a project without express installed.
const CONSUMER_EXTRAS = ['@types/node', '@types/express'];

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
  const declared = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> }).dependencies ?? {};
  const depsDir = join(packDir, 'deps');
  mkdirSync(join(depsDir, 'runtime'), { recursive: true });
  mkdirSync(join(depsDir, 'extras'), { recursive: true });
  // The TypeScript consumers compile against the same @types/node the project itself uses.
  const [runtimeDeps, extraDeps] = await timed(timings, 'pack local dependencies', async () => {
    const runtime = await localDependencyTarballs(Object.keys(declared), join(depsDir, 'runtime'));
    return [runtime, await localDependencyTarballs(CONSUMER_EXTRAS, join(depsDir, 'extras'))];
  });

  const consumerDir = mkdtempSync(join(tmpdir(), 'clerk-sdk-node-consumer-'));
  try {
    cpSync(join(ROOT, 'test/packaging/consumers'), consumerDir, { recursive: true });
    // The documentation examples are shared with `npm run demo`, which runs them against the emulator.
    cpSync(join(ROOT, 'examples/docs'), join(consumerDir, 'docs'), { recursive: true });
    writeFileSync(join(consumerDir, 'package.json'), `${JSON.stringify({ name: 'clerk-sdk-node-consumer', version: '1.0.0', private: true }, null, 2)}\n`);
    await timed(timings, 'consumer npm install', () =>
      runOrThrow(
        'npm',
        // --offline: everything is a local tarball, so npm must not wait on a registry (it would look dependencies up).
        ['install', tarball, ...runtimeDeps, ...extraDeps, '--offline', '--no-audit', '--no-fund', '--no-package-lock', '--ignore-scripts'],
        { cwd: consumerDir, env: npmEnv(), timeoutMs: 300_000 },
      ),
    );
  } catch (error) {
    rmSync(consumerDir, { recursive: true, force: true });
    throw error;
  }

  try {
    await timed(timings, 'node binaries', () =>
      ensureNodeBinaries(
        nodeTargets(ROOT).map((target) => target.spec),
        (line) => console.log(line),
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
    dependencyTarballs: runtimeDeps,
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
