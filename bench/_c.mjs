import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const r = await build({ stdin: { contents: `export { createClerkClient } from './src/index.ts'`, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', minify: true, write: false, metafile: true, logLevel: 'silent', define: { __PACKAGE_VERSION__: '"1"' } });
const ins = Object.values(r.metafile.outputs)[0].inputs;
const top = Object.entries(ins).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput).slice(0,14).map(([k,v])=>k.replace(/^.*src\//,'')+' '+v.bytesInOutput);
console.log(top.join('\n'));
let api=0, models=0; for (const [k,v] of Object.entries(ins)) { if (k.includes('/api/')) api+=v.bytesInOutput; if (k.includes('/models/')) models+=v.bytesInOutput; }
console.log('api', api, 'models', models, 'total', r.outputFiles[0].contents.length, 'gz', gzipSync(r.outputFiles[0].contents,{level:9}).length);
