// The repository carries everything it is tested against: no test, script, benchmark, demo or configuration file
// refers to a place above the repository root (issue 9: a clone with nothing beside it must pass its own tests).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXEMPT_FILES, NOT_A_PATH_MARKER, outsideReferences, scannedFiles } from './repository-paths';

const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');

describe('references outside the repository', () => {
  it('scans the test, script, bench, demo and example folders and the root configs', () => {
    const files = scannedFiles(ROOT);
    expect(files).toEqual(
      expect.arrayContaining([
        'test/spec/openapi.ts',
        'test/packaging/globalSetup.ts',
        'scripts/gen-emulator-routes.mjs',
        'bench/run.mjs',
        'demo/run.mjs',
        'examples/docs/resource.cjs',
        'vitest.config.mts',
        'tsup.config.ts',
        'package.json',
        'tsconfig.json',
      ]),
    );
    expect(files.filter((file) => file.includes('node_modules/') || file.includes('/.work/'))).toEqual([]);
    // Only the guard's own two files (which hold bad paths on purpose) are left out.
    expect(EXEMPT_FILES).toEqual(['test/spec/repository-paths.ts', 'test/spec/repository-paths.test.ts']);
    expect(files).toContain('test/spec/openapi.test.ts');
  });

  it('finds none in the repository', () => {
    const findings = scannedFiles(ROOT).flatMap((file) => outsideReferences(ROOT, file, readFileSync(join(ROOT, file), 'utf8')));
    expect(findings.map((f) => `${f.file}:${f.line}: ${f.text} (${f.reason})`)).toEqual([]);
  });

  describe('the check itself', () => {
    const check = (file: string, text: string) => outsideReferences(ROOT, file, text).map((f) => [f.text, f.reason]);

    it('flags a relative path that climbs above the root, from where the file sits', () => {
      expect(check('test/spec/openapi.ts', "export const SHARED = new URL('../../../shared/', import.meta.url);")).toEqual([
        ['../../../shared/', 'resolves above the repository root'],
      ]);
      expect(check('bench/run.mjs', 'const out = resolve(here, "../../elsewhere/data.json");')).toEqual([
        ['../../elsewhere/data.json', 'resolves above the repository root'],
      ]);
      expect(check('vitest.config.mts', "setupFiles: ['../setup.ts']")).toEqual([['../setup.ts', 'resolves above the repository root']]);
      expect(check('test/a/b.ts', 'const up = join(__dirname, `../../../${name}`);')).toEqual([['../../../${name}', 'resolves above the repository root']]);
      // In prose as well: a comment pointing at ../shared misleads (from scripts/ it names a root folder that is not there).
      expect(check('scripts/x.mjs', '// The spec lives in ../shared beside the repository.')).toEqual([
        ['../shared', 'names shared, which is not in the repository'],
      ]);
      expect(check('scripts/x.mjs', '// The spec lives in ../../shared beside the repository.')).toEqual([
        ['../../shared', 'resolves above the repository root'],
      ]);
    });

    it('skips only the lines marked as holding path-like data', () => {
      expect(check('test/emulator/fuzz.test.ts', `const ODD = ['..', '../x']; // ${NOT_A_PATH_MARKER}`)).toEqual([]);
      expect(check('test/emulator/fuzz.test.ts', `const ODD = ['..', '../x'];\n// ${NOT_A_PATH_MARKER}`)).toEqual([
        ['../x', 'names test/x, which is not in the repository'],
      ]);
    });

    it('flags a relative path whose base is the root rather than the file (it names nothing in the repository)', () => {
      expect(check('scripts/gen.mjs', "const spec = fileURLToPath(new URL('../shared/openapi/bapi.yml', root));")).toEqual([
        ['../shared/openapi/bapi.yml', 'names shared/openapi/bapi.yml, which is not in the repository'],
        ['shared/openapi/bapi.yml', 'path into the reference folder beside the repository'],
      ]);
    });

    it('flags absolute paths into work or home folders and the reference folder by its layout', () => {
      expect(check('demo/run.mjs', "readFileSync('/work/shared/seed/node-available-methods.txt')")).toEqual([
        ['/work/shared/seed/node-available-methods.txt', 'absolute path into a home or work folder'],
        ['shared/seed/node-available-methods.txt', 'path into the reference folder beside the repository'],
      ]);
      expect(check('test/x.test.ts', 'const p = "/home/someone/clerk/spec.yml";')).toEqual([
        ['/home/someone/clerk/spec.yml', 'absolute path into a home or work folder'],
      ]);
      expect(check('package.json', '"x": "node C:\\\\Users\\\\me\\\\x.js"')).toHaveLength(1);
    });

    it('accepts paths that stay inside and exist, build outputs, URLs and path-traversal test inputs', () => {
      expect(check('test/api/UserAPI.test.ts', "import { User } from '../../src/index';")).toEqual([]);
      expect(check('test/helpers/nock.ts', 'new URL(`../fixtures/${name}.json`, import.meta.url)')).toEqual([]);
      expect(check('bench/worker.mjs', "new URL('../dist/esm/index.mjs', import.meta.url)")).toEqual([]);
      expect(check('test/packaging/demo.test.ts', "new URL('../..', import.meta.url)")).toEqual([]);
      expect(check('test/spec/openapi.ts', "new URL('../../spec/bapi-2026-05-12.yml', import.meta.url)")).toEqual([]);
      expect(check('test/core/path.test.ts', "expect(path('user_1/../../organizations')).toBe('x');")).toEqual([]);
      expect(check('test/x.test.ts', "fetch('https://api.clerk.com/v1/users'); const t = tmpdir(); // 1.. 2... ok")).toEqual([]);
    });
  });
});
