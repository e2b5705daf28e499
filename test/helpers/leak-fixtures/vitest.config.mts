// Runs only the deliberately leaky fixture, with the same leak check the unit project uses.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('../../..', import.meta.url).pathname,
    include: ['test/helpers/leak-fixtures/leaky.fixture.ts'],
    setupFiles: ['test/helpers/leaks.ts'],
    testTimeout: 10_000,
  },
});
