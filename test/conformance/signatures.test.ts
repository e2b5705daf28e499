// Every public method of every API class takes the per-call options as its last parameter, typed RequestOptions,
// and documents it. The classes and methods are listed from the code itself, so a new method without options
// fails here: once in the type checker (tsc -p tsconfig.json, which includes this file) and once at run time from
// the source, where the parameter's name, type and TSDoc are checked too.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as api from '../../src/api';
import type { AbstractAPI } from '../../src/api/AbstractAPI';
import type { RequestOptions } from '../../src/core/types';
import { createClerkClient } from '../../src/index';
import { apiSignatures } from './signatures';

// verifySession is verified locally and then sends one request: its options are the token checks plus RequestOptions.
const WIDER: Record<string, string> = { 'SessionAPI.verifySession': 'VerifySessionOptions' };

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type LastParameter<F> = F extends (...args: infer A) => unknown ? (Required<A> extends [...unknown[], infer L] ? L : never) : never;
/** The public methods of `I` whose last parameter is not RequestOptions. */
type WithoutOptions<I> = {
  [M in keyof I]: I[M] extends (...args: any[]) => unknown ? (Equal<NonNullable<LastParameter<I[M]>>, RequestOptions> extends true ? never : M) : never;
}[keyof I];
type ApiModule = typeof api;
/** `Class.method` for every method lacking options, over every class exported by src/api that extends AbstractAPI. */
type MissingOptions = {
  [K in keyof ApiModule]: ApiModule[K] extends abstract new (
    ...args: any[]
  ) => infer I
    ? I extends AbstractAPI
      ? `${K & string}.${WithoutOptions<I> & string}`
      : never
    : never;
}[keyof ApiModule];

describe('per-call options on every API method', () => {
  it('type level: every public method of every API class ends with options?: RequestOptions', () => {
    expectTypeOf<Exclude<MissingOptions, 'SessionAPI.verifySession'>>().toEqualTypeOf<never>();
    // The check itself sees a method whose options are wider than RequestOptions (the one exception above), so it is
    // not vacuous; that method's options still include every RequestOptions field.
    expectTypeOf<Extract<MissingOptions, 'SessionAPI.verifySession'>>().toEqualTypeOf<'SessionAPI.verifySession'>();
    expectTypeOf<NonNullable<LastParameter<api.SessionAPI['verifySession']>>>().toMatchTypeOf<RequestOptions>();
    expectTypeOf<LastParameter<ReturnType<typeof createClerkClient>['users']['getUser']>>().toEqualTypeOf<RequestOptions>();
  });

  const signatures = apiSignatures();

  it('the source listing covers every class and method mounted on the client', () => {
    const client = createClerkClient({ secretKey: 'sk_test_signatures' }) as unknown as Record<string, object>;
    const mounted: string[] = [];
    // The client also carries functions (verifyToken, authenticateRequest, the Express helpers); only the mounted
    // resources are API classes.
    for (const resource of Object.values(client).filter((value) => typeof value === 'object')) {
      const proto = Object.getPrototypeOf(resource) as object;
      for (const name of Object.getOwnPropertyNames(proto)) {
        if (name !== 'constructor' && typeof (proto as Record<string, unknown>)[name] === 'function') mounted.push(`${proto.constructor.name}.${name}`);
      }
    }
    expect(mounted.length).toBeGreaterThan(250);
    // Protected helpers of AbstractAPI live on its own prototype, not on the classes', so they are not listed.
    expect(mounted.filter((key) => !signatures.has(key))).toEqual([]);
  });

  it('every public method (each overload too) ends with `options?: RequestOptions` and documents it', () => {
    const problems: string[] = [];
    for (const [key, signature] of signatures) {
      for (const declaration of signature.declarations) {
        const last = declaration.params.at(-1);
        if (last?.name !== 'options' || last.type !== (WIDER[key] ?? 'RequestOptions') || !last.optional) {
          problems.push(`${key}: last parameter is ${last ? `${last.name}: ${last.type}` : 'missing'}`);
        }
        if (declaration.params.slice(0, -1).some((p) => p.name === 'options')) problems.push(`${key}: options is not last`);
      }
      const documented = signature.declarations.filter((d) => d.doc !== '');
      if (documented.length === 0 || documented.some((d) => !/@param options - Per-call request options\b/.test(d.doc))) {
        problems.push(`${key}: no \`@param options - Per-call request options…\` in its TSDoc`);
      }
    }
    expect(problems).toEqual([]);
  });
});
