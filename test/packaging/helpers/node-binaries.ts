// Real Node binaries for the runtime tests, fetched from the npm registry's `node-<platform>-<arch>` packages
// (the official builds, repackaged) with `npm pack`, and cached so later runs start at once and need no network.
// Cache: $CLERK_PACKAGING_CACHE, else $XDG_CACHE_HOME/clerk-sdk-node-packaging, else ~/.cache/clerk-sdk-node-packaging.
// A cached binary of the right major is reused as it is (delete the folder to move to a newer release). The download
// goes through a throwaway npm cache, so the tarballs do not pile up in ~/.npm as well.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { npmEnv, run, runOrThrow } from './run';

/** The Node majors the package supports, each tested at its newest release. */
export const NODE_MAJORS = ['18', '20', '22', '24'] as const;

export interface NodeTarget {
  /** Test label. */
  label: string;
  /** A major (`'22'`: its newest release) or an exact version (`'18.17.0'`). */
  spec: string;
}

/**
 * The majors, plus the exact lowest version package.json `engines.node` promises (`>=18.17.0` → 18.17.0), so the
 * floor the package advertises is the floor it is tested on.
 */
export function nodeTargets(root: string): NodeTarget[] {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines?: { node?: string } };
  const floor = /^>=\s*v?(\d+\.\d+\.\d+)$/.exec(manifest.engines?.node?.trim() ?? '')?.[1];
  if (!floor) throw new Error(`package.json engines.node should read ">=X.Y.Z"; got ${JSON.stringify(manifest.engines?.node)}`);
  return [{ label: `${floor} (engines floor)`, spec: floor }, ...NODE_MAJORS.map((major) => ({ label: major, spec: major }))];
}

/** Where the binaries are cached. */
export function cacheRoot(): string {
  if (process.env.CLERK_PACKAGING_CACHE) return process.env.CLERK_PACKAGING_CACHE;
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'clerk-sdk-node-packaging');
}

/** Whether `version` (as `node --version` prints it) satisfies a major or exact-version spec. */
export function satisfies(version: string, spec: string): boolean {
  const bare = version.replace(/^v/, '');
  return spec.includes('.') ? bare === spec : bare.split('.')[0] === spec;
}

async function versionOf(binary: string): Promise<string | undefined> {
  if (!existsSync(binary)) return undefined;
  const result = await run(binary, ['--version'], { cwd: cacheRoot(), timeoutMs: 30_000 }).catch(() => undefined);
  return result?.code === 0 ? result.stdout.trim() : undefined;
}

export interface NodeBinary {
  spec: string;
  /** Where it came from: the machine's own node, the cache, or a download made by this run. */
  source: 'machine' | 'cache' | 'fetched';
  /** Size of the downloaded tarball in bytes (fetched only). */
  downloadBytes?: number;
  /** Absolute path of the `node` executable. */
  path: string;
  /** `node --version` output, for example `v18.20.8`. */
  version: string;
}

const pending = new Map<string, Promise<NodeBinary>>();

/** The machine's node when it satisfies the spec, else a cached or freshly fetched registry build. */
export function nodeBinary(spec: string): Promise<NodeBinary> {
  let promise = pending.get(spec);
  if (!promise) {
    promise = locate(spec);
    pending.set(spec, promise);
  }
  return promise;
}

async function locate(spec: string): Promise<NodeBinary> {
  if (satisfies(process.version, spec)) return { spec, source: 'machine', path: process.execPath, version: process.version };
  const pkg = `node-${process.platform}-${process.arch}`;
  const root = cacheRoot();
  const dir = join(root, pkg, spec);
  const binary = join(dir, 'bin', 'node');
  const cached = await versionOf(binary);
  if (cached && satisfies(cached, spec)) return { spec, source: 'cache', path: binary, version: cached };

  mkdirSync(join(root, pkg), { recursive: true });
  const staging = mkdtempSync(join(root, `fetch-${spec}-`));
  let downloadBytes: number | undefined;
  try {
    const packed = await runOrThrow('npm', ['pack', `${pkg}@${spec}`, '--json', '--pack-destination', staging, '--cache', join(staging, 'npm-cache')], {
      cwd: staging,
      env: npmEnv(),
      timeoutMs: 600_000,
    });
    const [info] = JSON.parse(packed.stdout) as Array<{ filename: string }>;
    if (!info) throw new Error(`npm pack ${pkg}@${spec} printed no result`);
    downloadBytes = statSync(join(staging, info.filename)).size;
    // Only the executable is needed; the package also carries headers, docs and npm.
    await runOrThrow('tar', ['-xzf', join(staging, info.filename), '-C', staging, 'package/bin/node'], { cwd: staging });
    rmSync(dir, { recursive: true, force: true });
    try {
      renameSync(join(staging, 'package'), dir);
    } catch (error) {
      // Another run may have put it in place meanwhile; use theirs if it works.
      if (!(await versionOf(binary))) throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  const version = await versionOf(binary);
  if (!version || !satisfies(version, spec)) throw new Error(`${binary} is not a working Node ${spec} (got ${version ?? 'nothing'})`);
  return { spec, source: 'fetched', downloadBytes, path: binary, version };
}

/** The specs that are neither the machine's node nor in the cache, i.e. what {@link nodeBinary} would download. */
export async function missingBinaries(specs: readonly string[]): Promise<string[]> {
  const pkg = `node-${process.platform}-${process.arch}`;
  const missing: string[] = [];
  for (const spec of specs) {
    if (satisfies(process.version, spec)) continue;
    const cached = await versionOf(join(cacheRoot(), pkg, spec, 'bin', 'node'));
    if (!cached || !satisfies(cached, spec)) missing.push(spec);
  }
  return missing;
}

const MB = 1024 * 1024;

/**
 * Makes sure every target has a binary, saying once (before anything is downloaded) what will be fetched, from
 * where, into which folder and roughly how big it is, and afterwards what it really took. Silent when the cache is
 * warm, so a warm run makes no registry request for binaries.
 */
export async function ensureNodeBinaries(specs: readonly string[], log: (line: string) => void): Promise<NodeBinary[]> {
  const missing = await missingBinaries(specs);
  const pkg = `node-${process.platform}-${process.arch}`;
  if (missing.length > 0) {
    log(
      `[packaging] First run: fetching ${missing.length} Node build(s) for the runtime matrix from the npm registry ` +
        `(${missing.map((spec) => `${pkg}@${spec}`).join(', ')}): roughly 40-50 MB to download and 90-125 MB on disk each ` +
        `(about 420 MB on disk for the full matrix), into ${cacheRoot()}. Later runs reuse them and need no network; ` +
        'set CLERK_PACKAGING_CACHE to use another folder, delete it to free the space.',
    );
  }
  const binaries = await Promise.all(specs.map((spec) => nodeBinary(spec)));
  const fetched = binaries.filter((binary) => binary.source === 'fetched');
  if (fetched.length > 0) {
    const sizes = fetched.map(
      (binary) => `${binary.version} ${((binary.downloadBytes ?? 0) / MB).toFixed(0)} MB download, ${(statSync(binary.path).size / MB).toFixed(0)} MB binary`,
    );
    log(`[packaging] Fetched into ${cacheRoot()}: ${sizes.join('; ')}.`);
  }
  return binaries;
}
