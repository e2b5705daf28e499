// Lays out the deep-import files (cjs/instance, esm/instance, instance, testing) from cjs-shim/ for node10 resolution.
import { cpSync, mkdirSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const shim = new URL('cjs-shim/', root);
for (const dir of ['cjs', 'esm']) {
  mkdirSync(new URL(`${dir}/`, root), { recursive: true });
  for (const file of ['instance.js', 'instance.d.ts']) cpSync(new URL(file, shim), new URL(`${dir}/${file}`, root));
}
for (const file of ['instance.js', 'instance.d.ts', 'testing.js', 'testing.d.ts']) {
  cpSync(new URL(`root-${file}`, shim), new URL(file, root));
}
