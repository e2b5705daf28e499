// The operations the tests read: every entry as the generator writes it into the test-only detail file
// (src/api/operations.detail.generated.ts), and the operation literals the call sites in src/api actually pass to
// AbstractAPI's send methods, read from the source with the TypeScript parser.
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { OPERATION_ENTRIES } from '../../src/api/operations.detail.generated';
import type { Operation } from '../../src/api/operations.generated';

/** Every operation's entry (`METHOD PATH FLAGS MAPS`) by key, from the detail file. */
export const OPERATION_TABLE: ReadonlyMap<string, string> = new Map(
  OPERATION_ENTRIES.trim()
    .split('\n')
    .map((line) => [line.slice(0, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1)] as const),
);

/** The whole literal (`key` and entry) that a call site passes for the operation `key`; throws for an unknown key. */
export function operation(key: string): Operation {
  const entry = OPERATION_TABLE.get(key);
  if (entry === undefined) throw new Error(`No operation ${key} in the detail file`);
  return `${key} ${entry}` as Operation;
}

/** One operation argument of a send call in src/api: where it is and the string it passes (or its code, if no literal). */
export interface CallSite {
  where: string;
  literal: string | undefined;
  code: string;
}

const SEND = /^send(List|From|ListFrom)?$/;

/** The first argument of every `….send(…)`, `sendList`, `sendFrom` and `sendListFrom` call under `dir` (default src/api). */
export function callSites(dir: string | URL = new URL('../../src/api/', import.meta.url)): CallSite[] {
  const sites: CallSite[] = [];
  const base = typeof dir === 'string' ? `${dir.replace(/\/$/, '')}/` : dir;
  for (const file of readdirSync(base).filter((name) => name.endsWith('.ts') && !name.endsWith('.generated.ts'))) {
    const text = readFileSync(typeof base === 'string' ? base + file : new URL(file, base), 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && SEND.test(node.expression.name.text)) {
        const argument = node.arguments[0];
        if (argument) {
          const line = source.getLineAndCharacterOfPosition(argument.getStart(source)).line + 1;
          sites.push({ where: `${file}:${line}`, literal: ts.isStringLiteral(argument) ? argument.text : undefined, code: argument.getText(source) });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return sites;
}
