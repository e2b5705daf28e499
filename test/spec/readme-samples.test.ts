// The README sample extractor (demo/readme-samples.mjs, run by `npm run demo` and so by the packaging suite's demo
// test): which blocks it finds, which it runs and how, and that an unmarked fragment is an error, not a silent skip.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Block {
  line: number;
  lang: string;
  code: string;
  skip?: string;
  problem?: string;
}
interface Extractor {
  extractBlocks(markdown: string): Block[];
  moduleFormat(code: string): 'cjs' | 'esm';
  toJavaScript(block: Block): Promise<string>;
}

const samples = (await import(new URL('../../demo/readme-samples.mjs', import.meta.url).href)) as Extractor;
const fence = '```';

describe('README sample extraction', () => {
  it('finds every fenced block, and skips only those marked not-runnable with a reason', () => {
    const markdown = [
      '# Title',
      '<!-- not-runnable: shell commands -->',
      `${fence}sh`,
      'npm ci',
      fence,
      'Some text.',
      `${fence}js`,
      "const { users } = require('x');",
      fence,
      `${fence}sh`,
      'npm test',
      fence,
      '<!-- not-runnable: -->',
      `${fence}ts`,
      'type A = string;',
      fence,
      `${fence}`,
      'plain',
      fence,
    ].join('\n');
    expect(samples.extractBlocks(markdown)).toEqual([
      { line: 3, lang: 'sh', code: 'npm ci', skip: 'shell commands' },
      { line: 7, lang: 'js', code: "const { users } = require('x');" },
      { line: 10, lang: 'sh', code: 'npm test', problem: expect.stringContaining('must run or carry <!-- not-runnable: reason -->') },
      { line: 14, lang: 'ts', code: 'type A = string;', skip: '', problem: 'the not-runnable marker needs a reason' },
      { line: 17, lang: '', code: 'plain', problem: expect.stringContaining('(no language)') },
    ]);
  });

  it('runs require() code as CommonJS and anything else as ESM', () => {
    expect(samples.moduleFormat("const pkg = require('@clerk/clerk-sdk-node');")).toBe('cjs');
    expect(samples.moduleFormat("import { users } from '@clerk/clerk-sdk-node';\nawait users.getUserList();")).toBe('esm');
    expect(samples.moduleFormat("import x from 'y';\nconst z = require('z');")).toBe('esm');
    expect(samples.moduleFormat('console.log(1);')).toBe('esm');
  });

  it('strips TypeScript types with esbuild and leaves JavaScript as it is', async () => {
    const ts = await samples.toJavaScript({
      line: 1,
      lang: 'ts',
      code: "import { users } from 'x';\nconst n: number = 1;\ninterface I { a: string }\nconsole.log(n as number, users);",
    });
    expect(ts).not.toMatch(/: number|interface|as number/);
    expect(ts).toContain('import { users } from "x";');
    expect(await samples.toJavaScript({ line: 1, lang: 'js', code: 'const a = 1 ;' })).toBe('const a = 1 ;');
  });

  it("finds no unmarked fragment in the repository's README, and runnable samples in ESM and CommonJS", () => {
    const blocks = samples.extractBlocks(readFileSync(new URL('../../README.md', import.meta.url), 'utf8'));
    expect(blocks.filter((block) => block.problem).map((block) => `README.md:${block.line}: ${block.problem}`)).toEqual([]);
    const runnable = blocks.filter((block) => block.skip === undefined);
    expect(new Set(runnable.map((block) => samples.moduleFormat(block.code)))).toEqual(new Set(['esm', 'cjs']));
  });
});
