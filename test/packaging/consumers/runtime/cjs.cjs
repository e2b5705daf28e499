'use strict';
// A CommonJS consumer of the installed package: every v4 way in, checked without any network, printed as JSON.
const path = require('node:path');

const PKG = '@clerk/clerk-sdk-node';
const pkg = require(PKG);
const cjsInstance = require(`${PKG}/cjs/instance`);
const esmPathInstance = require(`${PKG}/esm/instance`);
const instance = require(`${PKG}/instance`);

const root = path.dirname(require.resolve(`${PKG}/package.json`));
const where = (id) => path.relative(root, require.resolve(id)).split(path.sep).join('/');

const RESOURCES = [
  'allowlistIdentifiers',
  'clients',
  'domains',
  'emailAddresses',
  'emails',
  'interstitial',
  'invitations',
  'organizations',
  'phoneNumbers',
  'redirectUrls',
  'sessions',
  'signInTokens',
  'smsMessages',
  'users',
];

// What a client looks like from the outside: its resource objects, and whether they come from this entry's core.
function describeClient(client) {
  return {
    resources: RESOURCES.filter((name) => client !== null && typeof client === 'object' && typeof client[name] === 'object'),
    usersFromMainCore: client.users instanceof pkg.UserAPI,
    sessionsFromMainCore: client.sessions instanceof pkg.SessionAPI,
  };
}

function describeFactory(mod) {
  const Clerk = mod.default;
  const called = Clerk({ secretKey: 'sk_test_called' });
  const constructed = new Clerk({ secretKey: 'sk_test_constructed' });
  return {
    type: typeof Clerk,
    sameAsMainClerk: Clerk === pkg.Clerk,
    called: describeClient(called),
    constructed: describeClient(constructed),
    distinctClients: called !== constructed,
  };
}

const report = {
  resolved: {
    main: where(PKG),
    instance: where(`${PKG}/instance`),
    cjsInstance: where(`${PKG}/cjs/instance`),
    esmInstance: where(`${PKG}/esm/instance`),
  },
  esModuleFlag: pkg.__esModule === true,
  defaultClient: describeClient(pkg.default),
  defaultIsClerkClient: pkg.default === pkg.clerkClient,
  namedResourcesAreDefaults: {
    clients: pkg.clients === pkg.default.clients,
    users: pkg.users === pkg.default.users,
    sessions: pkg.sessions === pkg.default.sessions,
  },
  methods: {
    'users.getUserList': typeof pkg.users.getUserList,
    'sessions.getSessionList': typeof pkg.sessions.getSessionList,
    'clients.getClientList': typeof pkg.clients.getClientList,
    'clients.getClient': typeof pkg.clients.getClient,
  },
  createClerkClient: describeClient(pkg.createClerkClient({ secretKey: 'sk_test_created' })),
  cjsInstance: describeFactory(cjsInstance),
  instance: describeFactory(instance),
  esmInstance: describeFactory(esmPathInstance),
  errorClasses: {
    ClerkAPIResponseError: typeof pkg.ClerkAPIResponseError,
    isClerkAPIResponseError: typeof pkg.isClerkAPIResponseError,
  },
};
console.log(JSON.stringify(report));
