// The main entry must not load the verification code (node:crypto work, the JWKS cache) at import.
import { describe, expect, it } from 'vitest';
import { mainEntryGraph } from '../helpers/entry-graph';

describe('lazy loading', () => {
  it('the main entry does not statically reach the verification code; a dynamic import does', async () => {
    const graph = await mainEntryGraph();
    expect(graph.eager('src/tokens/verify.ts')).toBe(false);
    expect(graph.dynamic('src/tokens/verify.ts')).toBe(true);
  });
});
