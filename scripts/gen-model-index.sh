#!/usr/bin/env bash
# Rewrites src/models/index.ts from the model files git tracks (one `export *` per model file, sorted).
set -euo pipefail
cd "$(dirname "$0")/.."
{ git ls-files 'src/models/*.ts' | grep -v '/index.ts$' | sed -E "s#src/models/(.*)\.ts#export * from './\1';#" | LC_ALL=C sort; } > src/models/index.ts
