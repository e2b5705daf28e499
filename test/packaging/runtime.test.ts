// The installed tarball run for real: the CommonJS and ESM consumers, both builds in one process, and the
// documentation's examples against a fake API on 127.0.0.1, under the newest Node 18, 20, 22 and 24 and under the
// exact version package.json `engines` names as the floor (registry builds, fetched and cached by
// helpers/node-binaries.ts; the machine's node stands in for its own major).
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { packaging } from './helpers/context';
import { CLIENT, SESSION, USER, startFakeApi, type FakeApi } from './helpers/fake-api';
import { nodeBinary, nodeTargets, satisfies, type NodeBinary } from './helpers/node-binaries';
import { run, scriptEnv, type RunResult } from './helpers/run';
import { v4ClientResources } from '../helpers/v4';

const ctx = packaging();
const TARGETS = nodeTargets(ctx.root);
const ENV_KEY = 'sk_test_packaging_from_env';
const USER_AGENT = `${ctx.name}@${ctx.version}`;

// The 14 resource properties of a v4 client, from spec/v4-exports.txt.
const RESOURCES = v4ClientResources();
const CLIENT_OF_MAIN_CORE = { resources: RESOURCES, usersFromMainCore: true, sessionsFromMainCore: true };
const FACTORY = {
  type: 'function',
  sameAsMainClerk: true,
  called: CLIENT_OF_MAIN_CORE,
  constructed: CLIENT_OF_MAIN_CORE,
  distinctClients: true,
};
const SHARED_EXPECTATIONS = {
  defaultClient: CLIENT_OF_MAIN_CORE,
  defaultIsClerkClient: true,
  namedResourcesAreDefaults: { clients: true, users: true, sessions: true },
  methods: {
    'users.getUserList': 'function',
    'sessions.getSessionList': 'function',
    'clients.getClientList': 'function',
    'clients.getClient': 'function',
  },
  createClerkClient: CLIENT_OF_MAIN_CORE,
  cjsInstance: FACTORY,
  instance: FACTORY,
  esmInstance: FACTORY,
};

const API_ERROR = {
  name: 'ClerkNotFoundError',
  status: 404,
  code: 'resource_not_found',
  clerkTraceId: 'trace_packaging_404',
  isError: true,
  instanceOfCjsClass: true,
  instanceOfEsmClass: true,
  cjsGuard: true,
  esmGuard: true,
  instanceOfCjsSdkError: false,
  instanceOfEsmSdkError: false,
  instanceOfCjsNotFound: true,
  instanceOfEsmNotFound: true,
};

interface DocExample {
  file: string;
  /** The key the server accepts: the environment's, or the literal the example passes. */
  secretKey: string;
  /** Requests the example must make, as `METHOD /path`. */
  expects: string[];
  /** Any other request it may make (e.g. a count call beside a list). */
  mayAlso?: string[];
  /** What the printed result must contain: the model's class name and camelCase fields with fixture values. */
  prints: RegExp[];
}

const printsUser = [/\bUser \{/, new RegExp(`id: '${String(USER.id)}'`), /firstName: 'Ada'/, /lastName: 'Lovelace'/];
const printsSession = [/\bSession \{/, new RegExp(`id: '${String(SESSION.id)}'`), new RegExp(`userId: '${String(USER.id)}'`), /status: 'active'/];
const printsClient = [/\bClient \{/, new RegExp(`id: '${String(CLIENT.id)}'`), new RegExp(`lastActiveSessionId: '${String(SESSION.id)}'`)];

const DOC_EXAMPLES: DocExample[] = [
  { file: 'default-client.mjs', secretKey: ENV_KEY, expects: ['GET /v1/users'], mayAlso: ['GET /v1/users/count'], prints: printsUser },
  { file: 'resource.mjs', secretKey: ENV_KEY, expects: ['GET /v1/sessions'], prints: printsSession },
  { file: 'default-client.cjs', secretKey: ENV_KEY, expects: ['GET /v1/sessions'], prints: printsSession },
  { file: 'resource.cjs', secretKey: ENV_KEY, expects: [`GET /v1/clients/${String(CLIENT.id)}`], prints: printsClient },
  // The page passes 'YOUR_SECRET_KEY' to the factory; the environment holds another key, which must lose.
  { file: 'custom-client.mjs', secretKey: 'YOUR_SECRET_KEY', expects: ['GET /v1/clients'], prints: printsClient },
  { file: 'custom-client.cjs', secretKey: 'YOUR_SECRET_KEY', expects: ['GET /v1/sessions'], prints: printsSession },
];

const servers: FakeApi[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function fakeApi(secretKey: string): Promise<FakeApi> {
  const server = await startFakeApi({ secretKey });
  servers.push(server);
  return server;
}

async function runScript(node: NodeBinary, script: string, env: Record<string, string> = {}): Promise<RunResult> {
  return run(node.path, [join(ctx.consumerDir, script)], { cwd: ctx.consumerDir, env: scriptEnv(env), timeoutMs: 60_000 });
}

/** The script's JSON report, once it exited 0 with nothing on stderr. */
function reportOf(result: RunResult): unknown {
  expect(result.stderr, 'stderr').toBe('');
  expect(result.code, `exit code; stdout: ${result.stdout}`).toBe(0);
  return JSON.parse(result.stdout) as unknown;
}

beforeAll(async () => {
  // Fetch the missing versions side by side (first run only; later runs find them in the cache).
  await Promise.all(TARGETS.map((target) => nodeBinary(target.spec)));
}, 900_000);

describe.each(TARGETS)('Node $label', ({ spec }) => {
  let node: NodeBinary;
  beforeAll(async () => {
    node = await nodeBinary(spec);
  });

  it('is a real Node of that version', async () => {
    const result = await run(node.path, ['-p', 'process.version'], { cwd: ctx.consumerDir, env: scriptEnv() });
    expect(satisfies(result.stdout.trim(), spec), result.stdout).toBe(true);
  });

  it('CommonJS consumer: require(pkg).default, named resources, the instance paths with and without new', async () => {
    expect(reportOf(await runScript(node, 'runtime/cjs.cjs'))).toEqual({
      ...SHARED_EXPECTATIONS,
      resolved: {
        main: 'dist/cjs/index.js',
        instance: 'dist/cjs/instance.js',
        cjsInstance: 'dist/cjs/instance.js',
        esmInstance: 'dist/cjs/instance.js',
      },
      esModuleFlag: true,
      errorClasses: { ClerkAPIResponseError: 'function', isClerkAPIResponseError: 'function' },
    });
  });

  it('ESM consumer: default and named imports, the instance paths with and without new', async () => {
    // import.meta.resolve (how the script names the files it loaded) is unflagged from 18.19 on.
    const [major = 0, minor = 0] = node.version.replace(/^v/, '').split('.').map(Number);
    const resolves = major > 18 || (major === 18 && minor >= 19);
    const file = (path: string) => (resolves ? path : 'unavailable');
    expect(reportOf(await runScript(node, 'runtime/esm.mjs'))).toEqual({
      ...SHARED_EXPECTATIONS,
      resolved: {
        main: file('dist/esm/index.mjs'),
        instance: file('dist/esm/instance.mjs'),
        cjsInstance: file('dist/esm/instance.mjs'),
        esmInstance: file('dist/esm/instance.mjs'),
      },
    });
  });

  it('one core: errors from either build (plain fetch and hooks paths) are recognised by both; each instance entry throws its main class', async () => {
    const api = await fakeApi(ENV_KEY);
    const report = reportOf(await runScript(node, 'runtime/one-core.mjs', { CLERK_API_URL: api.url, CLERK_SECRET_KEY: ENV_KEY })) as {
      exportNames: Record<'cjsMain' | 'esmMain' | 'cjsInstance' | 'esmInstance', string[]>;
    };
    expect(report).toMatchObject({
      twoSeparateBuilds: true,
      esmError: { ...API_ERROR, madeByEsmClass: true },
      cjsError: { ...API_ERROR, madeByCjsClass: true },
      cjsInstanceError: { ...API_ERROR, madeByCjsClass: true },
      esmInstanceError: { ...API_ERROR, madeByEsmClass: true },
      esmViaHooksError: { ...API_ERROR, madeByEsmClass: true },
      cjsViaHooksError: { ...API_ERROR, madeByCjsClass: true },
      plainError: {
        name: 'Error',
        isError: true,
        instanceOfCjsClass: false,
        instanceOfEsmClass: false,
        cjsGuard: false,
        esmGuard: false,
        instanceOfCjsSdkError: false,
        instanceOfEsmSdkError: false,
        instanceOfCjsNotFound: false,
        instanceOfEsmNotFound: false,
      },
    });
    // Both formats export the same names.
    expect(report.exportNames.cjsMain).toEqual(report.exportNames.esmMain);
    expect(report.exportNames.cjsInstance).toEqual(report.exportNames.esmInstance);
    expect(report.exportNames.cjsMain).toEqual(
      expect.arrayContaining([
        'default',
        'clerkClient',
        'clients',
        'sessions',
        'users',
        'createClerkClient',
        'Clerk',
        'ClerkAPIResponseError',
        'isClerkAPIResponseError',
      ]),
    );
    expect(report.exportNames.cjsInstance).toEqual(expect.arrayContaining(['default', 'User', 'Session', 'Client']));
    // Six requests reached the server, each with the environment's key, and each was answered 404.
    expect(api.requests.map((request) => [request.method, request.path, request.authorization, request.status])).toEqual(
      Array(6).fill(['GET', '/v1/allowlist_identifiers', `Bearer ${ENV_KEY}`, 404]),
    );
  });

  it.each(DOC_EXAMPLES)('documentation example $file', async (example) => {
    const api = await fakeApi(example.secretKey);
    const result = await runScript(node, join('docs', example.file), { CLERK_API_URL: api.url, CLERK_SECRET_KEY: ENV_KEY });
    // The `.catch(console.error)` examples exit 0 even on failure: stderr tells.
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    for (const pattern of example.prints) expect(result.stdout).toMatch(pattern);

    const seen = api.requests.map((request) => `${request.method} ${request.path}`);
    expect(seen).toEqual(expect.arrayContaining(example.expects));
    expect(seen.filter((request) => !example.expects.includes(request) && !(example.mayAlso ?? []).includes(request))).toEqual([]);
    for (const request of api.requests) {
      expect(request).toMatchObject({
        authorization: `Bearer ${example.secretKey}`,
        status: 200,
        userAgent: USER_AGENT,
        clerkApiVersion: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      });
    }
  });
});
