// Bundle size of `import { createClerkClient }` as an application bundler would ship it: esbuild, platform node,
// minified, from the built ESM entry (every dependency inlined, as a bundler would), then gzip.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const entry = fileURLToPath(new URL('../dist/esm/index.mjs', import.meta.url));

/**
 * Bundles `source` (which imports the package) and returns sizes in bytes: the whole bundle (every line reachable,
 * code behind dynamic `import()` inlined, as a single-file bundle ships it), and, built again with code splitting,
 * the eager part (the entry chunk and what it imports statically; what a bundler with splitting loads at start-up).
 */
export async function bundleSize(source = `import { createClerkClient } from ${JSON.stringify(entry)};\nconsole.log(createClerkClient);\n`) {
  const dir = mkdtempSync(join(tmpdir(), 'clerk-bundle-'));
  try {
    const input = join(dir, 'entry.mjs');
    writeFileSync(input, source);
    const common = { entryPoints: [input], bundle: true, platform: 'node', format: 'esm', minify: true, write: false, logLevel: 'silent' };
    const whole = (await build(common)).outputFiles[0].contents;
    const split = await build({ ...common, splitting: true, outdir: join(dir, 'out'), metafile: true });
    const outputs = split.metafile.outputs;
    const eager = new Set();
    const visit = (file) => {
      if (eager.has(file)) return;
      eager.add(file);
      for (const imported of outputs[file].imports) if (imported.kind === 'import-statement') visit(imported.path);
    };
    visit(Object.keys(outputs).find((file) => outputs[file].entryPoint));
    let eagerGzip = 0;
    for (const file of split.outputFiles) {
      // Metafile paths are relative to the working directory; output paths are absolute.
      if ([...eager].some((name) => resolve(name) === file.path)) eagerGzip += gzipSync(file.contents, { level: 9 }).byteLength;
    }
    return { raw: whole.byteLength, gzip: gzipSync(whole, { level: 9 }).byteLength, eagerGzip };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { raw, gzip, eagerGzip } = await bundleSize();
  console.log(
    `createClerkClient bundle: ${(raw / 1024).toFixed(1)} KB minified, ${(gzip / 1024).toFixed(1)} KB gzip; eager part with code splitting ${(eagerGzip / 1024).toFixed(1)} KB gzip`,
  );
}
