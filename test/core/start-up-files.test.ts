// What importing the package loads at start-up, read from the built files: the main entry and one chunk, in either
// format. Each extra file costs an ESM import about a millisecond on a slow machine (bench/README.md), so the build
// keeps the instance entry on top of the main entry's file and the lazily loaded code in one chunk (tsup.config.ts).
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT as root } from '../helpers/dist';

beforeAll(ensureBuilt);

// Relative files a built file loads when it is evaluated (static `import`/`export … from` in ESM, top-level
// `require` in CJS), and the ones it loads later through `import()`.
function references(file: string): { eager: string[]; lazy: string[] } {
  const code = readFileSync(`${root}dist/${file}`, 'utf8');
  const resolveLocal = (specifier: string) => posix.join(posix.dirname(file), specifier);
  const eagerPattern = file.endsWith('.mjs')
    ? /(?:^|[;\n])\s*(?:import|export)\s*(?:[^'"();]*?\sfrom\s*)?['"](\.\.?\/[^'"]+)['"]/g
    : /\brequire\(['"](\.\.?\/[^'"]+)['"]\)/g;
  const eager = [...code.matchAll(eagerPattern)].map((match) => resolveLocal(match[1]!));
  const lazy = [...code.matchAll(/\bimport\(['"](\.\.?\/[^'"]+)['"]\)/g)].map((match) => resolveLocal(match[1]!));
  return { eager: [...new Set(eager)], lazy: [...new Set(lazy)] };
}

function loadedAtStartUp(entry: string): string[] {
  const seen = new Set([entry]);
  const queue = [entry];
  while (queue.length > 0) {
    for (const next of references(queue.pop()!).eager) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return [...seen].sort();
}

describe.each([
  { format: 'esm', main: 'esm/index.mjs', instance: 'esm/instance.mjs' },
  { format: 'cjs', main: 'cjs/index.js', instance: 'cjs/instance.js' },
])('start-up files of the $format build', ({ main, instance }) => {
  it('the main entry loads itself and one chunk; the lazily loaded code shares only that chunk with it', () => {
    const files = loadedAtStartUp(main);
    expect(files).toHaveLength(2);
    const [chunk] = files.filter((file) => file !== main);
    expect(chunk).toMatch(/\/chunk-[\w-]+\.m?js$/);

    const lazy = references(main).lazy;
    // Verification with request authentication, and webhook signatures.
    expect(lazy.map((file) => posix.basename(file).replace(/-[\w]+\.m?js$/, ''))).toEqual(expect.arrayContaining(['lazy', 'signature']));
    for (const file of lazy) {
      for (const loaded of loadedAtStartUp(file)) expect([file, chunk]).toContain(loaded);
    }
  });

  it('the instance entry runs on the main entry file (one core), with nothing else at start-up', () => {
    expect(loadedAtStartUp(instance)).toEqual(loadedAtStartUp(main).concat(instance).sort());
    expect(references(instance).eager).toEqual([main]);
  });
});
