// TypeScript consumers of the installed tarball, compiled with the project's own tsc under `strict`
// (skipLibCheck off, so the published declarations are checked too). Each consumer uses the default client, a named
// resource, createClerkClient, Clerk with and without `new`, and ClerkAPIResponseError, and carries two lines marked
// as expected errors that only hold if the types are real (not `any`). The node16 and node10 outputs are also run.
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { packaging } from './helpers/context';
import { run, scriptEnv } from './helpers/run';

const ctx = packaging();
const pkgDir = join(ctx.consumerDir, 'node_modules', ...ctx.name.split('/'));

interface Compiled {
  /** Entry-point declaration files of this package that the program loaded, relative to the package. */
  packageFiles: string[];
  /** Everything tsc printed that is not a file name: its diagnostics. */
  diagnostics: string[];
  code: number | null;
}

async function compile(project: string): Promise<Compiled> {
  const dir = join(ctx.consumerDir, 'ts', project);
  const result = await run(process.execPath, [ctx.tsc, '-p', join(dir, 'tsconfig.json'), '--pretty', 'false', '--listFiles'], {
    cwd: dir,
  });
  const lines = `${result.stdout}\n${result.stderr}`.split('\n').filter((line) => line.trim() !== '');
  const isFile = (line: string) => line.startsWith('/') && !line.includes('): error');
  return {
    packageFiles: lines
      .filter((line) => isFile(line) && line.startsWith(`${pkgDir}/`))
      .map((line) => line.slice(pkgDir.length + 1))
      // Entry declarations only: the shared chunks' names are hashes.
      .filter((file) => /(^|\/)(index|instance)\.d\.m?ts$/.test(file))
      .sort(),
    diagnostics: lines.filter((line) => !isFile(line)),
    code: result.code,
  };
}

/** Runs an emitted consumer with the machine's node; it must exit 0 without a word on stderr. */
async function runEmitted(file: string): Promise<unknown> {
  const result = await run(process.execPath, [file], { cwd: ctx.consumerDir, env: scriptEnv() });
  if (result.code !== 0 || result.stderr !== '') {
    throw new Error(`${file} exited with ${result.code ?? result.signal}\n${result.stderr}\n${result.stdout}`);
  }
  return JSON.parse(result.stdout) as unknown;
}

describe.concurrent('TypeScript consumers (strict)', () => {
  it('node16: .cts gets the CJS declarations, .mts the ESM ones, and both run', async ({ expect }) => {
    const compiled = await compile('node16');
    expect(compiled.diagnostics).toEqual([]);
    expect(compiled.code).toBe(0);
    expect(compiled.packageFiles).toEqual(['dist/cjs/index.d.ts', 'dist/cjs/instance.d.ts', 'dist/esm/index.d.mts', 'dist/esm/instance.d.mts']);
    expect(await runEmitted(join(ctx.consumerDir, 'ts/node16/out/consumer.cjs'))).toEqual({
      format: 'cts',
      defaultIsRequireDefault: true,
      namedUsersIsDefaults: true,
      calledHasUsers: true,
      constructedHasUsers: true,
      instancePathHasUsers: true,
      errorClass: 'function',
    });
    expect(await runEmitted(join(ctx.consumerDir, 'ts/node16/out/consumer.mjs'))).toEqual({
      format: 'mts',
      namedUsersIsDefaults: true,
      calledHasUsers: true,
      constructedHasUsers: true,
      instancePathHasUsers: true,
      cjsPathHasUsers: true,
      errorClass: 'function',
    });
  });

  it('moduleResolution bundler: gets the ESM declarations', async ({ expect }) => {
    const compiled = await compile('bundler');
    expect(compiled.diagnostics).toEqual([]);
    expect(compiled.code).toBe(0);
    expect(compiled.packageFiles).toEqual(['dist/esm/index.d.mts', 'dist/esm/instance.d.mts']);
  });

  it('moduleResolution node10 (no "exports"): the deep-path shims type-check and run with esModuleInterop', async ({ expect }) => {
    const compiled = await compile('node10');
    expect(compiled.diagnostics).toEqual([]);
    expect(compiled.code).toBe(0);
    expect(compiled.packageFiles).toEqual(['cjs/instance.d.ts', 'dist/cjs/index.d.ts', 'dist/cjs/instance.d.ts', 'esm/instance.d.ts', 'instance.d.ts']);
    expect(await runEmitted(join(ctx.consumerDir, 'ts/node10/out/consumer.js'))).toEqual({
      format: 'node10',
      defaultIsRequireDefault: true,
      namedUsersIsDefaults: true,
      calledHasUsers: true,
      constructedHasUsers: true,
      esmPathHasUsers: true,
      instancePathHasUsers: true,
      requireDefaultHasUsers: true,
      errorClass: 'function',
    });
  });

  it.for([
    ['express-cjs', 'consumer.cjs', 'cts'],
    ['express-esm', 'consumer.mjs', 'mts'],
  ] as const)(
    '%s: a StrictAuthProp/LooseAuthProp Express.Request augmentation compiles, and the middleware runs without express',
    async ([project, emitted, format], { expect }) => {
      const compiled = await compile(project);
      expect(compiled.diagnostics).toEqual([]);
      expect(compiled.code).toBe(0);
      expect(await runEmitted(join(ctx.consumerDir, `ts/${project}/out/${emitted}`))).toEqual({
        format,
        expressInstalled: false,
        userId: null,
        status: 'signed-out',
      });
    },
  );
});
