import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClerkSDKError, createClerkClient, type ClerkClient, type FileUpload } from '../../src/index';
import { rejectionOf } from '../helpers/nock';

// Every method that sends a file, with the JSON it answers with; each must accept the four input kinds alike.
const USER = { object: 'user', id: 'user_1', email_addresses: [], phone_numbers: [], web3_wallets: [], external_accounts: [] };
const ORG = { object: 'organization', id: 'org_1', name: 'Acme', slug: 'acme' };
const APP = { object: 'oauth_application', id: 'oa_1', name: 'App' };
const UPLOADS: { name: string; path: string; reply: unknown; call: (c: ClerkClient, file: FileUpload) => Promise<unknown> }[] = [
  {
    name: 'users.updateUserProfileImage',
    path: '/v1/users/user_1/profile_image',
    reply: USER,
    call: (c, file) => c.users.updateUserProfileImage('user_1', { file }),
  },
  {
    name: 'organizations.updateOrganizationLogo',
    path: '/v1/organizations/org_1/logo',
    reply: ORG,
    call: (c, file) => c.organizations.updateOrganizationLogo('org_1', { file }),
  },
  {
    name: 'oauthApplications.updateLogo',
    path: '/v1/oauth_applications/oa_1/logo',
    reply: APP,
    call: (c, file) => c.oauthApplications.updateLogo('oa_1', { file }),
  },
];

// Bytes that are not valid UTF-8, so a body that stringifies the input instead of sending it cannot match.
const BYTES = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe, 0x80];
const KINDS: { kind: string; make: () => FileUpload; filename?: string }[] = [
  { kind: 'Blob', make: () => new Blob([new Uint8Array(BYTES)], { type: 'image/png' }) },
  { kind: 'File', make: () => new File([new Uint8Array(BYTES)], 'logo.png', { type: 'image/png' }), filename: 'logo.png' },
  { kind: 'Buffer', make: () => Buffer.from(BYTES) },
  // A view into a bigger buffer: only the viewed bytes may be sent.
  { kind: 'Uint8Array', make: () => new Uint8Array([9, 9, ...BYTES, 9]).subarray(2, 2 + BYTES.length) },
];

interface Seen {
  method: string;
  url: string;
  contentType: string;
  body: Buffer;
}
let server: Server;
let seen: Seen[] = [];
let replyWith: unknown;
let client: ClerkClient;

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', contentType: String(req.headers['content-type']), body: Buffer.concat(chunks) });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(replyWith));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  client = createClerkClient({ secretKey: 'sk_test_uploads_123', apiUrl: `http://127.0.0.1:${port}` });
});

afterAll(async () => {
  await new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
});

describe.each(UPLOADS)('$name', ({ path, reply, call }) => {
  it.each(KINDS)('sends a $kind as a `file` part with its exact bytes', async ({ make, filename }) => {
    seen = [];
    replyWith = reply;
    await call(client, make());
    expect(seen).toHaveLength(1);
    expect(seen[0]!.url).toBe(path);
    expect(seen[0]!.contentType).toMatch(/^multipart\/form-data; boundary=/);
    const form = await new Response(new Uint8Array(seen[0]!.body), { headers: { 'content-type': seen[0]!.contentType } }).formData();
    const part = form.get('file');
    expect(part).toBeInstanceOf(Blob);
    expect([...new Uint8Array(await (part as Blob).arrayBuffer())]).toEqual(BYTES);
    if (filename) expect((part as File).name).toBe(filename);
  });

  it('rejects a string or a plain object with invalid_argument and sends nothing', async () => {
    seen = [];
    for (const bad of ['logo.png', { data: BYTES }]) {
      const error = await rejectionOf(call(client, bad as never));
      expect(error).toBeInstanceOf(ClerkSDKError);
      expect(error.code).toBe('invalid_argument');
    }
    expect(seen).toHaveLength(0);
  });
});
