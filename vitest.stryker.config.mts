import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// The test files a mutation run (npm run mutate, stryker.config.mjs) uses: the ones that exercise src/core and
// src/tokens directly. One project, the same setup files as the `unit` project, so nock and the leak checks apply.
// test/core/errors-builds.test.ts is left out: it tests the built dist/, which Stryker does not mutate.
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  define: { __PACKAGE_VERSION__: JSON.stringify(version) },
  test: {
    include: ['test/core/**/*.test.ts', 'test/faults/**/*.test.ts', 'test/tokens/**/*.test.ts', 'test/property/transport.property.test.ts'],
    exclude: ['test/core/errors-builds.test.ts', 'node_modules/**'],
    setupFiles: ['test/helpers/setup.ts', 'test/helpers/leaks.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
