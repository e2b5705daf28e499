// The leak check (test/helpers/leaks.ts, a setup file of the unit project) can fail: a vitest run of a fixture that
// leaves a temp folder, a server or a child process behind fails with a message naming it; a clean one passes.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const VITEST = fileURLToPath(new URL('../../node_modules/vitest/vitest.mjs', import.meta.url));

function runFixture(leak: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [VITEST, 'run', '--config', 'test/helpers/leak-fixtures/vitest.config.mts'], {
      cwd: ROOT,
      env: { ...process.env, LEAK: leak, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 50_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('the leak check', () => {
  it('passes a test file that leaves nothing behind', async () => {
    const { code, output } = await runFixture('nothing');
    expect(output).toContain('1 passed');
    expect(code, output).toBe(0);
  }, 60_000);

  it.each([
    ['folder', /left in the temp directory by this test file: expected \[ 'clerk-emulator-\w+' \]/],
    ['server', /still open after this test file: expected \{ TCPServerWrap: 1 \}/],
    ['child', /still open after this test file: expected \{ ProcessWrap: 1 \}/],
  ])(
    'fails a test file that leaves a %s behind',
    async (leak, message) => {
      const { code, output } = await runFixture(leak);
      expect(output).toMatch(message);
      expect(code, output).toBe(1);
    },
    60_000,
  );
});
