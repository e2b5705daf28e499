import { describe, expect, it } from 'vitest';
import { loadSpec, readTsv, responseSchemaNames, sample, schemaNamed, validate } from './openapi';

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

  it('the validator rejects wrong types, missing required fields and unknown enum values', () => {
    const schema = { type: 'object', required: ['id'], properties: { id: { type: 'string' }, n: { type: 'integer' }, k: { type: 'string', enum: ['a'] } } };
    expect(validate(schema, { id: 'x', n: 1, k: 'a' })).toEqual([]);
    expect(validate(schema, { n: 1.5, k: 'b' })).toEqual(['$.id: required but missing', '$.n: expected integer, got number', '$.k: "b" not in enum ["a"]']);
    expect(validate({ type: 'string' }, null)).toEqual(['$: null not allowed']);
    expect(validate({ type: 'string', nullable: true }, null)).toEqual([]);
  });
});
