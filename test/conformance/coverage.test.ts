// Every operation of the spec is reachable through the SDK method the catalogue names, and every v4 method keeps
// its name (on the client, and on the v4 named exports of the main entry).
import { describe, expect, it } from 'vitest';
import * as pkg from '../../src/index';
import { createClerkClient } from '../../src/index';
import { loadSpec, readTsv } from '../spec/openapi';

const client = createClerkClient({ secretKey: 'sk_test_coverage' }) as unknown as Record<string, Record<string, unknown>>;

describe('coverage of the Backend API', () => {
  it('the catalogue lists every operation of the spec exactly once', () => {
    const ids = readTsv('operations.tsv').map((row) => row.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...loadSpec().operations.keys()].sort()).toEqual([...ids].sort());
  });

  it('every operation has its SDK method', () => {
    const missing = readTsv('operations.tsv')
      .filter((row) => typeof client[row.resource as string]?.[row.sdk_method as string] !== 'function')
      .map((row) => `${row.resource}.${row.sdk_method} (${row.operationId})`);
    expect(missing).toEqual([]);
  });

  it('every v4 method keeps its name, on the client and on the named export', () => {
    const named = pkg as unknown as Record<string, Record<string, unknown>>;
    const missing = readTsv('v4-methods.tsv')
      .filter(
        (row) =>
          typeof client[row.resource as string]?.[row.method as string] !== 'function' ||
          typeof named[row.resource as string]?.[row.method as string] !== 'function',
      )
      .map((row) => `${row.resource}.${row.method}`);
    expect(missing).toEqual([]);
  });
});
