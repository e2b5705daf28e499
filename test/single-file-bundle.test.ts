// An application bundler that inlines lazily imported code into one file (esbuild without code splitting) must get
// a package that loads: such a bundler wraps modules the lazy code also imports in initialisers, and one reached only
// through a re-export (`export *`) used to stay uninitialised, so mounting the client threw "ResourceClass is not a
// constructor" (src/resources.ts now imports JwksAPI from its own file).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, expect, it } from 'vitest';
import { RESOURCES } from '../src/resources';
import { SOURCE_BUNDLE } from './helpers/entry-graph';

const dir = mkdtempSync(join(tmpdir(), 'single-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('the source bundled into one file (lazy code inlined) loads, and its default client mounts every resource', async () => {
  const outfile = join(dir, 'bundle.mjs');
  await build({ ...SOURCE_BUNDLE, outfile });
  const bundled = (await import(pathToFileURL(outfile).href)) as { default: Record<string, unknown> };
  for (const [property, ResourceClass] of Object.entries(RESOURCES)) {
    expect(bundled.default[property], property).toBeTypeOf('object');
    expect((bundled.default[property] as object).constructor.name, property).toBe(ResourceClass.name);
  }
  expect(bundled.default.jwks).toHaveProperty('getJwks');
});
