import { build } from 'esbuild';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

describe('lazy loading', () => {
  it('the main entry does not statically reach the verification code; a dynamic import does', async () => {
    const result = await build({
      entryPoints: [resolve(ROOT, 'src/index.ts')],
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      outdir: resolve(ROOT, 'node_modules/.cache/lazy-check'),
      write: false,
      metafile: true,
      external: ['ky'],
      logLevel: 'silent',
      define: { __PACKAGE_VERSION__: '"0.0.0-test"' },
    });
    const outputs = result.metafile.outputs;
    const entry = Object.keys(outputs).find((name) => outputs[name]!.entryPoint?.endsWith('src/index.ts'))!;
    const holdsVerify = (name: string) => Object.keys(outputs[name]!.inputs).some((input) => input.endsWith('src/tokens/verify.ts'));

    // Everything the entry loads at import: the closure over static imports.
    const eager = new Set<string>([entry]);
    const queue = [entry];
    let dynamicToVerify = false;
    while (queue.length > 0) {
      const current = queue.pop()!;
      for (const imported of outputs[current]!.imports) {
        if (imported.kind === 'dynamic-import') {
          if (imported.path in outputs && holdsVerify(imported.path)) dynamicToVerify = true;
          continue;
        }
        if (imported.path in outputs && !eager.has(imported.path)) {
          eager.add(imported.path);
          queue.push(imported.path);
        }
      }
    }
    expect([...eager].filter(holdsVerify)).toEqual([]);
    expect(dynamicToVerify).toBe(true);
  });
});
