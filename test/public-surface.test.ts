import { describe, expect, it } from 'vitest';
import * as main from '../src/index';
import * as instance from '../src/instance';

// The request layer is internal since issue 8: it must not come back as a runtime export of either entry.
const INTERNAL_RUNTIME = ['AbstractAPI', 'InvalidPath', 'createRequester', 'listPromise', 'parseList'];

describe('public surface', () => {
  it.each(INTERNAL_RUNTIME)('does not export the internal %s from the main or instance entry', (name) => {
    expect(Object.keys(main)).not.toContain(name);
    expect(Object.keys(instance)).not.toContain(name);
  });

  it('still exports the pagination helpers users call', () => {
    expect(typeof main.paginate).toBe('function');
    expect(typeof main.toPaginatedList).toBe('function');
  });
});
