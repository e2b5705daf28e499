// Per test file (a vitest setup file): the file gets a temp directory of its own as TMPDIR (inherited by the child
// processes it starts), and after its last test the file fails if anything is left in it, or if a server or a
// child process it started is still open. Tests must clean up after themselves; this makes forgetting visible.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';

/** Handle kinds that mean a listening server, an open socket or a running child process. */
const LEAKY_RESOURCES = new Set(['TCPServerWrap', 'TCPWrap', 'PipeServerWrap', 'ProcessWrap', 'UDPWrap']);

const outer = process.env.TMPDIR;
const fileTmp = mkdtempSync(join(tmpdir(), 'clerk-sdk-node-test-file-'));
process.env.TMPDIR = fileTmp;

/** Counts of the open handles that should not outlive a test file, by kind. */
function openHandles(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of process.getActiveResourcesInfo()) if (LEAKY_RESOURCES.has(kind)) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

const handlesAtStart = openHandles();

afterAll(async () => {
  if (outer === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = outer;
  const left = readdirSync(fileTmp);
  rmSync(fileTmp, { recursive: true, force: true });
  expect(left, 'left in the temp directory by this test file').toEqual([]);
  // Closing a server or a socket completes on the next turns of the event loop.
  let handles = openHandles();
  for (let i = 0; i < 20 && JSON.stringify(handles) !== JSON.stringify(handlesAtStart); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    handles = openHandles();
  }
  expect(handles, 'servers, sockets or child processes still open after this test file').toEqual(handlesAtStart);
});
