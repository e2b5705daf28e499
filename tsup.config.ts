import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync('./package.json', 'utf8')) as { version: string };

// The package's own entries, and the emulator's (testing, bin): built apart, so the two share no chunk and the main
// entry's start-up loads none of the emulator's files.
const ENTRIES = { index: 'src/index.ts', instance: 'src/instance.ts' };
const EMULATOR_ENTRIES = { testing: 'src/testing/index.ts', 'bin/clerk-emulator': 'src/bin/clerk-emulator.ts' };

/**
 * The instance entry imports the main entry's built file at run time instead of sharing chunks with it: both still
 * run one core (one error class, one request layer), and importing the main entry loads two files, itself and the
 * chunk it shares with the lazily loaded verification code (every extra file costs an ESM import about a millisecond
 * here: bench/README.md). Its type declarations still come from src/instance.ts, so they list what it exports.
 */
function instanceImportsMain(ext: string): Plugin {
  return {
    name: 'instance-imports-main',
    setup(build) {
      build.onResolve({ filter: /^\.\/(client|exports)$/ }, (args) =>
        basename(args.importer) === 'instance.ts' ? { path: `./index${ext}`, external: true } : undefined,
      );
    },
  };
}

const shared: Options = {
  target: 'node18',
  platform: 'node',
  sourcemap: true,
  // Lazily imported code (verification, webhook signatures; the emulator's parts) goes into chunks of its own.
  splitting: true,
  treeshake: true,
  // Whitespace and syntax are minified, identifiers are not: what users see in `console.log(user)`, stack traces and
  // `err.constructor.name` stays the real name, without esbuild's keepNames wrappers (a `__name(fn, "…")` call for
  // every class and function: ~5 KB gzip in an application bundle). A class that names itself inside its own body
  // would be renamed `_Name`, so models construct through a function outside the class (scripts/gen-models.mjs);
  // test/packaging/names.test.ts holds every exported class and function to its export name. Source maps ship.
  minifyWhitespace: true,
  minifySyntax: true,
  define: { __PACKAGE_VERSION__: JSON.stringify(version) },
};

// `npm run build` empties dist/ first: the configurations below run at the same time and share output folders, so
// none of them cleans.
const FORMATS = [
  { format: 'esm', outDir: 'dist/esm', js: '.mjs', dts: '.d.mts' },
  { format: 'cjs', outDir: 'dist/cjs', js: '.js', dts: '.d.ts' },
] as const;

export default defineConfig(
  FORMATS.flatMap(({ format, outDir, js, dts }): Options[] => [
    {
      ...shared,
      entry: ENTRIES,
      // Declarations for every entry come from this build, so they share one chunk of types.
      dts: { entry: { ...ENTRIES, ...EMULATOR_ENTRIES } },
      esbuildPlugins: [instanceImportsMain(js)],
      format,
      outDir,
      outExtension: () => ({ js, dts }),
    },
    { ...shared, entry: EMULATOR_ENTRIES, format, outDir, outExtension: () => ({ js, dts }) },
  ]),
);
