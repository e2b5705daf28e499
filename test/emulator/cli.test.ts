import { EventEmitter } from 'node:events';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { exportLines, parseArgs, runCli, shellQuote, USAGE, type CliIO } from '../../src/bin/clerk-emulator';
import { startEmulator } from '../../src/testing';

function fakeIO() {
  const out: string[] = [];
  const err: string[] = [];
  const signals = new EventEmitter();
  const io: CliIO = {
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text) },
    signals: signals as unknown as CliIO['signals'],
  };
  return { io, out, err, signals };
}

describe('clerk-emulator arguments', () => {
  it('parses ports, keys, seed files and flags', () => {
    expect(parseArgs([])).toEqual({ port: 0, quiet: false, help: false });
    expect(parseArgs(['--port', '0'])).toMatchObject({ port: 0 });
    expect(parseArgs(['--port=4010', '--secret-key', 'sk_test_x', '--seed', 'seed.json', '-q'])).toEqual({
      port: 4010,
      secretKey: 'sk_test_x',
      seedFile: 'seed.json',
      quiet: true,
      help: false,
    });
    expect(parseArgs(['-p', '5000', '-h'])).toMatchObject({ port: 5000, help: true });
  });

  it('refuses bad input with a message', () => {
    expect(() => parseArgs(['--port'])).toThrow('--port needs a value');
    expect(() => parseArgs(['--port', 'abc'])).toThrow('--port must be a number');
    expect(() => parseArgs(['--port', '70000'])).toThrow('--port must be a number');
    expect(() => parseArgs(['--verbose'])).toThrow('unknown option --verbose');
  });

  it('prints shell export lines', () => {
    expect(exportLines({ url: 'http://127.0.0.1:4010', secretKey: 'sk_test_abc' })).toBe(
      'export CLERK_API_URL=http://127.0.0.1:4010\nexport CLERK_SECRET_KEY=sk_test_abc\n',
    );
    expect(parseArgs(['--issuer', 'https://clerk.example.test'])).toMatchObject({ issuer: 'https://clerk.example.test' });
  });

  it('quotes the multi-line PEM so that a POSIX shell evaluates every line back to the exact values', async () => {
    const emulator = await startEmulator();
    try {
      const lines = exportLines(emulator);
      expect(lines).toMatch(/^export CLERK_JWT_KEY='-----BEGIN PUBLIC KEY-----\n/m);
      expect(lines).toMatch(/^export CLERK_WEBHOOK_SIGNING_SECRET=whsec_/m);
      const script = 'eval "$1"; printf "%s\\0%s\\0%s\\0%s" "$CLERK_API_URL" "$CLERK_SECRET_KEY" "$CLERK_JWT_KEY" "$CLERK_WEBHOOK_SIGNING_SECRET"';
      const printed = execFileSync('sh', ['-c', script, 'sh', lines], { encoding: 'utf8' }).split('\0');
      expect(printed).toEqual([emulator.url, emulator.secretKey, emulator.jwtKey, emulator.webhookSigningSecret]);
      // A value with a quote in it survives too.
      expect(execFileSync('sh', ['-c', `printf %s ${shellQuote("it's a 'key'\n")}`], { encoding: 'utf8' })).toBe("it's a 'key'\n");
    } finally {
      await emulator.stop();
    }
  });
});

describe('clerk-emulator run', () => {
  it('starts, prints the exports, serves requests and stops on SIGINT', async () => {
    const { io, out, err, signals } = fakeIO();
    const run = runCli(['--port', '0'], io);
    const emulator = await run.started;
    expect(emulator).toBeDefined();
    await new Promise((resolve) => setImmediate(resolve));
    const printed = out.join('');
    const url = /^export CLERK_API_URL=(http:\/\/127\.0\.0\.1:\d+)$/m.exec(printed)?.[1];
    const key = /^export CLERK_SECRET_KEY=(sk_test_\w+)$/m.exec(printed)?.[1];
    expect(url).toBe(emulator!.url);
    expect(key).toBe(emulator!.secretKey);
    expect(printed).toContain(`export CLERK_JWT_KEY='${emulator!.jwtKey}'\n`);
    expect(err.join('')).toContain('listening');

    const response = await fetch(`${url}/v1/users/count`, { headers: { authorization: `Bearer ${key}` } });
    expect(await response.json()).toEqual({ object: 'total_count', total_count: 0 });

    expect(signals.listenerCount('SIGINT')).toBe(1);
    signals.emit('SIGINT');
    expect(await run.exitCode).toBe(0);
    expect(signals.listenerCount('SIGINT')).toBe(0);
    expect(signals.listenerCount('SIGTERM')).toBe(0);
    await expect(fetch(`${url}/v1/users/count`)).rejects.toThrow();
  });

  it('stops on SIGTERM too, and loads a seed file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clerk-emulator-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const seedFile = join(dir, 'seed.json');
    writeFileSync(seedFile, JSON.stringify({ users: [{ id: 'user_seeded', username: 'seeded' }] }));
    const { io, out, signals } = fakeIO();
    const run = runCli(['--seed', seedFile, '--quiet', '--secret-key', 'sk_test_cli'], io);
    // Stop the emulator if an assertion fails before SIGTERM (a second signal after exit is ignored).
    onTestFinished(async () => {
      if (signals.listenerCount('SIGTERM') > 0) signals.emit('SIGTERM');
      await run.exitCode;
    });
    const emulator = (await run.started)!;
    const response = await fetch(`${emulator.url}/v1/users/user_seeded`, { headers: { authorization: 'Bearer sk_test_cli' } });
    expect((await response.json()).username).toBe('seeded');
    signals.emit('SIGTERM');
    expect(await run.exitCode).toBe(0);
    expect(out.join('')).toContain('export CLERK_SECRET_KEY=sk_test_cli\n');
  });

  it('prints help, and exits 2 on a bad command line and 1 when it cannot start', async () => {
    const help = fakeIO();
    expect(await runCli(['--help'], help.io).exitCode).toBe(0);
    expect(help.out.join('')).toBe(`${USAGE}\n`);

    const bad = fakeIO();
    expect(await runCli(['--nope'], bad.io).exitCode).toBe(2);
    expect(bad.err.join('')).toContain('unknown option --nope');

    const missing = fakeIO();
    expect(await runCli(['--seed', '/nonexistent/seed.json'], missing.io).exitCode).toBe(1);
    expect(missing.err.join('')).toContain('clerk-emulator:');
  });
});
