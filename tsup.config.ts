import { readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync('./package.json', 'utf8')) as { version: string };

const shared: Options = {
  entry: {
    index: 'src/index.ts',
    instance: 'src/instance.ts',
    testing: 'src/testing/index.ts',
    'bin/clerk-emulator': 'src/bin/clerk-emulator.ts',
  },
  target: 'node18',
  platform: 'node',
  dts: true,
  sourcemap: true,
  // Both entries share one chunk for the core, so `cjs/instance` and the main entry throw the same error class.
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

export default defineConfig([
  {
    ...shared,
    format: 'esm',
    outDir: 'dist/esm',
    clean: true,
    outExtension: () => ({ js: '.mjs', dts: '.d.mts' }),
  },
  {
    ...shared,
    format: 'cjs',
    outDir: 'dist/cjs',
    clean: true,
    outExtension: () => ({ js: '.js', dts: '.d.ts' }),
  },
]);
