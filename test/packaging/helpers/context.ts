// What the packaging globalSetup hands to every packaging test file (through vitest's provide/inject).
import { inject } from 'vitest';

export interface PackagingContext {
  /** Repository root. */
  root: string;
  /** Package name and version, from package.json. */
  name: string;
  version: string;
  /** Absolute path of the tarball that `npm pack` produced for this run. */
  tarball: string;
  /** Paths inside the tarball (without the `package/` prefix), as `npm pack --json` listed them. */
  packedFiles: string[];
  /** The package's runtime dependencies (and theirs) as tarballs packed from the repo's node_modules, for offline installs. */
  dependencyTarballs: string[];
  /** A throwaway project outside the repo with the tarball (and @types/node) installed, consumer files copied in. */
  consumerDir: string;
  /** The project's own TypeScript compiler (`tsc` entry script, run with node). */
  tsc: string;
  /** How long the shared setup steps took, in ms, for the report. */
  timings: Record<string, number>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    packaging: PackagingContext;
  }
}

/** The shared pack and consumer install of this run. */
export function packaging(): PackagingContext {
  return inject('packaging');
}
