// Finds references to places outside the repository in the files that run tests, scripts, benchmarks and the demo,
// so that a clone with nothing beside it has everything it is tested against (issue 9).
//
// Three rules, each on the raw text (comments included: a comment that points at ../shared misleads as much as code):
// 1. A relative path token that climbs (`../x`, `..`), resolved from the directory of the file that names it, must
//    stay inside the repository, and must name something that exists there (or a build output such as dist/). This
//    is what catches `new URL('../shared/x.yml', root)`, whose base is the root rather than the file. (`./x` cannot
//    climb, and package subpaths such as `./instance` name no file, so those are left alone.)
// 2. No absolute path into a home or work folder (`/work/…`, `/home/…`, `/Users/…`, `/root/…`, `C:\…`).
// 3. No path into the sibling reference folder by its layout (`shared/openapi/`, `shared/api/`, `shared/seed/`).
// Tokens that do not start with a dot (`'user_1/../../organizations'`, a path-traversal test input) are left alone.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, posix, relative } from 'node:path';

/** Folders whose files are scanned, relative to the repository root. */
export const SCANNED_DIRS = ['test', 'scripts', 'bench', 'demo', 'examples'];

/** Root-level configuration files that are scanned too. */
export const SCANNED_ROOT_FILE = /^(package\.json|vitest\.config\.[cm]?[jt]s|tsup\.config\.[cm]?[jt]s|tsconfig.*\.json|api-extractor.*\.json)$/;

/** Work and dependency folders that are never scanned. */
const SKIPPED_DIRS = new Set(['node_modules', '.work', '.git']);

/** The guard's own files, which hold bad paths on purpose (to show that the check fails on them). */
export const EXEMPT_FILES = ['test/spec/repository-paths.ts', 'test/spec/repository-paths.test.ts'];

/** Text files worth reading. */
const TEXT_FILE = /\.(?:[cm]?[jt]s|json|md|sh|ya?ml|txt)$/;

/** Top-level folders a path may name although a fresh clone does not have them yet (build and install outputs). */
const GENERATED_TOP = new Set(['dist', 'node_modules']);

/** Extensions a module specifier may leave out. */
const SPECIFIER_SUFFIXES = ['', '.ts', '.mts', '.cts', '.js', '.mjs', '.cjs', '.json', '/index.ts', '/index.js'];

export interface OutsideReference {
  /** File, relative to the repository root, with forward slashes. */
  file: string;
  line: number;
  /** The offending text. */
  text: string;
  /** Which rule it breaks. */
  reason: string;
}

/** Every scanned file of the repository, relative to `root`, sorted. */
export function scannedFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(root, dir))) {
      if (SKIPPED_DIRS.has(entry)) continue;
      const rel = posix.join(dir, entry);
      if (statSync(join(root, rel)).isDirectory()) walk(rel);
      else if (TEXT_FILE.test(entry) && !EXEMPT_FILES.includes(rel)) found.push(rel);
    }
  };
  for (const dir of SCANNED_DIRS) if (existsSync(join(root, dir))) walk(dir);
  for (const entry of readdirSync(root)) if (SCANNED_ROOT_FILE.test(entry)) found.push(entry);
  return found.sort();
}

// A token that starts with `../` or is `..`, right after a quote, a bracket, `=`, whitespace or the line start.
const RELATIVE_TOKEN = /(?<=^|['"`(\s=[,])(\.\.(?:\/[^\s'"`(),;\]]*)?)(?=$|['"`)\s,;\]])/gm;
const ABSOLUTE_PRIVATE = /(?<![\w.:/-])(?:\/(?:work|home|Users|root|mnt)\/[^\s'"`)]*|[A-Za-z]:\\[^\s'"`)]*)/g;
const SHARED_LAYOUT = /(?<![\w-])shared\/(?:openapi|api|seed)\b[^\s'"`)]*/g;

function exists(path: string): boolean {
  return SPECIFIER_SUFFIXES.some((suffix) => existsSync(path + suffix));
}

/** Checks one file's text; `file` is its path relative to `root` (it decides what `../` resolves to). */
export function outsideReferences(root: string, file: string, text: string): OutsideReference[] {
  const findings: OutsideReference[] = [];
  const lineOf = (index: number): number => text.slice(0, index).split('\n').length;
  const fileDir = dirname(join(root, file));

  for (const match of text.matchAll(RELATIVE_TOKEN)) {
    const token = match[1] as string;
    // A template or glob: check the part before the first placeholder or wildcard.
    const fixed = token.split(/\$\{|\*/)[0] as string;
    const target = join(fileDir, fixed);
    const inside = relative(root, target);
    if (inside === '..' || inside.startsWith(`..${'/'}`) || isAbsolute(inside)) {
      findings.push({ file, line: lineOf(match.index), text: token, reason: 'resolves above the repository root' });
      continue;
    }
    const top = inside.split(/[\\/]/)[0] ?? '';
    if (inside === '' || GENERATED_TOP.has(top) || exists(target)) continue;
    // Only a dotted path that ends in a separator, a file name or a template can be checked for existence.
    findings.push({ file, line: lineOf(match.index), text: token, reason: `names ${inside}, which is not in the repository` });
  }
  for (const match of text.matchAll(ABSOLUTE_PRIVATE)) {
    findings.push({ file, line: lineOf(match.index), text: match[0], reason: 'absolute path into a home or work folder' });
  }
  for (const match of text.matchAll(SHARED_LAYOUT)) {
    findings.push({ file, line: lineOf(match.index), text: match[0], reason: 'path into the reference folder beside the repository' });
  }
  // A line that holds path-like test data (a fuzz string such as '../x') says so with this marker.
  const lines = text.split('\n');
  return findings.filter((finding) => !lines[finding.line - 1]?.includes(NOT_A_PATH_MARKER));
}

/** Put on a line whose path-like strings are data, not paths (fuzz inputs); the guard skips that line. */
export const NOT_A_PATH_MARKER = 'repository-paths: data, not a path';
