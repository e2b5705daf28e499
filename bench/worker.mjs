// Times one scenario in a fresh process: warm-up, then rounds that alternate the sides (ABBA order); sends back
// every round's figures for the main process to pool.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { makeSides } from './sides.mjs';

/** Runs `op` back to back from `workers` loops for `ms`; returns calls/s, ms per call and client CPU µs per call. */
async function measure(op, ms, workers) {
  let count = 0;
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  const deadline = started + ms;
  const loop = async () => {
    while (performance.now() < deadline) {
      await op();
      count++;
    }
  };
  await Promise.all(Array.from({ length: workers }, loop));
  const elapsed = performance.now() - started;
  const cpu = process.cpuUsage(cpu0);
  return { opsPerSec: (count / elapsed) * 1000, msPerOp: elapsed / count, cpuUsPerOp: (cpu.user + cpu.system) / count };
}

process.once('message', async ({ port, scenario, sides: names, workers, rounds, ms, debug }) => {
  try {
    const entry = process.env.BENCH_ESM_ENTRY ?? fileURLToPath(new URL('../dist/esm/index.mjs', import.meta.url));
    const sdk = await import(pathToFileURL(entry).href);
    const base = `http://127.0.0.1:${port}`;
    if (scenario === 'getUserStubbed') {
      // The network taken out: fetch answers at once with a ready Response, so only each side's own work is timed.
      const body = await (await fetch(`${base}/v1/users/user_42`)).text();
      globalThis.fetch = async () => new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
    }
    const sides = makeSides(sdk, base)[scenario === 'getUserStubbed' ? 'getUser' : scenario];
    // Warm-up: JIT and keep-alive sockets.
    for (const name of names) await measure(sides[name], Math.max(ms, 500), workers);
    const samples = Object.fromEntries(names.map((name) => [name, []]));
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? names : [...names].reverse();
      for (const name of order) samples[name].push(await measure(sides[name], ms, workers));
    }
    if (debug) {
      for (const name of names)
        console.log(`      [${scenario} ×${workers} ${name}] ${samples[name].map((s) => `${s.opsPerSec.toFixed(0)}/${s.cpuUsPerOp.toFixed(0)}`).join(' ')}`);
    }
    process.send({ samples });
  } catch (error) {
    process.send({ error: String(error?.stack ?? error) });
  }
});
