// Runs every code block of README.md against the embedded emulator, verbatim, each in its own Node process, so the
// README cannot show code that does not run. Blocks are found automatically: a sample added to the README later is
// picked up with no extra wiring. A fragment that is not meant to run (shell commands, type signatures) carries an
// explicit `<!-- not-runnable: reason -->` comment on the line right before its fence; any other block must run.
//
// Format: a block that uses `require(` and no `import` statement runs as CommonJS, anything else as ESM. TypeScript
// blocks (```ts) have their types stripped by esbuild first. A sample passes when it exits 0 with nothing on stderr
// (samples handle their errors the way the documentation's examples do, so a failure shows up on stderr).
//
//   node demo/readme-samples.mjs            run them (after `npm run build`), exit 1 if one fails
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const RUNNABLE_LANGS = new Set(['js', 'javascript', 'mjs', 'cjs', 'ts', 'typescript', 'mts', 'cts']);
const TS_LANGS = new Set(['ts', 'typescript', 'mts', 'cts']);
const MARKER = /^<!--\s*not-runnable:\s*(.*?)\s*-->$/;

/**
 * The fenced code blocks of a Markdown text, with their language, first line number, the not-runnable reason when the
 * line before the fence carries the marker, and a problem when the block can neither run nor says why.
 */
export function extractBlocks(markdown) {
  const lines = markdown.split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i += 1) {
    const open = /^(`{3,})\s*([\w-]*)\s*$/.exec(lines[i]);
    if (!open) continue;
    const fence = open[1];
    const lang = open[2].toLowerCase();
    const start = i + 1;
    let end = start;
    while (end < lines.length && !lines[end].startsWith(fence)) end += 1;
    const marker = MARKER.exec((lines[i - 1] ?? '').trim());
    const block = { line: i + 1, lang, code: lines.slice(start, end).join('\n') };
    if (marker) {
      block.skip = marker[1];
      if (!marker[1]) block.problem = 'the not-runnable marker needs a reason';
    } else if (!RUNNABLE_LANGS.has(lang)) {
      block.problem = `a \`\`\`${lang || '(no language)'} block must run or carry <!-- not-runnable: reason --> on the line before it`;
    }
    blocks.push(block);
    i = end;
  }
  return blocks;
}

/** 'cjs' when the code uses require() and no import statement, else 'esm'. */
export function moduleFormat(code) {
  return /\brequire\s*\(/.test(code) && !/^\s*import[\s{*'"]/m.test(code) ? 'cjs' : 'esm';
}

/** The block as plain JavaScript: TypeScript loses its types (esbuild), everything else is unchanged. */
export async function toJavaScript(block) {
  if (!TS_LANGS.has(block.lang)) return block.code;
  const { transform } = await import('esbuild');
  const result = await transform(block.code, { loader: 'ts', target: 'node18' });
  return result.code;
}

/** The emulator data the samples read: a user with a session on a known client, and a few more users. */
export const SAMPLE_SEED = {
  users: [
    { id: 'user_123', email_address: ['ada@example.com'], first_name: 'Ada', last_name: 'Lovelace' },
    { id: 'user_readme_grace', email_address: ['grace@example.com'], first_name: 'Grace', last_name: 'Hopper' },
  ],
  sessions: [{ id: 'sess_readme', client_id: 'client_123', user_id: 'user_123' }],
};

function runNode(file, cwd, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      stderr += '\n[readme-samples] killed after 30 s';
      child.kill('SIGKILL');
    }, 30_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * Runs every runnable block of `readmePath` against a fresh emulator (CLERK_API_URL and CLERK_SECRET_KEY set, the
 * documentation's 'YOUR_SECRET_KEY' placeholder accepted). Needs dist/ (npm run build). Reports through `log`;
 * resolves with one result per block.
 */
export async function runReadmeSamples({ readmePath = join(ROOT, 'README.md'), log = console.log } = {}) {
  const { startEmulator } = await import(pathToFileURL(join(ROOT, 'dist/esm/testing.mjs')).href);
  const blocks = extractBlocks(readFileSync(readmePath, 'utf8'));
  const results = [];
  // The samples import '@clerk/clerk-sdk-node' as an app would: a node_modules link to this repository.
  const dir = mkdtempSync(join(tmpdir(), 'clerk-readme-samples-'));
  let emulator;
  try {
    mkdirSync(join(dir, 'node_modules', '@clerk'), { recursive: true });
    symlinkSync(ROOT, join(dir, 'node_modules', '@clerk', 'clerk-sdk-node'), 'dir');
    // The Express samples import express, as the apps they stand for do (it is this repository's devDependency).
    symlinkSync(join(ROOT, 'node_modules', 'express'), join(dir, 'node_modules', 'express'), 'dir');
    emulator = await startEmulator({ additionalSecretKeys: ['YOUR_SECRET_KEY'], seed: SAMPLE_SEED });
    for (const block of blocks) {
      const name = `README.md:${block.line}`;
      if (block.problem) {
        results.push({ ...block, ok: false, detail: block.problem });
        log(`  ✗ ${name} ${block.problem}`);
        continue;
      }
      if (block.skip !== undefined) {
        results.push({ ...block, ok: true, skipped: true });
        log(`  - ${name} (${block.lang}) not run: ${block.skip}`);
        continue;
      }
      const code = await toJavaScript(block);
      const format = moduleFormat(code);
      const file = join(dir, `sample-${block.line}.${format === 'cjs' ? 'cjs' : 'mjs'}`);
      writeFileSync(file, code);
      // Each sample gets a fresh emulator state, so one sample's writes do not change what the next one reads.
      await emulator.reset();
      await emulator.seed(SAMPLE_SEED);
      const env = {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: process.env.HOME ?? dir,
        TMPDIR: tmpdir(),
        CLERK_API_URL: emulator.url,
        CLERK_SECRET_KEY: emulator.secretKey,
      };
      const result = await runNode(file, dir, env);
      const ok = result.code === 0 && result.stderr.trim() === '';
      results.push({ ...block, ok, format, ...result });
      if (ok) log(`  ✓ ${name} (${block.lang}, run as ${format.toUpperCase()})`);
      else log(`  ✗ ${name} (${block.lang}, run as ${format.toUpperCase()}) exited ${result.code}\n${result.stderr}`);
    }
  } finally {
    await emulator?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const results = await runReadmeSamples();
  const failed = results.filter((result) => !result.ok);
  const ran = results.filter((result) => !result.skipped && result.ok).length;
  console.log(failed.length ? `${failed.length} README sample(s) failed` : `All ${ran} runnable README samples ran against the emulator`);
  process.exitCode = failed.length ? 1 : 0;
}
