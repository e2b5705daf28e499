import { describe, expect, it } from 'vitest';
import { distinctSample, loadSpec, readTsv, responseSchemaNames, roundsNeeded, sample, schemaNamed, validate } from './openapi';

describe('spec helpers', () => {
  it('reads all 249 operations of the spec, matching the catalogue', () => {
    const { operations } = loadSpec();
    expect(operations.size).toBe(249);
    const catalogue = readTsv('operations.tsv');
    expect(catalogue).toHaveLength(249);
    for (const row of catalogue) {
      const op = operations.get(row.operationId as string);
      expect(op, row.operationId).toBeDefined();
      expect(op?.method).toBe(row.http_method);
      expect(op?.path).toBe(row.path);
    }
  });

  it('builds samples that validate against their own schemas', () => {
    const failures: string[] = [];
    for (const name of responseSchemaNames()) {
      const problems = validate(schemaNamed(name), sample(schemaNamed(name), name));
      if (problems.length > 0) failures.push(`${name}: ${problems.slice(0, 3).join('; ')}`);
    }
    expect(failures).toEqual([]);
  });

  it('builds distinct samples that validate, with no two number or string leaves alike and booleans told apart', () => {
    const failures: string[] = [];
    for (const name of responseSchemaNames()) {
      const rounds = Math.max(2, roundsNeeded(schemaNamed(name)));
      const booleanRuns = new Map<string, string>();
      for (let round = 0; round < rounds; round++) {
        const value = distinctSample(schemaNamed(name), name, round);
        const problems = validate(schemaNamed(name), value);
        if (problems.length > 0) failures.push(`${name} round ${round}: ${problems.slice(0, 3).join('; ')}`);
        const leaves = new Map<unknown, string>();
        const walk = (node: unknown, at: string): void => {
          if (Array.isArray(node)) {
            node.forEach((item, i) => {
              walk(item, `${at}[${i}]`);
            });
            return;
          }
          if (node && typeof node === 'object') {
            for (const [k, v] of Object.entries(node)) walk(v, `${at}.${k}`);
            return;
          }
          if (typeof node === 'boolean') booleanRuns.set(at, (booleanRuns.get(at) ?? '') + (node ? '1' : '0'));
          if (typeof node !== 'number' && typeof node !== 'string') return;
          const other = leaves.get(node);
          // Enum members and other constrained values may repeat; free numbers and strings may not.
          if (other !== undefined && !/^[a-z_]+$/.test(String(node))) failures.push(`${name}: ${at} and ${other} share ${JSON.stringify(node)}`);
          leaves.set(node, at);
        };
        walk(value, name);
      }
      // Booleans that sit side by side in one object must differ in at least one round.
      const byParent = new Map<string, string[]>();
      for (const [at, run] of booleanRuns) {
        const parent = at.slice(0, at.lastIndexOf('.'));
        const runs = byParent.get(parent) ?? [];
        if (runs.includes(run)) failures.push(`${name}: ${at} takes the same values as a sibling in every round`);
        byParent.set(parent, [...runs, run]);
      }
    }
    expect(failures).toEqual([]);
  });

  it('the validator rejects wrong types, missing required fields and unknown enum values', () => {
    const schema = { type: 'object', required: ['id'], properties: { id: { type: 'string' }, n: { type: 'integer' }, k: { type: 'string', enum: ['a'] } } };
    expect(validate(schema, { id: 'x', n: 1, k: 'a' })).toEqual([]);
    expect(validate(schema, { n: 1.5, k: 'b' })).toEqual(['$: missing required id', '$.n: expected integer, got number', '$.k: "b" is not one of ["a"]']);
    expect(validate({ type: 'string' }, null)).toEqual(['$: null is not allowed']);
    expect(validate({ type: 'string', nullable: true }, null)).toEqual([]);
  });
});
