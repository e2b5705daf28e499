// Bundle size of `import { createClerkClient }` as an application bundler would ship it: esbuild, platform node,
// minified, from the built ESM entry (every dependency inlined, as a bundler would), then gzip.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const entry = fileURLToPath(new URL('../dist/esm/index.mjs', import.meta.url));

/** Bundles `source` (which imports the package) and returns raw and gzipped sizes in bytes. */
export async function bundleSize(source = `import { createClerkClient } from ${JSON.stringify(entry)};\nconsole.log(createClerkClient);\n`) {
  const dir = mkdtempSync(join(tmpdir(), 'clerk-bundle-'));
  try {
    const input = join(dir, 'entry.mjs');
    writeFileSync(input, source);
    const result = await build({ entryPoints: [input], bundle: true, platform: 'node', format: 'esm', minify: true, write: false, logLevel: 'silent' });
    const code = result.outputFiles[0].contents;
    return { raw: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { raw, gzip } = await bundleSize();
  console.log(`createClerkClient bundle: ${(raw / 1024).toFixed(1)} KB minified, ${(gzip / 1024).toFixed(1)} KB gzip`);
}
