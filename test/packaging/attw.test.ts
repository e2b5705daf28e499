// "Are the types wrong?" on the packed tarball, through its CLI's JSON output: no problem under any resolution mode,
// and each entry point's types and JavaScript resolve to the files the package means them to.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packaging } from './helpers/context';
import { run, type RunResult } from './helpers/run';

const ctx = packaging();
const ENTRY_POINTS = ['.', './instance', './cjs/instance', './esm/instance', './testing'] as const;
const MODES = ['node10', 'node16-cjs', 'node16-esm', 'bundler'] as const;

type Mode = (typeof MODES)[number];
type Entry = (typeof ENTRY_POINTS)[number];

/** [types, implementation] per mode. node10 ignores `exports`, so it must land on the shipped shim files. */
const EXPECTED: Record<Entry, Record<Mode, [string, string]>> = {
  '.': {
    node10: ['dist/cjs/index.d.ts', 'dist/cjs/index.js'],
    'node16-cjs': ['dist/cjs/index.d.ts', 'dist/cjs/index.js'],
    'node16-esm': ['dist/esm/index.d.mts', 'dist/esm/index.mjs'],
    bundler: ['dist/esm/index.d.mts', 'dist/esm/index.mjs'],
  },
  './instance': {
    node10: ['instance.d.ts', 'instance.js'],
    'node16-cjs': ['dist/cjs/instance.d.ts', 'dist/cjs/instance.js'],
    'node16-esm': ['dist/esm/instance.d.mts', 'dist/esm/instance.mjs'],
    bundler: ['dist/esm/instance.d.mts', 'dist/esm/instance.mjs'],
  },
  './cjs/instance': {
    node10: ['cjs/instance.d.ts', 'cjs/instance.js'],
    'node16-cjs': ['dist/cjs/instance.d.ts', 'dist/cjs/instance.js'],
    'node16-esm': ['dist/esm/instance.d.mts', 'dist/esm/instance.mjs'],
    bundler: ['dist/esm/instance.d.mts', 'dist/esm/instance.mjs'],
  },
  './esm/instance': {
    node10: ['esm/instance.d.ts', 'esm/instance.js'],
    'node16-cjs': ['dist/cjs/instance.d.ts', 'dist/cjs/instance.js'],
    'node16-esm': ['dist/esm/instance.d.mts', 'dist/esm/instance.mjs'],
    bundler: ['dist/esm/instance.d.mts', 'dist/esm/instance.mjs'],
  },
  './testing': {
    node10: ['testing.d.ts', 'testing.js'],
    'node16-cjs': ['dist/cjs/testing.d.ts', 'dist/cjs/testing.js'],
    'node16-esm': ['dist/esm/testing.d.mts', 'dist/esm/testing.mjs'],
    bundler: ['dist/esm/testing.d.mts', 'dist/esm/testing.mjs'],
  },
};

interface Resolution {
  resolution?: { fileName: string; isTypeScript: boolean };
  implementationResolution?: { fileName: string };
}
interface AttwJson {
  analysis: {
    packageName: string;
    packageVersion: string;
    types: { kind: string } | false;
    entrypoints: Record<string, { resolutions: Partial<Record<Mode, Resolution>> }>;
    problems: unknown[];
  };
}

let result: RunResult;
let report: AttwJson;

beforeAll(async () => {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('@arethetypeswrong/cli/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin: { attw: string } };
  const attw = join(dirname(manifestPath), manifest.bin.attw);
  // Run from the pack folder, so no .attw.json from the repo can switch rules off.
  // attw exits right after writing its (large) JSON when it finds problems: write it to a file, not a pipe.
  result = await run(process.execPath, [attw, ctx.tarball, '--format', 'json', '--profile', 'strict'], {
    cwd: dirname(ctx.tarball),
    stdoutFile: join(dirname(ctx.tarball), 'attw.json'),
  });
  report = JSON.parse(result.stdout) as AttwJson;
});

describe('@arethetypeswrong/cli (strict profile: node10, node16-cjs, node16-esm, bundler)', () => {
  it('analysed this tarball, with its own types', () => {
    expect(report.analysis.packageName).toBe(ctx.name);
    expect(report.analysis.packageVersion).toBe(ctx.version);
    expect(report.analysis.types).toMatchObject({ kind: 'included' });
    expect(Object.keys(report.analysis.entrypoints)).toEqual(expect.arrayContaining([...ENTRY_POINTS]));
  });

  it('finds no problem and exits 0', () => {
    expect(report.analysis.problems).toEqual([]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it.each(ENTRY_POINTS)('resolves %s to the intended files in every mode', (entry) => {
    const prefix = `/node_modules/${ctx.name}/`;
    const strip = (file: string | undefined) => (file?.startsWith(prefix) ? file.slice(prefix.length) : file);
    const resolutions = report.analysis.entrypoints[entry]?.resolutions ?? {};
    const actual = Object.fromEntries(
      MODES.map((mode) => [mode, [strip(resolutions[mode]?.resolution?.fileName), strip(resolutions[mode]?.implementationResolution?.fileName)]]),
    );
    expect(actual).toEqual(EXPECTED[entry]);
  });
});
