// Deliberately leaky test file, run only by test/helpers/leaks.test.ts through its own vitest config: it leaves
// a temp folder, a listening server or a child process behind, as LEAK says, so the leak check must fail it.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it(`leaks ${process.env.LEAK ?? 'nothing'}`, async () => {
  if (process.env.LEAK === 'folder') mkdtempSync(join(tmpdir(), 'clerk-emulator-'));
  if (process.env.LEAK === 'server') await new Promise<void>((resolve) => createServer().listen(0, '127.0.0.1', resolve));
  if (process.env.LEAK === 'child') spawn(process.execPath, ['-e', 'setTimeout(() => {}, 1500)'], { stdio: 'ignore' });
  expect(true).toBe(true);
});
