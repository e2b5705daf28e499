// `npm run bench`: import cost and request-path speed of the built package against raw fetch + JSON.parse.
// Usage: node bench/run.mjs [--rounds N] [--processes N] [--duration MS] [--import-runs N] [--only part[,part]]
// (`npm run bench` builds first; run `npm run build` yourself when calling this file directly.)
// The bench is a list of parts (PARTS below: import, bundle, get, list, verify); add one there to extend it.
// Every measured figure comes with this run's noise, from an A/A control (the baseline measured against itself in
// the same rounds). A figure that misses its target by no more than that noise is reported as "within noise";
// only a miss larger than the noise counts. Exits 1 when a target is missed. bench/README.md explains each line.
import { fork, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleSize } from './bundle.mjs';
import { CONCURRENCY, LIST_LIMIT, makeSides } from './sides.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// BENCH_ESM_ENTRY points the request-path workers at another build, for A/B comparisons of a change.
const ESM_ENTRY = process.env.BENCH_ESM_ENTRY ?? `${root}dist/esm/index.mjs`;
const CJS_ENTRY = `${root}dist/cjs/index.js`;

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : args[i + 1];
};
const ROUNDS = Number(option('rounds', 8)); // per worker process
const PROCESSES = Number(option('processes', 3)); // worker processes per scenario
const DURATION_MS = Number(option('duration', 400));
const IMPORT_RUNS = Number(option('import-runs', 20));
const ONLY = option('only', undefined)?.split(','); // part names, for quicker iterations

const TARGETS = { importMs: 15, getUserRatio: 0.95, listTimeRatio: 1.05, bundleGzipKB: 30 };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const verdicts = [];
/** A check with no noise (it holds or it does not). */
const verdict = (ok) => {
  verdicts.push(ok ? 'pass' : 'fail');
  return ok ? 'PASS' : 'FAIL';
};
/**
 * A measured figure against its target, given this run's noise in the figure's own unit: PASS when met, "within
 * noise" when the miss is no larger than the noise (not counted as missed), FAIL otherwise.
 */
const judge = ({ value, target, noise, higherIsBetter }) => {
  const miss = higherIsBetter ? target - value : value - target;
  if (miss <= 0) return verdict(true);
  if (miss <= noise) {
    verdicts.push('noise');
    return 'WITHIN NOISE (missed by less than the noise: not counted)';
  }
  return verdict(false);
};
/** How far an A/A ratio strays from 1: the relative noise of a comparison made in the same rounds. */
const aaNoise = (aaRatio) => Math.abs(1 - aaRatio);

for (const entry of [ESM_ENTRY, CJS_ENTRY]) {
  if (!existsSync(entry)) {
    console.error(`Missing ${entry}: run \`npm run build\` (or \`npm run bench\`, which builds first).`);
    process.exit(2);
  }
}

const loadAtStart = os.loadavg()[0];
console.log(
  `clerk-sdk-node bench · ${new Date().toISOString().slice(0, 10)} · Node ${process.version} · ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()})`,
);
console.log(`${PROCESSES} worker processes × ${ROUNDS} interleaved rounds × ${DURATION_MS} ms per side; import-runs=${IMPORT_RUNS}; every figure is a median`);
console.log(`load average at start ${loadAtStart.toFixed(2)}${loadAtStart > 1 ? '  (other work is running: expect noisy figures)' : ''}\n`);

// ---------------------------------------------------------------------------------------------------------------
// 1. Import cost: wall time of a fresh `node` that only imports the package, minus a bare `node -e ''`.

// Runs inside the spawned process before the import: records any read of the lazily created web globals, so an
// import that starts undici (fetch, Request...) is caught.
const TRAP = `const __seen = [];
for (const name of ['fetch', 'Request', 'Response', 'Headers', 'FormData']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  Object.defineProperty(globalThis, name, { configurable: true, enumerable: d.enumerable,
    get() { __seen.push(name); return d.get ? d.get.call(this) : d.value; },
    set(v) { Object.defineProperty(globalThis, name, { value: v, writable: true, configurable: true }); } });
}`;

function importCost() {
  const esmUrl = JSON.stringify(pathToFileURL(ESM_ENTRY).href);
  const variants = {
    bare: ['-e', ''],
    // The A/A control: the same bare start again, interleaved with the others.
    bareAgain: ['-e', ''],
    bareEsm: ['--input-type=module', '-e', ''],
    esm: ['--input-type=module', '-e', `import ${esmUrl}`],
    cjs: ['-e', `require(${JSON.stringify(CJS_ENTRY)})`],
  };
  const run = (argv) => {
    const started = process.hrtime.bigint();
    const child = spawnSync(process.execPath, argv, { stdio: 'pipe' });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (child.status !== 0) throw new Error(`node ${argv.join(' ')} failed:\n${child.stderr}`);
    return ms;
  };
  const times = { bare: [], bareAgain: [], bareEsm: [], esm: [], cjs: [] };
  for (const argv of Object.values(variants)) run(argv); // warm the file system cache
  for (let i = 0; i < IMPORT_RUNS; i++) for (const [name, argv] of Object.entries(variants)) times[name].push(run(argv));

  const bare = median(times.bare);
  const noiseMs = Math.abs(median(times.bareAgain) - bare);
  console.log('Import cost (fresh node process, wall time)');
  console.log(`  node -e ''                        ${bare.toFixed(1).padStart(6)} ms  (baseline)`);
  console.log(`  node -e '' again (A/A control)    ${median(times.bareAgain).toFixed(1).padStart(6)} ms  noise ±${noiseMs.toFixed(1)} ms`);
  for (const name of ['esm', 'cjs']) {
    const added = median(times[name]) - bare;
    const label = name === 'esm' ? "import 'dist/esm/index.mjs'" : "require('dist/cjs/index.js')";
    // Node's own ESM loader costs a few ms over `node -e ''`; shown apart so the package's share is visible.
    const loader = name === 'esm' ? `  (of which Node's ESM loader: +${(median(times.bareEsm) - bare).toFixed(1)} ms)` : '';
    const judged = judge({ value: added, target: TARGETS.importMs, noise: noiseMs, higherIsBetter: false });
    console.log(
      `  ${label.padEnd(33)} ${median(times[name]).toFixed(1).padStart(6)} ms  +${added.toFixed(1)} ±${noiseMs.toFixed(1)} ms  target ≤ +${TARGETS.importMs} ms  ${judged}${loader}`,
    );
  }

  const probes = {
    esm: ['--input-type=module', '-e', `${TRAP}\nawait import(${esmUrl});\nconsole.log(JSON.stringify({ globals: __seen }));`],
    cjs: ['-e', `${TRAP}\nrequire(${JSON.stringify(CJS_ENTRY)});\nconsole.log(JSON.stringify({ globals: __seen }));`],
  };
  for (const [name, argv] of Object.entries(probes)) {
    const child = spawnSync(process.execPath, argv, { stdio: 'pipe' });
    let report;
    try {
      report = JSON.parse(String(child.stdout).trim().split('\n').pop());
    } catch {
      report = { error: String(child.stderr) };
    }
    const clean = report.globals?.length === 0;
    const detail = clean ? 'no fetch/Request/Response/Headers/FormData read' : JSON.stringify(report);
    console.log(`  nothing eager at import (${name})    ${detail}  ${verdict(clean)}`);
  }
  console.log();
}

// ---------------------------------------------------------------------------------------------------------------
// 3. Request path: the SDK against raw fetch + JSON.parse, both talking to the same loopback server. The server
// runs in its own process, so only client-side work differs between the two columns. Scenarios are measured in
// fresh worker processes (bench/worker.mjs): JIT and GC state left by one scenario would otherwise skew the next.

function startServer() {
  const child = fork(fileURLToPath(new URL('./server.mjs', import.meta.url)), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('message', (message) => resolve({ child, ...message }));
  });
}

function serverHits(server) {
  return new Promise((resolve) => {
    server.child.once('message', (message) => resolve(message.hits));
    server.child.send('stats');
  });
}

const describeHits = (hits) =>
  Object.entries(hits)
    .map(([route, n]) => `${route}${n > 1 ? ` ×${n}` : ''}`)
    .join(' + ') || 'nothing';

/** What one call of a side sends, read back from the server's hit counters. */
async function probe(server, op) {
  await serverHits(server);
  const result = await op();
  return { result, hits: describeHits(await serverHits(server)) };
}

function runWorker(port, scenario, sides, workers) {
  const child = fork(fileURLToPath(new URL('./worker.mjs', import.meta.url)), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('message', (message) => {
      child.disconnect();
      if (message.error) reject(new Error(message.error));
      else resolve(message.samples);
    });
    child.send({ port, scenario, sides, workers, rounds: ROUNDS, ms: DURATION_MS, debug: Boolean(process.env.BENCH_DEBUG) });
  });
}

/**
 * Measures a scenario in `processes` fresh workers one after another and pools their rounds. Several processes,
 * because a process sometimes settles into a faster or slower JIT/GC state for one side (seen as a steady 5-10%
 * offset for all its rounds); pooling keeps one such process from deciding the verdict.
 */
async function measureScenario(port, scenario, sides, workers, processes = PROCESSES) {
  const pooled = Object.fromEntries(sides.map((name) => [name, []]));
  for (let i = 0; i < processes; i++) {
    const samples = await runWorker(port, scenario, sides, workers);
    for (const name of sides) pooled[name].push(...samples[name]);
  }
  return Object.fromEntries(
    sides.map((name) => [
      name,
      {
        opsPerSec: median(pooled[name].map((s) => s.opsPerSec)),
        msPerOp: median(pooled[name].map((s) => s.msPerOp)),
        cpuUsPerOp: median(pooled[name].map((s) => s.cpuUsPerOp)),
      },
    ]),
  );
}

const cpu = (us) => (us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(0)} µs`);

/** The loopback server and the sides, started on the first request-path part and shared by the others. */
let requestPathSetup;
async function requestPathContext() {
  if (!requestPathSetup) {
    requestPathSetup = (async () => {
      const server = await startServer();
      const sdk = await import(pathToFileURL(ESM_ENTRY).href);
      const sides = makeSides(sdk, `http://127.0.0.1:${server.port}`);
      console.log(
        `Request path (loopback server in its own process; user JSON ${server.sizes.user} B, ${LIST_LIMIT}-user page ${(server.sizes.usersPage / 1024).toFixed(0)} KiB)`,
      );
      console.log('  client CPU/op: CPU time (user+system, GC threads included) of the measuring process per call, to explain the ratios');
      console.log('  noise: |1 - A/A ratio|, the raw side timed against itself in the same rounds; a miss within it is not counted');
      return { server, sides };
    })();
  }
  return requestPathSetup;
}

async function getUserPart() {
  const { server, sides } = await requestPathContext();
  {
    const sdkCall = await probe(server, sides.getUser.sdk);
    const rawCall = await probe(server, sides.getUser.raw);
    console.log(
      `\n  users.getUser: SDK sends ${sdkCall.hits} and returns a ${sdkCall.result.constructor.name}; raw fetch sends ${rawCall.hits} and JSON.parses it`,
    );
    for (const workers of [1, CONCURRENCY]) {
      const r = await measureScenario(server.port, 'getUser', ['raw', 'sdk', 'rawAgain'], workers);
      const ratio = r.sdk.opsPerSec / r.raw.opsPerSec;
      const aa = r.rawAgain.opsPerSec / r.raw.opsPerSec;
      const noise = aaNoise(aa);
      const label = workers === 1 ? 'sequential' : `concurrency ${workers}`;
      const judged = judge({ value: ratio, target: TARGETS.getUserRatio, noise, higherIsBetter: true });
      console.log(
        `    ${label.padEnd(15)} SDK ${r.sdk.opsPerSec.toFixed(0).padStart(6)} req/s   raw ${r.raw.opsPerSec.toFixed(0).padStart(6)} req/s   ` +
          `ratio ${ratio.toFixed(3)} ±${noise.toFixed(3)} (A/A ${aa.toFixed(3)})  target ≥ ${TARGETS.getUserRatio}  ${judged}` +
          `   (client CPU/op SDK ${cpu(r.sdk.cpuUsPerOp)}, raw ${cpu(r.raw.cpuUsPerOp)})`,
      );
    }
    const stubbed = await measureScenario(server.port, 'getUserStubbed', ['raw', 'sdk'], 1, 1);
    console.log(
      `    own work per call, with fetch stubbed to answer at once: SDK ${stubbed.sdk.cpuUsPerOp.toFixed(1)} µs, raw ${stubbed.raw.cpuUsPerOp.toFixed(1)} µs ` +
        `(SDK +${(stubbed.sdk.cpuUsPerOp - stubbed.raw.cpuUsPerOp).toFixed(1)} µs)`,
    );
    for (const [label, concurrency] of [
      ['sequential', 1],
      [`concurrency ${CONCURRENCY}`, CONCURRENCY],
    ]) {
      const r = await measureScenario(server.port, 'getUser', ['rawDeadline', 'sdk'], concurrency, 1);
      console.log(
        `    reference, ${label}: SDK ${r.sdk.opsPerSec.toFixed(0)} req/s vs raw fetch with an abort signal and a timer ${r.rawDeadline.opsPerSec.toFixed(0)}, ` +
          `ratio ${(r.sdk.opsPerSec / r.rawDeadline.opsPerSec).toFixed(3)} (client CPU/op ${cpu(r.sdk.cpuUsPerOp)} vs ${cpu(r.rawDeadline.cpuUsPerOp)})`,
      );
    }
  }
}

async function getUserListPart() {
  const { server, sides } = await requestPathContext();
  {
    const sdkCall = await probe(server, sides.getUserList.sdk);
    const rawCall = await probe(server, sides.getUserList.raw);
    const page = sdkCall.result;
    if (page.length !== LIST_LIMIT || page.totalCount === undefined) throw new Error(`getUserList returned ${page.length} users, expected ${LIST_LIMIT}`);
    console.log(
      `\n  users.getUserList({ limit: ${LIST_LIMIT} }): SDK sends ${sdkCall.hits} in parallel, maps ${page.length} ${page[0].constructor.name}s and reads totalCount ${page.totalCount};`,
    );
    console.log(`    raw fetch sends the same two requests (${rawCall.hits}) in parallel and JSON.parses both`);
    const r = await measureScenario(server.port, 'getUserList', ['raw', 'sdk', 'rawAgain', 'rawPageOnly'], 1);
    const ratio = r.sdk.msPerOp / r.raw.msPerOp;
    const aa = r.rawAgain.msPerOp / r.raw.msPerOp;
    const noise = aaNoise(aa);
    const judged = judge({ value: ratio, target: TARGETS.listTimeRatio, noise, higherIsBetter: false });
    console.log(
      `    sequential      SDK ${r.sdk.msPerOp.toFixed(2).padStart(6)} ms/call  raw ${r.raw.msPerOp.toFixed(2).padStart(6)} ms/call  ` +
        `ratio ${ratio.toFixed(3)} ±${noise.toFixed(3)} (A/A ${aa.toFixed(3)})  target ≤ ${TARGETS.listTimeRatio}  ${judged}` +
        `   (client CPU/op SDK ${cpu(r.sdk.cpuUsPerOp)}, raw ${cpu(r.raw.cpuUsPerOp)})`,
    );
    console.log(`    reference: raw GET /users alone ${r.rawPageOnly.msPerOp.toFixed(2)} ms/call (client CPU/op ${cpu(r.rawPageOnly.cpuUsPerOp)})`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 2. Bundle size: what `import { createClerkClient }` adds to an application bundle (every one of the 249 operations).
async function bundle() {
  const { raw, gzip, eagerGzip } = await bundleSize();
  const kb = gzip / 1024;
  console.log(
    `Bundle of \`import { createClerkClient }\` (esbuild, platform node, minified): ${(raw / 1024).toFixed(1)} KB, ` +
      `${kb.toFixed(1)} KB gzip (deterministic: no noise)  target ≤ ${TARGETS.bundleGzipKB} KB  ${verdict(kb <= TARGETS.bundleGzipKB)}\n` +
      `  of which loaded at start-up by a bundler with code splitting (the rest is behind dynamic import()): ${(eagerGzip / 1024).toFixed(1)} KB gzip\n`,
  );
}

/** The bench, in order. Each part prints its lines and records its verdicts; `--only` picks parts by name. */
// ---------------------------------------------------------------------------------------------------------------
// 5. Session-token verification: verifyToken({ jwtKey }) against node:crypto with a key imported once
// (bench/verify.mjs, one child process per algorithm so neither inherits the other's JIT state).
async function verifyPart() {
  console.log('Session-token verification (verifyToken with jwtKey vs node:crypto verifying with a key imported once):');
  for (const alg of ['RS256', 'ES256']) {
    const child = spawnSync(process.execPath, [fileURLToPath(new URL('./verify.mjs', import.meta.url)), '--json', '--alg', alg], { stdio: 'pipe' });
    let r;
    try {
      r = JSON.parse(String(child.stdout).trim().split('\n').pop());
    } catch {
      console.log(`  ${alg}: bench/verify.mjs failed: ${String(child.stderr).trim()}  ${verdict(false)}`);
      continue;
    }
    const judged = judge({ value: r.ratio, target: r.target, noise: r.noise, higherIsBetter: true });
    console.log(
      `  ${alg.padEnd(6)} verifyToken ${Math.round(r.ours)} ops/s   node:crypto ${Math.round(r.baseline)} ops/s   ` +
        `ratio ${r.ratio.toFixed(3)} ±${r.noise.toFixed(3)} (A/A ${r.aa.toFixed(3)})  target ≥ ${r.target}  ${judged}`,
    );
  }
  console.log();
}

const PARTS = [
  { name: 'import', run: importCost },
  { name: 'bundle', run: bundle },
  { name: 'get', run: getUserPart },
  { name: 'list', run: getUserListPart },
  { name: 'verify', run: verifyPart },
];

const unknown = (ONLY ?? []).filter((name) => !PARTS.some((part) => part.name === name));
if (unknown.length) {
  console.error(`Unknown part(s) ${unknown.join(', ')}; the parts are ${PARTS.map((part) => part.name).join(', ')}.`);
  process.exit(2);
}
for (const part of PARTS) if (ONLY === undefined || ONLY.includes(part.name)) await part.run();
if (requestPathSetup) (await requestPathSetup).server.child.send('stop');

console.log(`\nload average at end ${os.loadavg()[0].toFixed(2)} (the bench itself keeps about 2 cores busy)`);
const failed = verdicts.filter((v) => v === 'fail').length;
const withinNoise = verdicts.filter((v) => v === 'noise').length;
const noiseNote = withinNoise
  ? ` ${withinNoise} figure(s) fell short by less than this run's noise (not counted; rerun on a quieter machine to settle them).`
  : '';
console.log((failed === 0 ? 'All targets met.' : `${failed} target(s) missed by more than the noise.`) + noiseNote);
process.exit(failed === 0 ? 0 : 1);
