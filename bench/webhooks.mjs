// `node bench/webhooks.mjs` (after `npm run build`): how fast a webhook delivery is verified, four ways, on the same
// signed payloads in the same process, in interleaved rounds:
//   sdk             this package's verifyWebhook (headers, timestamp, signature, JSON.parse: the whole call)
//   node:crypto     the bare minimum on the same Buffer: createHmac + timingSafeEqual + JSON.parse, key decoded once
//   webcrypto       crypto.subtle HMAC verify (what jose and other WebCrypto-based code would use), key imported once
//   standardwebhooks  the `standardwebhooks` package's Webhook#verify (pure-JS SHA-256), instance created once
// jose itself is not measured: it verifies JWS/JWT, not the Svix `id.timestamp.body` scheme.
// Usage: node bench/webhooks.mjs [--rounds N] [--duration MS]
import { createHmac, randomBytes, timingSafeEqual, webcrypto } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = join(root, 'dist/esm/index.mjs');
if (!existsSync(entry)) {
  console.error('Missing dist/esm/index.mjs: run `npm run build` first.');
  process.exit(2);
}
const { verifyWebhook } = await import(pathToFileURL(entry).href);
const { Webhook } = createRequire(import.meta.url)('standardwebhooks');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(args[i + 1]);
};
const ROUNDS = option('rounds', 6);
const DURATION_MS = option('duration', 300);

// Payloads: two events of the vendored spec, as a delivery would carry them.
const spec = parse(readFileSync(join(root, 'spec/webhooks-2025-04-15.yml'), 'utf8'));
const example = (type) => JSON.stringify(spec['x-webhooks'][type].post.requestBody.content['application/json'].example);
const key = randomBytes(24);
const secret = `whsec_${key.toString('base64')}`;
const cases = ['user.created', 'email.created'].map((type) => {
  const body = example(type);
  const id = `msg_${type}`;
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
  return {
    type,
    body,
    buffer: Buffer.from(body),
    headers: { 'svix-id': id, 'svix-timestamp': timestamp, 'svix-signature': signature },
    standardHeaders: { 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': signature },
  };
});

const subtleKey = await webcrypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
const standard = new Webhook(secret);
const encoder = new TextEncoder();

const sides = {
  sdk: (c) => verifyWebhook({ payload: c.buffer, headers: c.headers }, { signingSecret: secret }),
  'node:crypto': (c) => {
    const { 'svix-id': id, 'svix-timestamp': ts, 'svix-signature': header } = c.headers;
    const expected = Buffer.from(createHmac('sha256', key).update(`${id}.${ts}.`).update(c.buffer).digest('base64'));
    for (const entry of header.split(' ')) {
      const given = Buffer.from(entry.slice(3));
      if (entry.startsWith('v1,') && given.length === expected.length && timingSafeEqual(given, expected)) {
        return JSON.parse(c.buffer.toString('utf8'));
      }
    }
    throw new Error('no match');
  },
  webcrypto: async (c) => {
    const { 'svix-id': id, 'svix-timestamp': ts, 'svix-signature': header } = c.headers;
    const data = encoder.encode(`${id}.${ts}.${c.body}`);
    for (const entry of header.split(' ')) {
      if (!entry.startsWith('v1,')) continue;
      if (await webcrypto.subtle.verify('HMAC', subtleKey, Buffer.from(entry.slice(3), 'base64'), data)) return JSON.parse(c.body);
    }
    throw new Error('no match');
  },
  standardwebhooks: (c) => standard.verify(c.buffer, c.standardHeaders),
};

// Every side must accept every case and return the same event before anything is timed.
for (const c of cases) {
  const expected = JSON.parse(c.body);
  for (const [name, run] of Object.entries(sides)) {
    const got = await run(c);
    if (JSON.stringify(got) !== JSON.stringify(expected)) throw new Error(`${name} returned a different event for ${c.type}`);
  }
}

async function measure(run, c, ms) {
  let ops = 0;
  const start = performance.now();
  const end = start + ms;
  while (performance.now() < end) {
    for (let i = 0; i < 50; i += 1) await run(c);
    ops += 50;
  }
  return (ops / (performance.now() - start)) * 1000;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function dirBytes(dir) {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    total += stat.isDirectory() ? dirBytes(path) : stat.size;
  }
  return total;
}

console.log(`webhook verification bench · Node ${process.version} · ${os.cpus().length} cores · load ${os.loadavg()[0].toFixed(2)}`);
console.log(`${ROUNDS} interleaved rounds × ${DURATION_MS} ms per side and payload; ops/s are medians\n`);
for (const c of cases) {
  const names = Object.keys(sides);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (const name of names) await measure(sides[name], c, 100); // warm-up
  for (let round = 0; round < ROUNDS; round += 1) {
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const name of order) samples[name].push(await measure(sides[name], c, DURATION_MS));
  }
  const base = median(samples['node:crypto']);
  console.log(`${c.type} (${c.buffer.length} bytes)`);
  for (const name of names) {
    const opsPerSecond = median(samples[name]);
    console.log(
      `  ${name.padEnd(17)} ${Math.round(opsPerSecond).toLocaleString('en-US').padStart(9)} ops/s   ${(opsPerSecond / base).toFixed(2)}x node:crypto`,
    );
  }
  console.log('');
}

const modules = join(root, 'node_modules');
const deps = ['standardwebhooks', '@stablelib/base64', 'fast-sha256'].filter((name) => existsSync(join(modules, name)));
const depBytes = deps.reduce((sum, name) => sum + dirBytes(join(modules, name)), 0);
console.log(`standardwebhooks would add ${deps.length} packages (${deps.join(', ')}), ${(depBytes / 1024).toFixed(0)} KB installed;`);
console.log('node:crypto and WebCrypto are built into Node (0 packages).');
