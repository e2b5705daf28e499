// The main entry must not load request authentication at import, nor ever import express (an optional peer).
import { describe, expect, it } from 'vitest';
import { mainEntryGraph } from '../helpers/entry-graph';

describe('lazy loading of request authentication', () => {
  it('src/auth/authenticate.ts is reached only by a dynamic import, and express is never imported', async () => {
    const graph = await mainEntryGraph();
    expect(graph.eager('src/auth/authenticate.ts')).toBe(false);
    expect(graph.dynamic('src/auth/authenticate.ts')).toBe(true);
    // The Express middleware itself is eager (it is small), but no output imports express in any way.
    expect(graph.eager('src/express/middleware.ts')).toBe(true);
    expect(graph.imports).not.toContain('express');
  });
});
