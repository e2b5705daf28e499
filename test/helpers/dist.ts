// The built package, for the unit tests that read it: `npm test` builds first, and a targeted run without dist/
// builds it here.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository's root folder, with a trailing slash. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The built main entry of each format. */
export const ESM_ENTRY = `${ROOT}dist/esm/index.mjs`;
export const CJS_ENTRY = `${ROOT}dist/cjs/index.js`;

/** Builds the package when either main entry is missing. */
export function ensureBuilt(): void {
  if (!existsSync(ESM_ENTRY) || !existsSync(CJS_ENTRY)) execSync('npm run build', { cwd: ROOT, stdio: 'ignore' });
}
