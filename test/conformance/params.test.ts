// Bad params arguments and empty bodies, for every operation of the catalogue, derived from the spec and the
// generated calls: a params argument that is not an object (or not an array, for the bulk calls) is refused
// before anything is sent; a params object the spec needs (its body has required fields) cannot be left out; and
// an operation whose spec marks the request body required gets a JSON body even when no field is given.
import { describe, expect, it } from 'vitest';
import { ClerkSDKError } from '../../src/index';
import { toCamelCase } from '../../src/core/case';
import { caseOf, catalogue, defaultArgs, hitsOf, record, requiredBodyFields, type Case } from './harness';
import { implementationParams } from './signatures';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/** Positions of the generated arguments that are a params object or a params array, and the bad values for each. */
function paramsPositions(c: Case): { index: number; bad: unknown[] }[] {
  const declared = c.signature ? implementationParams(c.signature) : [];
  return c.args.flatMap((arg, index) => {
    const kind = isPlainObject(arg) ? 'object' : Array.isArray(arg) ? 'array' : undefined;
    if (!kind) return [];
    // A parameter typed `Params | string` (m2m.verify's token) takes a string too.
    const takesString = /\bstring\b/.test(declared[index]?.type.replace(/<[^>]*>/g, '') ?? '');
    return [{ index, bad: BAD[kind].filter((value) => !(takesString && typeof value === 'string')) }];
  });
}

const BAD: Record<'object' | 'array', unknown[]> = {
  object: [null, 'a string', 42, [], true],
  array: [null, 'a string', 42, {}, true],
};

async function expectRefused(c: Case, args: unknown[], label: string): Promise<void> {
  const { recorded, error, threw } = await record(c.op, () => c.method.apply(c.resource, args));
  expect(threw, `${label} threw instead of rejecting`).toBe(false);
  expect(error, `${label} did not reject`).toBeInstanceOf(ClerkSDKError);
  expect((error as ClerkSDKError).code, label).toBe('invalid_argument');
  expect(
    recorded.map((r) => `${r.method} ${r.path}`),
    `${label} sent a request`,
  ).toEqual([]);
}

const cases = catalogue.map(caseOf);

describe('a params argument of the wrong kind is refused before sending', () => {
  const withParams = cases.filter((c) => paramsPositions(c).length > 0);

  it('finds the methods that take a params object', () => {
    expect(withParams.length).toBeGreaterThan(150);
  });

  for (const c of withParams) {
    it(`${c.key} refuses null, a string, a number and the wrong container`, async () => {
      for (const { index, bad: values } of paramsPositions(c)) {
        for (const bad of values) {
          const args = [...c.args];
          args[index] = bad;
          await expectRefused(c, args, `${c.key} with argument ${index + 1} = ${JSON.stringify(bad)}`);
        }
      }
    });
  }
});

describe('a params object the spec needs cannot be left out', () => {
  // Operations whose JSON body has required fields, called with their params argument missing.
  const needed = cases.filter(
    (c) => requiredBodyFields(c.op).length > 0 && c.args.length > 0 && (isPlainObject(c.args.at(-1)) || Array.isArray(c.args.at(-1))),
  );

  it('finds the operations with required body fields', () => {
    expect(needed.length).toBeGreaterThan(40);
  });

  for (const c of needed) {
    it(`${c.key} without its params (needs ${requiredBodyFields(c.op).join(', ')})`, async () => {
      await expectRefused(c, c.args.slice(0, -1), `${c.key} without params`);
    });
  }
});

// Fields a method sends on its own even when the caller gives none, so its body is not `{}`.
const FILLED_IN: Record<string, string> = {
  'adminPortalLinkTokens.createAdminPortalLinkToken': 'gives the token its default lifetime (seconds_until_expiration)',
  'adminPortalLinkTokens.revokeAdminPortalLinkToken': 'always sends revocation_reason (null when none is given)',
  'apiKeys.revoke': 'always sends revocation_reason (null when none is given)',
  'm2m.revokeToken': 'always sends revocation_reason (null when none is given)',
  'm2m.createToken': "sends @clerk/backend's defaults (lifetime, claims, token format)",
};

describe('an operation whose spec requires a body sends one even with no fields', () => {
  const requiredBody = cases.filter((c) => c.op.requestBody?.required === true && c.op.requestBody.contentType === 'application/json');

  it('finds the required-body operations of the spec', () => {
    expect(requiredBody.map((c) => c.op.operationId)).toEqual(
      expect.arrayContaining(['CreateUser', 'UpdateUser', 'UpdateOrganization', 'MergeOrganizationMetadata']),
    );
  });

  for (const c of requiredBody) {
    it(`${c.key} → ${c.op.operationId} with no body fields`, async () => {
      // The same call with every body field taken out: path ids and query values only.
      const bodyKeys = new Set(Object.keys(c.body && typeof c.body === 'object' && !Array.isArray(c.body) ? c.body : {}).map((k) => toCamelCase(k)));
      const params = Object.fromEntries(Object.entries(c.params).filter(([k]) => !bodyKeys.has(k)));
      const empty = Array.isArray(c.body) ? [] : {};
      let args = c.shape.args ? c.shape.args(params, { body: empty }) : defaultArgs(c.op, params);
      // The default call leaves an empty params object out; give it explicitly, when the method has one.
      const declared = c.signature ? implementationParams(c.signature).filter((p) => p.name !== 'options') : [];
      if (!c.shape.args && declared.length > args.length && declared[args.length]?.name === 'params') args = [...args, empty];
      const { recorded, error } = await record(c.op, () => c.method.apply(c.resource, args));
      const hits = hitsOf(c, recorded);
      if (hits.length === 0) {
        // The method needs a field to do anything at all: it refuses the call itself, sending nothing.
        expect(error, `${c.key} neither sent ${c.op.operationId} nor refused the call`).toBeInstanceOf(ClerkSDKError);
        expect((error as ClerkSDKError).code).toBe('invalid_argument');
        expect(recorded).toEqual([]);
        return;
      }
      const request = hits[hits.length - 1]!;
      expect(request.contentType).toBe('application/json');
      expect(request.body).not.toBe('');
      if (!(c.key in FILLED_IN)) expect(JSON.parse(request.body)).toEqual(empty);
    });
  }
});
