/// <reference types="vite/client" />
// For every component schema a success response can carry, a sample built from the spec goes through the SDK model
// registered for it, and no field may be dropped, renamed away from its camelCase form or left snake_case;
// free-form maps (metadata, claims, …) must come through verbatim. Every leaf of the sample is told apart by its path
// (see distinctSample), and a few rounds flip the booleans and rotate the enums, so a camelCase field that reads the
// wrong snake_case field shows a value that is not its own.
import { describe, expect, it } from 'vitest';
import { toCamelCase } from '../../src/core/case';
import { deref, distinctSample, loadSpec, propertiesOf, responseSchemaNames, roundsNeeded, schemaNamed, type Schema } from '../spec/openapi';
import type { ModelRegistry } from './types';

const modelModules = import.meta.glob<{ models: ModelRegistry }>('./models/*.ts', { eager: true });
const MODELS: ModelRegistry = Object.assign({}, ...Object.values(modelModules).map((m) => m.models));

/** Schemas that are not objects of their own: list envelopes (a ListPromise) and the error envelope (ClerkAPIResponseError). */
function isExempt(name: string, schema: Schema): string | undefined {
  const { properties } = propertiesOf(schema);
  const keys = Object.keys(properties).sort().join(',');
  if (/^(data,total_count|m2m_tokens,total_count)$/.test(keys) || keys === 'data,object,total_count') return 'a list envelope, returned as a PaginatedList';
  if (name === 'ClerkErrors' || name === 'ClerkError') return 'the error envelope, thrown as ClerkAPIResponseError';
  if (name === 'TotalCount') return 'unwrapped to a number by users.getCount';
  const s = deref(loadSpec().doc, schema);
  if (s.type && s.type !== 'object' && !s.properties && !s.allOf) return 'not an object';
  return undefined;
}

function isFreeForm(schema: Schema): boolean {
  const s = deref(loadSpec().doc, schema) ?? {};
  if (s.oneOf || s.anyOf || s.allOf) return false;
  return !s.properties && (s.type === undefined || s.type === 'object');
}

function firstAlternative(schema: Schema): Schema {
  const s = deref(loadSpec().doc, schema) ?? {};
  if (s.oneOf || s.anyOf) {
    const alt = deref(loadSpec().doc, (s.oneOf ?? s.anyOf)[0]);
    return alt.type || alt.properties || alt.allOf ? alt : s;
  }
  return s;
}

function check(schema: Schema, json: unknown, model: unknown, at: string, problems: string[]): void {
  const s = firstAlternative(schema);
  if (Array.isArray(json)) {
    if (!Array.isArray(model)) return void problems.push(`${at}: array became ${typeof model}`);
    json.forEach((item, i) => {
      check(s.items ?? {}, item, model[i], `${at}[${i}]`, problems);
    });
    return;
  }
  if (json === null || typeof json !== 'object') {
    if (model !== json) problems.push(`${at}: ${JSON.stringify(json)} came out as ${JSON.stringify(model)}`);
    return;
  }
  if (isFreeForm(s)) {
    try {
      expect(model).toEqual(json);
    } catch {
      problems.push(`${at}: free-form map not kept verbatim`);
    }
    return;
  }
  if (model === null || typeof model !== 'object') return void problems.push(`${at}: object came out as ${JSON.stringify(model)}`);
  const record = model as Record<string, unknown>;
  const { properties } = propertiesOf(s);
  const source = json as Record<string, unknown>;
  for (const [key, propSchema] of Object.entries(properties)) {
    if (key === 'object' || !(key in source)) continue;
    const camel = toCamelCase(key);
    if (!(camel in record)) {
      problems.push(`${at}.${camel}: missing (spec field ${key})`);
      continue;
    }
    check(propSchema, source[key], record[camel], `${at}.${camel}`, problems);
  }
  for (const key of Object.keys(record)) if (/_/.test(key)) problems.push(`${at}.${key}: left snake_case`);
}

describe('every response schema maps to an SDK model', () => {
  const names = [...responseSchemaNames()].sort();

  it('has a model registered for each schema a response can carry', () => {
    const missing = names.filter((name) => !isExempt(name, schemaNamed(name)) && !MODELS[name]);
    expect(missing).toEqual([]);
  });

  for (const name of names) {
    if (isExempt(name, schemaNamed(name))) continue;
    it(`${name}: each field carries its own wire field's value, nothing dropped, nothing left snake_case`, () => {
      const fromJSON = MODELS[name];
      expect(fromJSON, `no model registered for ${name}`).toBeTypeOf('function');
      const rounds = Math.max(2, roundsNeeded(schemaNamed(name)));
      for (let round = 0; round < rounds; round++) {
        const json = distinctSample(schemaNamed(name), name, round);
        const model = (fromJSON as (j: unknown) => object)(json);
        const problems: string[] = [];
        check(schemaNamed(name), json, model, name, problems);
        expect(problems, `round ${round}`).toEqual([]);
        if ('raw' in model) expect((model as { raw: unknown }).raw).toBe(json);
      }
    });
  }
});
