// The README's install instructions, followed in an empty folder: `npm install` of the tarball `npm pack` wrote
// gives a working package (this code, not the registry's 5.x) with nothing else beside it. The package's runtime
// dependencies come from tarballs of the repo's node_modules (the lockfile's versions), so no registry is needed.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packaging } from './helpers/context';
import { npmEnv, run, runOrThrow, scriptEnv } from './helpers/run';

const ctx = packaging();
let app: string;

beforeAll(async () => {
  app = mkdtempSync(join(tmpdir(), 'clerk-install-'));
  writeFileSync(join(app, 'package.json'), `${JSON.stringify({ name: 'my-app', version: '1.0.0', private: true }, null, 2)}\n`);
  await runOrThrow('npm', ['install', ctx.tarball, ...ctx.dependencyTarballs, '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], {
    cwd: app,
    env: npmEnv(),
    timeoutMs: 300_000,
  });
}, 320_000);

afterAll(() => {
  rmSync(app, { recursive: true, force: true });
});

describe('installing from an npm pack tarball', () => {
  it('is what the README tells users to do, with the file name npm pack writes', () => {
    const readme = readFileSync(join(ctx.root, 'README.md'), 'utf8');
    expect(readme).toContain('not published from this repository yet');
    expect(readme).toContain(`npm install ../clerk-sdk-node/${basename(ctx.tarball)}`);
  });

  it('records the tarball as the dependency and installs this version', () => {
    const manifest = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(manifest.dependencies[ctx.name]).toMatch(new RegExp(`^file:.*${basename(ctx.tarball).replace(/\./g, '\\.')}$`));
    const installed = JSON.parse(readFileSync(join(app, 'node_modules', ...ctx.name.split('/'), 'package.json'), 'utf8')) as { version: string };
    expect(installed.version).toBe(ctx.version);
  });

  it('works from the empty folder: require, import, and a request to the bundled emulator', async () => {
    writeFileSync(
      join(app, 'app.mjs'),
      [
        "import { createRequire } from 'node:module';",
        "import { createClerkClient } from '@clerk/clerk-sdk-node';",
        "import { startEmulator } from '@clerk/clerk-sdk-node/testing';",
        'const cjs = createRequire(import.meta.url)("@clerk/clerk-sdk-node");',
        "const emulator = await startEmulator({ seed: { users: [{ id: 'user_app', first_name: 'Ada' }] } });",
        'try {',
        '  const clerk = createClerkClient({ apiUrl: emulator.url, secretKey: emulator.secretKey });',
        "  const user = await clerk.users.getUser('user_app');",
        '  console.log(JSON.stringify({ cjs: typeof cjs.createClerkClient, id: user.id, firstName: user.firstName }));',
        '} finally {',
        '  await emulator.stop();',
        '}',
      ].join('\n'),
    );
    const result = await run(process.execPath, ['app.mjs'], { cwd: app, env: scriptEnv(), timeoutMs: 60_000 });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ cjs: 'function', id: 'user_app', firstName: 'Ada' });
  });
});
