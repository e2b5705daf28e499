// An ESM consumer of the installed package: default and named imports and the v4 instance paths, printed as JSON.
import clerkClient, {
  clerkClient as namedClerkClient,
  users,
  sessions,
  clients,
  createClerkClient,
  Clerk as NamedClerk,
  UserAPI,
  SessionAPI,
} from '@clerk/clerk-sdk-node';
import Clerk from '@clerk/clerk-sdk-node/esm/instance';
import InstanceClerk from '@clerk/clerk-sdk-node/instance';
import CjsPathClerk from '@clerk/clerk-sdk-node/cjs/instance';

const PKG = '@clerk/clerk-sdk-node';
// import.meta.resolve is unflagged from Node 18.19; the engines floor (18.17) reports 'unavailable' instead.
const canResolve = typeof import.meta.resolve === 'function';
const root = canResolve ? new URL('./', import.meta.resolve(`${PKG}/package.json`)).href : '';
const where = (id) => (canResolve ? import.meta.resolve(id).slice(root.length) : 'unavailable');

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

function describeClient(client) {
  return {
    resources: RESOURCES.filter((name) => client !== null && typeof client === 'object' && typeof client[name] === 'object'),
    usersFromMainCore: client.users instanceof UserAPI,
    sessionsFromMainCore: client.sessions instanceof SessionAPI,
  };
}

function describeFactory(Factory) {
  const called = Factory({ secretKey: 'sk_test_called' });
  const constructed = new Factory({ secretKey: 'sk_test_constructed' });
  return {
    type: typeof Factory,
    sameAsMainClerk: Factory === NamedClerk,
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
  defaultClient: describeClient(clerkClient),
  defaultIsClerkClient: clerkClient === namedClerkClient,
  namedResourcesAreDefaults: {
    clients: clients === clerkClient.clients,
    users: users === clerkClient.users,
    sessions: sessions === clerkClient.sessions,
  },
  methods: {
    'users.getUserList': typeof users.getUserList,
    'sessions.getSessionList': typeof sessions.getSessionList,
    'clients.getClientList': typeof clients.getClientList,
    'clients.getClient': typeof clients.getClient,
  },
  createClerkClient: describeClient(createClerkClient({ secretKey: 'sk_test_created' })),
  esmInstance: describeFactory(Clerk),
  instance: describeFactory(InstanceClerk),
  cjsInstance: describeFactory(CjsPathClerk),
};
console.log(JSON.stringify(report));
