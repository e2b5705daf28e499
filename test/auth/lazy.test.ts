// The main entry must not load request authentication at import, nor ever import express (an optional peer).
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

describe('lazy loading of request authentication', () => {
  it('src/auth/authenticate.ts is reached only by a dynamic import, and express is never imported', async () => {
    const result = await build({
      entryPoints: [resolve(ROOT, 'src/index.ts')],
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      outdir: resolve(ROOT, 'node_modules/.cache/lazy-auth-check'),
      write: false,
      metafile: true,
      // Marked external so that an import of it would show up in the metafile instead of failing the build.
      external: ['ky', 'express'],
      logLevel: 'silent',
      define: { __PACKAGE_VERSION__: '"0.0.0-test"' },
    });
    const outputs = result.metafile.outputs;
    const entry = Object.keys(outputs).find((name) => outputs[name]!.entryPoint?.endsWith('src/index.ts'))!;
    const holds = (name: string, file: string) => Object.keys(outputs[name]!.inputs).some((input) => input.endsWith(file));

    const eager = new Set<string>([entry]);
    const queue = [entry];
    let dynamicToAuthenticate = false;
    while (queue.length > 0) {
      const current = queue.pop()!;
      for (const imported of outputs[current]!.imports) {
        if (imported.kind === 'dynamic-import') {
          if (imported.path in outputs && holds(imported.path, 'src/auth/authenticate.ts')) dynamicToAuthenticate = true;
          continue;
        }
        if (imported.path in outputs && !eager.has(imported.path)) {
          eager.add(imported.path);
          queue.push(imported.path);
        }
      }
    }
    expect([...eager].filter((name) => holds(name, 'src/auth/authenticate.ts'))).toEqual([]);
    expect(dynamicToAuthenticate).toBe(true);
    // The Express middleware itself is eager (it is small), but no output imports express in any way.
    expect([...eager].some((name) => holds(name, 'src/express/middleware.ts'))).toBe(true);
    const importsExpress = Object.values(outputs).some((output) => output.imports.some((imported) => imported.path === 'express'));
    expect(importsExpress).toBe(false);
  });
});
