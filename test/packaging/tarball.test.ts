// What `npm pack` ships, and publint's verdict on that tarball.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { describe, expect, it } from 'vitest';
import { packaging } from './helpers/context';
import { ENTRY_FILES } from './helpers/entry-files';

const ctx = packaging();
const installed = join(ctx.consumerDir, 'node_modules', ...ctx.name.split('/'));

/** Every entry point file and shim, the licence, plus what npm always ships. */
const REQUIRED = ['package.json', 'README.md', 'LICENSE', ...ENTRY_FILES];

/** Sources, tests, tooling and work files that must stay out of the package. */
const FORBIDDEN = [
  /^src\//,
  /^test\//,
  /^cjs-shim\//,
  /^scripts\//,
  /^bench\//,
  /(^|\/)node_modules\//,
  /\.tgz$/,
  /^tsconfig.*\.json$/,
  /^tsup\.config/,
  /^vitest\.config/,
  /^api-extractor/,
  /^\.work\//,
];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

describe('npm pack', () => {
  it('ships every entry point file and the deep-import shims', () => {
    expect(ctx.packedFiles).toEqual(expect.arrayContaining(REQUIRED));
  });

  it("ships this package's MIT licence, matching package.json", () => {
    expect(ctx.packedFiles).toContain('LICENSE');
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { license?: string };
    expect(manifest.license).toBe('MIT');
    const text = readFileSync(join(installed, 'LICENSE'), 'utf8');
    expect(text).toMatch(/^MIT License\n/);
    expect(text).toContain('Copyright (c) 2026 the @clerk/clerk-sdk-node (rebuilt) contributors');
    // The spec's own licence (Clerk's, in spec/) is not what ships.
    expect(text).toBe(readFileSync(join(ctx.root, 'LICENSE'), 'utf8'));
  });

  it('ships no sources, tests or tooling', () => {
    expect(ctx.packedFiles.filter((file) => FORBIDDEN.some((pattern) => pattern.test(file)))).toEqual([]);
    // Every shipped file sits under one of the `files` roots (or is one npm always adds).
    const roots = /^(dist\/(cjs|esm)\/|cjs\/instance\.|esm\/instance\.|(instance|testing)\.(js|d\.ts)$|package\.json$|README\.md$|LICENSE$)/;
    expect(ctx.packedFiles.filter((file) => !roots.test(file))).toEqual([]);
  });

  it('installs the same files npm packed', () => {
    const files = walk(installed)
      .map((file) => relative(installed, file).split('\\').join('/'))
      .sort();
    expect(files).toEqual(ctx.packedFiles);
  });

  it('ships source maps that carry their sources (src/ itself is not published)', () => {
    const maps = ctx.packedFiles.filter((file) => file.endsWith('.map'));
    expect(maps.length).toBeGreaterThan(0);
    const incomplete = maps.filter((file) => {
      const map = JSON.parse(readFileSync(join(installed, file), 'utf8')) as { sources: string[]; sourcesContent?: Array<string | null> };
      // A file that only re-exports shared chunks has a map with no sources, and so nothing to carry.
      if (map.sources.length === 0) return false;
      return !map.sourcesContent || map.sourcesContent.length !== map.sources.length || map.sourcesContent.some((text) => typeof text !== 'string');
    });
    expect(incomplete).toEqual([]);
  });

  it('publishes the package.json it was built from', () => {
    const packed = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Record<string, unknown>;
    const source = JSON.parse(readFileSync(join(ctx.root, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(packed.exports).toEqual(source.exports);
    expect(packed.version).toBe(ctx.version);
    expect(packed.dependencies).toEqual(source.dependencies);
  });
});

describe('publint', () => {
  it('reports no errors, warnings or suggestions on the tarball', async () => {
    const data = readFileSync(ctx.tarball);
    const tarball = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
    const { messages, pkg } = await publint({ pack: { tarball }, level: 'suggestion', strict: false });
    // Sanity: publint really read this package.
    expect(pkg).toMatchObject({ name: ctx.name, version: ctx.version });
    const readable = messages.map((message) => `${message.type}: ${message.code}: ${formatMessage(message, pkg) ?? ''}`);
    expect(readable).toEqual([]);
  });
});
