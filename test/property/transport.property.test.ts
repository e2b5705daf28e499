import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildQuery } from '../../src/core/http';
import { InvalidPath, path } from '../../src/core/path';
import { createClerkClient, type ClerkClient } from '../../src/index';
import { startFaultServer, type FaultServer } from '../faults/server';

const user = JSON.parse(readFileSync(new URL('../fixtures/users/get-user-minimal.json', import.meta.url), 'utf8')) as Record<string, unknown>;

let server: FaultServer;
let client: ClerkClient;

beforeAll(async () => {
  nock.restore();
  // Echoes the metadata maps of the request body back inside a user, the way the API stores and returns them.
  server = await startFaultServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (raw += chunk));
    req.on('end', () => {
      const sent = JSON.parse(raw || '{}') as Record<string, unknown>;
      const body = JSON.stringify({ ...user, public_metadata: sent.public_metadata ?? {}, private_metadata: sent.private_metadata ?? {} });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(body);
    });
  });
  client = createClerkClient({ secretKey: 'sk_test_property', apiUrl: server.url });
});

afterAll(async () => {
  await server.close();
  nock.activate();
});

// JSON round trips turn -0 into 0; compare against what JSON can carry.
const viaJSON = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('property: metadata maps round-trip with their keys intact', () => {
  it('any JSON object as public and private metadata comes back equal, keys byte for byte', async () => {
    const metadata = fc.dictionary(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 });
    await fc.assert(
      fc.asyncProperty(metadata, metadata, async (publicMetadata, privateMetadata) => {
        const updated = await client.users.updateUserMetadata('user_1', { publicMetadata, privateMetadata });
        expect(updated.publicMetadata).toEqual(viaJSON(publicMetadata));
        expect(updated.privateMetadata).toEqual(viaJSON(privateMetadata));
        expect(Object.keys(updated.publicMetadata)).toEqual(Object.keys(viaJSON(publicMetadata) as object));
      }),
      { numRuns: 60 },
    );
  });
});

describe('property: ids never leave their path segment', () => {
  it('any string or number id is either refused or lands, decoded, in exactly one segment', () => {
    const id = fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), fc.string({ maxLength: 5 }), fc.double(), fc.integer({ min: -5, max: 1e9 }));
    fc.assert(
      fc.property(id, (value) => {
        const built = path`/users/${value}/organization_memberships`;
        if (built instanceof InvalidPath) {
          expect(built.error.code).toBe('invalid_argument');
          return;
        }
        const url = new URL(`https://api.clerk.test/v1${built}`);
        expect(url.host).toBe('api.clerk.test');
        const segments = url.pathname.split('/');
        expect(segments).toHaveLength(5);
        expect(segments[4]).toBe('organization_memberships');
        expect(decodeURIComponent(segments[3] as string)).toBe(String(value));
      }),
      { numRuns: 500 },
    );
  });
});

describe('property: query params serialise and parse back to the same values', () => {
  it('scalars and arrays of them survive URLSearchParams', () => {
    const key = fc.stringMatching(/^[a-z][a-z0-9_]{0,10}$/);
    const scalar = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 10 }), fc.integer(), fc.boolean());
    const value = fc.oneof(scalar, fc.array(scalar, { minLength: 1, maxLength: 4 }));
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 6 }), (query) => {
        const parsed = new URLSearchParams(buildQuery(query).slice(1));
        for (const [name, sent] of Object.entries(query)) {
          expect(parsed.getAll(name)).toEqual((Array.isArray(sent) ? sent : [sent]).map(String));
        }
        expect(new Set(parsed.keys())).toEqual(new Set(Object.keys(query)));
      }),
      { numRuns: 500 },
    );
  });

  it('objects and ill-formed strings are refused, never sent as [object Object] or thrown raw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.object(), fc.constant('\uD800')), (bad) => {
        expect(() => buildQuery({ filter: bad })).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
      }),
      { numRuns: 100 },
    );
  });
});
