// The build minifies whitespace and syntax but keeps identifiers (tsup.config.ts), so what a user sees in
// `console.log(user)`, a stack trace or `err.constructor.name` is the real name, without esbuild's keepNames
// wrappers (~5 KB gzip of `__name(fn, "…")` calls). esbuild renames a class that refers to itself by name inside its
// own body (`User` becomes `_User`), so this test holds every exported class and function of both builds to its
// export name. It reads dist/: `npm test` builds first; on its own run `npm run build` before it.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const require = createRequire(__filename);

// Exports that are values made by another function, not declarations: their `name` is not the export's, by design.
const MADE = new Map<string, string>([
  ['Clerk', 'the v4 factory is `ClerkLegacyFactory` typed for both call styles'],
  ['withAuth', 'made per client by createWithAuth'],
  ['requireAuth', 'made per client by createRequireAuth'],
]);

/** Exported functions and classes whose `name` is not their export name; re-exports under a second name are skipped. */
function misnamed(exports: Record<string, unknown>): string[] {
  const canonical = new Map<unknown, string>();
  for (const [key, value] of Object.entries(exports)) if (typeof value === 'function' && key === value.name) canonical.set(value, key);
  const wrong: string[] = [];
  for (const [key, value] of Object.entries(exports)) {
    if (typeof value !== 'function' || key === 'default' || canonical.has(value) || MADE.has(key)) continue;
    wrong.push(`${key} is named ${JSON.stringify(value.name)}`);
  }
  return wrong;
}

describe('names survive the build', () => {
  for (const [format, load] of [
    ['cjs', async () => require(resolve(ROOT, 'dist/cjs/index.js')) as Record<string, unknown>],
    ['esm', async () => (await import(pathToFileURL(resolve(ROOT, 'dist/esm/index.mjs')).href)) as Record<string, unknown>],
  ] as const) {
    it(`every exported class and function of the ${format} build keeps its name`, async () => {
      const exports = await load();
      expect(Object.values(exports).filter((value) => typeof value === 'function').length).toBeGreaterThan(150);
      expect(misnamed(exports)).toEqual([]);
      const User = exports.User as { fromJSON(data: unknown): object };
      expect(inspect(User.fromJSON({ object: 'user', id: 'user_1' }))).toMatch(/^User \{/);
      expect((exports.users as object).constructor.name).toBe('UserAPI');
    });
  }

  it('the check fails on a renamed class', () => {
    const Renamed = class _Thing {};
    expect(misnamed({ Thing: Renamed })).toEqual(['Thing is named "_Thing"']);
  });
});
