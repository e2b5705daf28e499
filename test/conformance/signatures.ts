// Reads the public method signatures of every API class from src/api with the TypeScript parser, so tests can
// list every method (a new one is picked up without editing a table) and know where its per-call options go.
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';

const API_DIR = new URL('../../src/api/', import.meta.url);

export interface ParamInfo {
  name: string;
  /** The declared type, as written. */
  type: string;
  /** Has a `?` or a default value. */
  optional: boolean;
}

export interface MethodSignature {
  className: string;
  method: string;
  /** One entry per declaration: overload signatures first, then the implementation. */
  declarations: { params: ParamInfo[]; returnType: string; doc: string }[];
}

let cached: Map<string, MethodSignature> | undefined;

/** Every public method of every class in src/api that extends AbstractAPI, keyed `ClassName.method`. */
export function apiSignatures(): Map<string, MethodSignature> {
  if (cached) return cached;
  const out = new Map<string, MethodSignature>();
  for (const file of readdirSync(API_DIR).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(new URL(file, API_DIR), 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    for (const node of source.statements) {
      if (!ts.isClassDeclaration(node) || !node.name) continue;
      const base = node.heritageClauses?.flatMap((h) => h.types.map((t) => t.expression.getText(source))) ?? [];
      if (!base.includes('AbstractAPI')) continue;
      for (const member of node.members) {
        if (!ts.isMethodDeclaration(member)) continue;
        const modifiers = ts.getModifiers(member)?.map((m) => m.kind) ?? [];
        if (modifiers.includes(ts.SyntaxKind.PrivateKeyword) || modifiers.includes(ts.SyntaxKind.ProtectedKeyword)) continue;
        if (member.name.getText(source).startsWith('#')) continue;
        const key = `${node.name.text}.${member.name.getText(source)}`;
        const entry = out.get(key) ?? { className: node.name.text, method: member.name.getText(source), declarations: [] };
        const docs = (member as unknown as { jsDoc?: ts.JSDoc[] }).jsDoc ?? [];
        entry.declarations.push({
          params: member.parameters.map((p) => ({
            name: p.name.getText(source),
            type: p.type?.getText(source) ?? '',
            optional: p.questionToken !== undefined || p.initializer !== undefined,
          })),
          returnType: member.type?.getText(source) ?? '',
          doc: docs.map((d) => d.getText(source)).join('\n'),
        });
        out.set(key, entry);
      }
    }
  }
  cached = out;
  return out;
}

/** The implementation's parameters (the last declaration). */
export function implementationParams(signature: MethodSignature): ParamInfo[] {
  return (signature.declarations[signature.declarations.length - 1] as MethodSignature['declarations'][number]).params;
}
