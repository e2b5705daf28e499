// Process helpers for the packaging suite. Everything here is asynchronous on purpose: the fake API server lives
// in the test process, so a blocking spawnSync would stop it from answering the script it is waiting for.
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';

export interface RunResult {
  /** Exit code (null when killed by a signal). */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall time in milliseconds. */
  ms: number;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Kill the process after this many milliseconds (default 120 s). */
  timeoutMs?: number;
  /**
   * Send stdout to this file instead of a pipe (read back into `stdout`). For tools that call process.exit()
   * right after a large write, which a pipe would cut short.
   */
  stdoutFile?: string;
}

/** Runs a command to completion and resolves with its output; it never rejects on a non-zero exit. */
export function run(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  const started = Date.now();
  return new Promise((resolvePromise, reject) => {
    const fd = options.stdoutFile === undefined ? undefined : openSync(options.stdoutFile, 'w');
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', fd ?? 'pipe', 'pipe'],
    });
    if (fd !== undefined) closeSync(fd);
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      stderr += `\n[packaging tests] killed after ${options.timeoutMs ?? 120_000} ms`;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 120_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (options.stdoutFile !== undefined) stdout = readFileSync(options.stdoutFile, 'utf8');
      resolvePromise({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });
}

/** Like {@link run}, but rejects with the command's output when it exits non-zero. */
export async function runOrThrow(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  const result = await run(command, args, options);
  if (result.code !== 0) {
    throw new Error(
      `\`${command} ${args.join(' ')}\` (in ${options.cwd}) exited with ${result.code ?? result.signal}\n` +
        `--- stdout ---\n${result.stdout}\n--- stderr ---\n${result.stderr}`,
    );
  }
  return result;
}

/**
 * The environment for npm commands: ours, minus what an enclosing `npm test` exports about *this* package
 * (`npm_config_local_prefix` would make a nested `npm install` write into the repo instead of the consumer).
 */
export function npmEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key === 'npm_config_local_prefix' || /^npm_(package|lifecycle)_/.test(key) || key === 'INIT_CWD') continue;
    env[key] = value;
  }
  // No "new npm version" check against the registry: a run with the caches warm needs no network at all.
  env.npm_config_update_notifier = 'false';
  return env;
}

/**
 * A small, explicit environment for consumer scripts: no inherited CLERK_* or NODE_OPTIONS, so what a script
 * sees is exactly what the test passes.
 */
export function scriptEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? '/usr/bin:/bin' };
  if (process.env.HOME) env.HOME = process.env.HOME;
  if (process.env.TMPDIR) env.TMPDIR = process.env.TMPDIR;
  return { ...env, ...extra };
}
