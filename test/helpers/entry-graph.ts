// The main entry's module graph as a bundler with code splitting sees it: which source files load at import (the
// closure over static imports) and which sit behind a dynamic import. The lazy-loading tests read it.
import { resolve } from 'node:path';
import { build, type BuildOptions, type Metafile } from 'esbuild';

const ROOT = resolve(__dirname, '../..');

export interface EntryGraph {
  /** True when a chunk loaded at import contains `file` (a path ending, such as `src/tokens/verify.ts`). */
  eager(file: string): boolean;
  /** True when a chunk reached through a dynamic import contains `file`. */
  dynamic(file: string): boolean;
  /** Every import specifier of every output (bare package names included, since those are external). */
  imports: string[];
}

/** esbuild options for bundling the source's main entry as an application bundler would (ESM, platform node). */
export const SOURCE_BUNDLE: BuildOptions = {
  entryPoints: [resolve(ROOT, 'src/index.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  // External so that an import of it shows up in the metafile instead of failing the build.
  external: ['express'],
  logLevel: 'silent',
  define: { __PACKAGE_VERSION__: '"0.0.0-test"' },
};

export async function mainEntryGraph(): Promise<EntryGraph> {
  const result = await build({
    ...SOURCE_BUNDLE,
    splitting: true,
    outdir: resolve(ROOT, 'node_modules/.cache/entry-graph'),
    write: false,
    metafile: true,
  });
  const outputs: Metafile['outputs'] = result.metafile.outputs;
  const holds = (output: string, file: string) => Object.keys(outputs[output]!.inputs).some((input) => input.endsWith(file));
  const entry = Object.keys(outputs).find((name) => outputs[name]!.entryPoint?.endsWith('src/index.ts'))!;
  const eager = new Set<string>([entry]);
  const dynamic = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const current = queue.pop()!;
    for (const imported of outputs[current]!.imports) {
      if (!(imported.path in outputs)) continue;
      if (imported.kind === 'dynamic-import') dynamic.add(imported.path);
      else if (!eager.has(imported.path)) {
        eager.add(imported.path);
        queue.push(imported.path);
      }
    }
  }
  return {
    eager: (file) => [...eager].some((output) => holds(output, file)),
    dynamic: (file) => [...dynamic].some((output) => holds(output, file)),
    imports: Object.values(outputs).flatMap((output) => output.imports.map((imported) => imported.path)),
  };
}
