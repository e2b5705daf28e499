import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  define: { __PACKAGE_VERSION__: JSON.stringify(version) },
  test: {
    projects: [
      {
        // Source-level tests: nock only, no network, no build needed. test/helpers/leaks.ts gives every test file its
        // own TMPDIR and fails the file if it leaves a temp folder, a server or a child process behind.
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/packaging/**', 'node_modules/**'],
          setupFiles: ['test/helpers/setup.ts', 'test/helpers/leaks.ts'],
          testTimeout: 20_000,
          hookTimeout: 600_000,
        },
      },
      {
        // Tests of the built package: one `npm pack` and one consumer install per run (globalSetup), then publint,
        // attw, TypeScript consumers and real Node 18/20/22/24 processes against a local fake API.
        extends: true,
        test: {
          name: 'packaging',
          include: ['test/packaging/*.test.ts'],
          exclude: ['test/packaging/.work/**', 'node_modules/**'],
          globalSetup: ['test/packaging/globalSetup.ts'],
          setupFiles: ['test/helpers/leaks.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
