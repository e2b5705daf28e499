import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { exportLines, parseArgs, runCli, USAGE, type CliIO } from '../../src/bin/clerk-emulator';

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
  });
});

describe('clerk-emulator run', () => {
  it('starts, prints the exports, serves requests and stops on SIGINT', async () => {
    const { io, out, err, signals } = fakeIO();
    const run = runCli(['--port', '0'], io);
    // Stops the emulator even when an assertion fails before the SIGINT below.
    onTestFinished(async () => {
      if (signals.listenerCount('SIGINT') > 0) {
        signals.emit('SIGINT');
        await run.exitCode;
      }
    });
    const emulator = await run.started;
    expect(emulator).toBeDefined();
    await new Promise((resolve) => setImmediate(resolve));
    const printed = out.join('');
    const url = /^export CLERK_API_URL=(http:\/\/127\.0\.0\.1:\d+)$/m.exec(printed)?.[1];
    const key = /^export CLERK_SECRET_KEY=(sk_test_\w+)$/m.exec(printed)?.[1];
    expect(url).toBe(emulator!.url);
    expect(key).toBe(emulator!.secretKey);
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
    const { io, out, signals } = fakeIO();
    let run: ReturnType<typeof runCli> | undefined;
    try {
      const seedFile = join(dir, 'seed.json');
      writeFileSync(seedFile, JSON.stringify({ users: [{ id: 'user_seeded', username: 'seeded' }] }));
      run = runCli(['--seed', seedFile, '--quiet', '--secret-key', 'sk_test_cli'], io);
      const emulator = (await run.started)!;
      const response = await fetch(`${emulator.url}/v1/users/user_seeded`, { headers: { authorization: 'Bearer sk_test_cli' } });
      expect((await response.json()).username).toBe('seeded');
      signals.emit('SIGTERM');
      expect(await run.exitCode).toBe(0);
      expect(out.join('')).toContain('export CLERK_SECRET_KEY=sk_test_cli\n');
    } finally {
      // Stop the emulator if an assertion failed before SIGTERM (a second signal after exit is ignored), then drop the seed file.
      if (signals.listenerCount('SIGTERM') > 0) {
        signals.emit('SIGTERM');
        await run?.exitCode;
      }
      rmSync(dir, { recursive: true, force: true });
    }
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
