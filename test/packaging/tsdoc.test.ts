// IDE hovers are this package's reference docs (STYLE.md §8), so every public export of both entry points, and
// every public member of the classes, interfaces and object types they export, needs a TSDoc summary: a first
// sentence before any block tag. `/** @deprecated Use x. */` alone does not count; `@internal` items are skipped.
// The fields of `…JSON` wire interfaces are exempt: they repeat the spec's snake_case fields one for one, and the
// model class beside each one documents every field under its camelCase name. The interface itself still needs a summary.
// It reads the built declarations in dist/esm: `npm test` builds first; on its own run `npm run build` before it.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const ENTRIES = [
  { name: 'main entry (.)', file: 'dist/esm/index.d.mts', expects: ['default', 'createClerkClient'] },
  { name: 'instance entry (./instance)', file: 'dist/esm/instance.d.mts', expects: ['default', 'createClerkClient'] },
  { name: 'emulator entry (./testing)', file: 'dist/esm/testing.d.mts', expects: ['startEmulator'] },
] as const;

describe.each(ENTRIES)('TSDoc summaries: $name', ({ file, expects }) => {
  it('documents every public export and every public member', () => {
    const entry = resolve(ROOT, file);
    if (!existsSync(entry)) {
      expect.fail(`${file} is missing: run \`npm run build\` first (\`npm test\` does it for you).`);
    }
    const offenders = findUndocumented(entry, resolve(ROOT, 'dist'), ROOT);
    if (offenders.length > 0) {
      expect.fail(
        `${offenders.length} public item(s) of ${file} have no TSDoc summary (a sentence before the first @tag):\n` +
          offenders.map((o) => `  - ${o}`).join('\n'),
      );
    }
  });

  it('finds the exports it checks', () => {
    // Guards the check above against passing vacuously (e.g. an entry that failed to resolve).
    const entry = resolve(ROOT, file);
    if (!existsSync(entry)) expect.fail(`${file} is missing: run \`npm run build\` first.`);
    const { checker, moduleSymbol } = load(entry);
    const names = checker.getExportsOfModule(moduleSymbol).map((s) => s.name);
    for (const name of expects) expect(names).toContain(name);
  });
});

describe('the TSDoc check itself', () => {
  it('reports exactly the undocumented items of a known declaration file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clerk-tsdoc-'));
    try {
      const file = join(dir, 'fixture.d.mts');
      writeFileSync(
        file,
        [
          '/** A documented base that is not exported. */',
          'declare class Base {',
          '    inherited(): void;',
          '}',
          '/** Documented class. @public */',
          'export declare class Documented extends Base {',
          '    /** Documented constructor. */',
          '    constructor(x: string);',
          '    /** Documented field. */',
          '    readonly a: string;',
          '    readonly b: string;',
          '    /** @deprecated Tags alone are not a summary. */',
          '    c(): void;',
          '    protected d(): void;',
          '    private e;',
          '    #f;',
          '    /** @internal */',
          '    g(): void;',
          '    static h(): void;',
          '    get i(): string;',
          '}',
          'export interface Bare {',
          '    /** Documented. */',
          '    ok: number;',
          '    snake_case?: number;',
          '    (x: number): void;',
          '}',
          '/** Literal alias. @public */',
          'export type Params = {',
          '    documentedNot: string;',
          '    /** Yes. */',
          '    yes: string;',
          '};',
          '/** Union aliases are documented as a whole. @public */',
          "export type Kind = 'a' | 'b';",
          '/** @public */',
          'export declare const noSummary: number;',
          '/** Summary here. @public */',
          'declare const summarised: number;',
          'export default summarised;',
          '/** @internal */',
          'export declare function hidden(): void;',
          '/** Wire shape. */',
          'export interface ThingJSON {',
          '    snake_field: string;',
          '}',
          'export interface NoDocJSON {',
          '    other_field: string;',
          '}',
          '',
        ].join('\n'),
      );
      expect(findUndocumented(file, dir)).toEqual([
        'Bare (call signature) (fixture.d.mts:26)',
        'Bare (fixture.d.mts:22)',
        'Bare.snake_case (fixture.d.mts:25)',
        'Documented.b (fixture.d.mts:11)',
        'Documented.c (fixture.d.mts:13)',
        'Documented.d (fixture.d.mts:14)',
        'Documented.h (fixture.d.mts:19)',
        'Documented.i (fixture.d.mts:20)',
        'Documented.inherited (fixture.d.mts:3)',
        'NoDocJSON (fixture.d.mts:47)',
        'Params.documentedNot (fixture.d.mts:30)',
        'noSummary (fixture.d.mts:37)',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

function load(entry: string): { program: ts.Program; checker: ts.TypeChecker; moduleSymbol: ts.Symbol } {
  const program = ts.createProgram([entry], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: ['node'],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`TypeScript could not load ${entry} as a module`);
  return { program, checker, moduleSymbol };
}

/**
 * Lists `Export` / `Export.member` names (with their location) that lack a TSDoc summary. Declarations outside
 * `ownDir` (lib.d.ts, @types/node) are not ours to document. Locations are relative to `labelRoot`.
 */
function findUndocumented(entry: string, ownDir: string, labelRoot = ownDir): string[] {
  const { checker, moduleSymbol } = load(entry);
  const ours = (decl: ts.Declaration) => resolve(decl.getSourceFile().fileName).startsWith(ownDir);
  const offenders = new Set<string>();
  const where = (decl: ts.Declaration) => {
    const sf = decl.getSourceFile();
    const { line } = sf.getLineAndCharacterOfPosition(decl.getStart());
    return `${relative(labelRoot, sf.fileName)}:${line + 1}`;
  };
  const checkedTypes = new Set<ts.Symbol>();

  const checkMembers = (owner: string, symbol: ts.Symbol) => {
    if (checkedTypes.has(symbol)) return;
    checkedTypes.add(symbol);
    if (isWireInterface(symbol)) return;
    const sides: ts.Type[] = [];
    const isClass = (symbol.flags & ts.SymbolFlags.Class) !== 0;
    if (isClass || (symbol.flags & ts.SymbolFlags.Interface) !== 0 || (symbol.flags & ts.SymbolFlags.TypeAlias) !== 0) {
      sides.push(checker.getDeclaredTypeOfSymbol(symbol));
    }
    // Static members and constructors live on the class's value side.
    const valueDecl = symbol.valueDeclaration;
    if (isClass && valueDecl) sides.push(checker.getTypeOfSymbolAtLocation(symbol, valueDecl));

    for (const side of sides) {
      // Only object types have members; a union or string-literal alias is documented as a whole.
      if (!(side.flags & ts.TypeFlags.Object)) continue;
      // Type aliases count only when they are an object literal type (`type XParams = { ... }`).
      if (!isClass && !(symbol.flags & ts.SymbolFlags.Interface) && !isObjectLiteralAlias(symbol)) continue;
      for (const member of checker.getPropertiesOfType(side)) {
        if (member.name === 'prototype') continue;
        // Inherited members count when they come from this package (a base class that is not exported itself).
        for (const decl of (member.declarations ?? []).filter(ours)) {
          if (!isPublicMember(decl) || isInternal(decl)) continue;
          if (!hasSummary(decl)) offenders.add(`${owner}.${member.name} (${where(decl)})`);
        }
      }
      for (const kind of [ts.SignatureKind.Call, ts.SignatureKind.Construct]) {
        for (const signature of checker.getSignaturesOfType(side, kind)) {
          const decl = signature.getDeclaration();
          if (!decl || !ours(decl) || !isPublicMember(decl) || isInternal(decl)) continue;
          const label = kind === ts.SignatureKind.Call ? '(call signature)' : 'constructor';
          if (!hasSummary(decl)) offenders.add(`${owner} ${label} (${where(decl)})`);
        }
      }
    }
    // Enum members.
    if (symbol.flags & ts.SymbolFlags.Enum) {
      for (const member of checker.getExportsOfModule(symbol)) {
        for (const decl of (member.declarations ?? []).filter(ours)) {
          if (!isInternal(decl) && !hasSummary(decl)) offenders.add(`${owner}.${member.name} (${where(decl)})`);
        }
      }
    }
  };

  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const decls = (symbol.declarations ?? []).filter(ours);
    if (decls.length === 0) continue;
    if (decls.every(isInternal)) continue;
    const label = exported.name === 'default' ? `default (${symbol.name})` : exported.name;
    for (const decl of decls) {
      if (!hasSummary(decl)) offenders.add(`${label} (${where(decl)})`);
    }
    checkMembers(exported.name === 'default' ? symbol.name : exported.name, symbol);
  }
  return [...offenders].sort();
}

function isWireInterface(symbol: ts.Symbol): boolean {
  return (symbol.flags & ts.SymbolFlags.Interface) !== 0 && /JSON$/.test(symbol.name);
}

function isObjectLiteralAlias(symbol: ts.Symbol): boolean {
  return (symbol.declarations ?? []).some((d) => ts.isTypeAliasDeclaration(d) && ts.isTypeLiteralNode(d.type));
}

/** Private and `#private` members are not part of the API; everything else (public, protected) is. */
function isPublicMember(decl: ts.Declaration): boolean {
  const name = (decl as { name?: ts.Node }).name;
  if (name && ts.isPrivateIdentifier(name)) return false;
  const flags = ts.getCombinedModifierFlags(decl);
  return (flags & ts.ModifierFlags.Private) === 0;
}

function isInternal(decl: ts.Declaration): boolean {
  return ts.getJSDocTags(decl).some((tag) => tag.tagName.text === 'internal');
}

/**
 * True when the doc comment nearest to the declaration has text before its first block tag.
 * (For a variable, TypeScript looks up the comment on its `declare const` statement.)
 */
function hasSummary(decl: ts.Declaration): boolean {
  const docs = ts.getJSDocCommentsAndTags(decl).filter(ts.isJSDoc);
  const doc = docs[docs.length - 1];
  if (!doc) return false;
  const summary = ts.getTextOfJSDocComment(doc.comment) ?? '';
  return /\p{L}/u.test(summary);
}
