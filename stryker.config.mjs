// Mutation testing of the core (npm run mutate; slow, not part of npm test). See test/MUTATION.md.
// Narrow a run with --mutate, e.g. `npm run mutate -- --mutate src/core/http.ts:191-242`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.mts', related: false },
  coverageAnalysis: 'perTest',
  mutate: ['src/core/errors.ts', 'src/core/path.ts', 'src/core/pagination.ts', 'src/core/http.ts', 'src/tokens/verify.ts'],
  // Only what the tests import is copied into the sandbox.
  ignorePatterns: ['dist', 'bench', 'demo', 'examples', 'scripts', 'test/packaging', 'reports', 'cjs', 'esm'],
  concurrency: 2,
  timeoutMS: 10_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 75, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
