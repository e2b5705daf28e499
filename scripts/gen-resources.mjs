// Derives everything that restates the resource table from that one table (RESOURCES in src/resources.ts):
//   - the documented resource members of the `ClerkClient` interface in src/client.ts (and their type imports),
//   - the Resources table of README.md, with operation counts from spec/operations.tsv.
// Each goes between marker comments; the rest of the file is left alone.
//   node scripts/gen-resources.mjs                 rewrite the generated blocks
//   node scripts/gen-resources.mjs --check         exit 1 (and name the files) if a committed block is stale
//   --root DIR                                     work on another checkout (the tests use a temporary copy)
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const args = process.argv.slice(2);
const check = args.includes('--check');
const rootIndex = args.indexOf('--root');
const ROOT = rootIndex >= 0 ? resolve(args[rootIndex + 1] ?? '.') : fileURLToPath(new URL('..', import.meta.url));

const RESOURCES_FILE = 'src/resources.ts';
const CLIENT_FILE = 'src/client.ts';
const README_FILE = 'README.md';
const OPERATIONS_FILE = 'spec/operations.tsv';

function fail(message) {
  process.stderr.write(`gen-resources: ${message}\n`);
  process.exit(2);
}

/** Reads the rows of RESOURCES: property, class name, and the doc comment (summary and optional @deprecated text). */
function readTable() {
  const text = readFileSync(join(ROOT, RESOURCES_FILE), 'utf8');
  const source = ts.createSourceFile(RESOURCES_FILE, text, ts.ScriptTarget.ES2022, true);
  let literal;
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || declaration.name.text !== 'RESOURCES') continue;
      let init = declaration.initializer;
      while (init && (ts.isSatisfiesExpression(init) || ts.isAsExpression(init) || ts.isParenthesizedExpression(init))) {
        init = init.expression;
      }
      if (init && ts.isObjectLiteralExpression(init)) literal = init;
    }
  }
  if (!literal) fail(`${RESOURCES_FILE} has no \`const RESOURCES = { ... }\` object literal`);
  return literal.properties.map((property) => {
    if (!ts.isPropertyAssignment(property) || !ts.isIdentifier(property.name) || !ts.isIdentifier(property.initializer)) {
      fail(`${RESOURCES_FILE}: every row must be \`name: ClassName\` (found \`${property.getText(source)}\`)`);
    }
    const name = property.name.text;
    const docs = ts.getJSDocCommentsAndTags(property).filter(ts.isJSDoc);
    const doc = docs.at(-1);
    const summary = ts.getTextOfJSDocComment(doc?.comment)?.trim();
    if (!doc || !summary) fail(`${RESOURCES_FILE}: the row \`${name}\` needs a doc comment that says what it covers`);
    const deprecatedTag = (doc.tags ?? []).find((tag) => tag.tagName.text === 'deprecated');
    const deprecated = deprecatedTag ? (ts.getTextOfJSDocComment(deprecatedTag.comment)?.trim() ?? '') : undefined;
    return { name, className: property.initializer.text, summary, deprecated, docText: doc.getText(source) };
  });
}

/** Counts, per resource, the spec operations and those whose method name comes from v4 or @clerk/backend. */
function readOperationCounts() {
  const [header, ...lines] = readFileSync(join(ROOT, OPERATIONS_FILE), 'utf8')
    .split('\n')
    .filter((line) => line !== '');
  const columns = header.split('\t');
  const resourceAt = columns.indexOf('resource');
  const originAt = columns.indexOf('origin');
  if (resourceAt < 0 || originAt < 0) fail(`${OPERATIONS_FILE} needs the columns resource and origin`);
  const counts = new Map();
  for (const line of lines) {
    const cells = line.split('\t');
    const entry = counts.get(cells[resourceAt]) ?? { operations: 0, named: 0 };
    entry.operations += 1;
    // `proposed`: no published SDK had the operation, so its name follows our conventions; every other origin
    // (backend, both, v4) means the name is the one existing code already calls.
    if (cells[originAt] !== 'proposed') entry.named += 1;
    counts.set(cells[resourceAt], entry);
  }
  return counts;
}

const oneLine = (text) => text.replace(/\s+/g, ' ').trim();

function renderClientImports(rows) {
  const names = [...new Set(rows.map((row) => row.className))].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
  return `import type {\n${names.map((name) => `  ${name},\n`).join('')}} from './api';\n`;
}

function renderClientMembers(rows) {
  return rows.map((row) => `  ${row.docText}\n  readonly ${row.name}: ${row.className};\n`).join('');
}

function renderReadmeTable(rows, counts) {
  const known = new Set(rows.map((row) => row.name));
  const unmounted = [...counts.keys()].filter((resource) => !known.has(resource));
  if (unmounted.length > 0) fail(`${OPERATIONS_FILE} names resources that RESOURCES does not mount: ${unmounted.join(', ')}`);
  const cell = (text) => text.replace(/\|/g, '\\|');
  let total = 0;
  const lines = ['| Resource | Class | Operations | Of which v4 / @clerk/backend names | What it covers |', '|---|---|---:|---:|---|'];
  for (const row of rows) {
    const count = counts.get(row.name);
    total += count?.operations ?? 0;
    const description = row.deprecated === undefined ? row.summary : `${row.summary} ${row.deprecated}`;
    lines.push(`| \`${row.name}\` | \`${row.className}\` | ${count?.operations ?? 0} | ${count ? count.named : ''} | ${cell(oneLine(description))} |`);
  }
  lines.push(`| **total** | | **${total}** | | |`);
  return `${lines.join('\n')}\n`;
}

/** Replaces what lies between the line holding `start` and the line holding `end` (both kept). */
function replaceBlock(text, file, start, end, body) {
  const startAt = text.indexOf(start);
  const endAt = text.indexOf(end);
  if (startAt < 0 || endAt < 0 || endAt < startAt) fail(`${file} lacks the markers ${start} … ${end}`);
  const afterStartLine = text.indexOf('\n', startAt) + 1;
  const endLineStart = text.lastIndexOf('\n', endAt) + 1;
  return text.slice(0, afterStartLine) + body + text.slice(endLineStart);
}

const rows = readTable();
const counts = readOperationCounts();

const outputs = [];
{
  const file = CLIENT_FILE;
  let text = readFileSync(join(ROOT, file), 'utf8');
  const before = text;
  text = replaceBlock(text, file, '// <resource-imports>', '// </resource-imports>', renderClientImports(rows));
  text = replaceBlock(text, file, '// <resources>', '// </resources>', renderClientMembers(rows));
  outputs.push({ file, before, after: text });
}
{
  const file = README_FILE;
  const before = readFileSync(join(ROOT, file), 'utf8');
  const after = replaceBlock(before, file, '<!-- resources:start', '<!-- resources:end', renderReadmeTable(rows, counts));
  outputs.push({ file, before, after });
}

const stale = outputs.filter((output) => output.before !== output.after);
if (check) {
  if (stale.length > 0) {
    process.stderr.write(
      `gen-resources: stale against ${RESOURCES_FILE} and ${OPERATIONS_FILE}: ${stale.map((output) => output.file).join(', ')} ` + '(run `npm run generate`)\n',
    );
    process.exit(1);
  }
} else {
  for (const output of stale) writeFileSync(join(ROOT, output.file), output.after);
  process.stdout.write(`gen-resources: ${rows.length} resources; rewrote ${stale.map((o) => o.file).join(', ') || 'nothing'}\n`);
}
