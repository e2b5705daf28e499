// Session-token verification speed: `verifyToken(token, { jwtKey })` from the built package against node:crypto
// verifying the same token with a key imported once (what a hand-written verifier does at best).
// Usage: npm run build && node bench/verify.mjs [--rounds N] [--duration MS] [--alg RS256|ES256]
// Exits 1 when the ratio misses the target (0.9x) by more than this run's A/A noise. All sides run in this one
// process, in alternating order; `--json` prints one JSON line instead (what `npm run bench` reads).
import { generateKeyPairSync, createPublicKey, sign, verify } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = process.env.BENCH_ESM_ENTRY ?? `${root}dist/esm/index.mjs`;
if (!existsSync(ENTRY)) {
  console.error(`No build at ${ENTRY}: run \`npm run build\` first.`);
  process.exit(2);
}
const { verifyToken } = await import(pathToFileURL(ENTRY).href);

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : args[i + 1];
};
const ROUNDS = Number(option('rounds', 10));
const DURATION_MS = Number(option('duration', 300));
const ALG = option('alg', 'RS256');
const TARGET = 0.9;

// A key pair and a realistic session token (v2 claims, about 600 bytes).
const ec = ALG === 'ES256';
const { privateKey, publicKey } = ec ? generateKeyPairSync('ec', { namedCurve: 'P-256' }) : generateKeyPairSync('rsa', { modulusLength: 2048 });
const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
const now = Math.floor(Date.now() / 1000);
const claims = {
  azp: 'https://app.example.com',
  exp: now + 3600,
  fva: [0, -1],
  iat: now,
  iss: 'https://clerk.example.com',
  nbf: now - 10,
  sid: 'sess_2mWp9sQ3x1yTzQ0bXhX8mZ2a1bC',
  sub: 'user_2mWp5kF0cLh3hXyQd9Qy0Yw3tZc',
  v: 2,
  o: { id: 'org_2mWpAaB1cD2eF3gH4iJ5kL6mN7o', rol: 'admin', slg: 'acme', per: 'read,write', fpm: '3' },
};
const b64 = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
const input = `${b64({ alg: ALG, kid: 'ins_bench', typ: 'JWT' })}.${b64(claims)}`;
const signature = ec ? sign('sha256', Buffer.from(input), { key: privateKey, dsaEncoding: 'ieee-p1363' }) : sign('sha256', Buffer.from(input), privateKey);
const token = `${input}.${signature.toString('base64url')}`;

// The baseline: split, decode, verify with a KeyObject imported once, parse the claims. No claim checks at all.
const key = createPublicKey(pem);
const baseline = (jwt) => {
  const dot = jwt.lastIndexOf('.');
  const sig = Buffer.from(jwt.slice(dot + 1), 'base64url');
  const data = Buffer.from(jwt.slice(0, dot));
  const ok = ec ? verify('sha256', data, { key, dsaEncoding: 'ieee-p1363' }, sig) : verify('sha256', data, key, sig);
  if (!ok) throw new Error('bad signature');
  return JSON.parse(Buffer.from(jwt.slice(jwt.indexOf('.') + 1, dot), 'base64url').toString());
};
const ours = (jwt) => verifyToken(jwt, { jwtKey: pem, authorizedParties: ['https://app.example.com'] });

// Both sides are awaited the same way, so the promise hop of the async API is the only difference in the loop.
async function measure(fn, ms) {
  let ops = 0;
  const start = process.hrtime.bigint();
  const end = start + BigInt(ms) * 1_000_000n;
  let t = start;
  while (t < end) {
    for (let i = 0; i < 50; i++) await fn(token);
    ops += 50;
    t = process.hrtime.bigint();
  }
  return (ops * 1e9) / Number(t - start);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// Sanity: both sides accept the token and agree on the claims.
const [a, b] = [baseline(token), await ours(token)];
if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error('the two sides disagree on the claims');

await measure(baseline, 500);
await measure(ours, 500);
// `again` is the baseline timed a second time in the same rounds: its ratio to the baseline is this run's noise.
const sides = { baseline, ours, again: baseline };
const samples = { baseline: [], ours: [], again: [] };
for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 === 0 ? ['baseline', 'ours', 'again', 'again', 'ours', 'baseline'] : ['again', 'ours', 'baseline', 'baseline', 'ours', 'again'];
  for (const side of order) samples[side].push(await measure(sides[side], DURATION_MS / 2));
}
const base = median(samples.baseline);
const mine = median(samples.ours);
const ratio = mine / base;
const aa = median(samples.again) / base;
const noise = Math.abs(1 - aa);
const met = ratio >= TARGET || TARGET - ratio <= noise;
if (args.includes('--json')) {
  console.log(JSON.stringify({ alg: ALG, baseline: base, ours: mine, ratio, aa, noise, target: TARGET }));
} else {
  const fmt = (n) => Math.round(n).toLocaleString('en-US');
  console.log(`verifyToken ${ALG} (jwtKey), ${ROUNDS} rounds of ${DURATION_MS} ms per side, medians:`);
  console.log(`  node:crypto, key imported once : ${fmt(base)} ops/s (${(1e6 / base).toFixed(1)} µs/op)`);
  console.log(`  verifyToken({ jwtKey })        : ${fmt(mine)} ops/s (${(1e6 / mine).toFixed(1)} µs/op)`);
  console.log(
    `  ratio                          : ${ratio.toFixed(3)}x ±${noise.toFixed(3)} (A/A ${aa.toFixed(3)}) (target >= ${TARGET}x) ${ratio >= TARGET ? 'OK' : met ? 'WITHIN NOISE' : 'MISSED'}`,
  );
}
process.exitCode = met ? 0 : 1;
