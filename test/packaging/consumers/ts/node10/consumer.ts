// A consumer on the old resolution (moduleResolution node10, which ignores "exports"): the v4 deep paths must be
// real files with their own declarations.
import clerkClient, { users, sessions, createClerkClient, ClerkAPIResponseError, isClerkAPIResponseError } from '@clerk/clerk-sdk-node';
import type { ClerkClient, Session, User } from '@clerk/clerk-sdk-node';
import Clerk from '@clerk/clerk-sdk-node/cjs/instance';
import EsmPathClerk from '@clerk/clerk-sdk-node/esm/instance';
import InstanceClerk from '@clerk/clerk-sdk-node/instance';
import sdk = require('@clerk/clerk-sdk-node');
import instanceModule = require('@clerk/clerk-sdk-node/cjs/instance');

/** Compiled, never called: every line must type-check against the published declarations. */
export async function useTheSdk(): Promise<string> {
  const userList = await clerkClient.users.getUserList({ limit: 10 });
  const first: User | undefined = userList[0];
  const total: number = userList.totalCount;
  const sessionList: Session[] = await sessions.getSessionList({ userId: 'user_123' });
  const named: User[] = await sdk.users.getUserList();
  const custom: ClerkClient = createClerkClient({ secretKey: 'sk_test_123' });
  const called: ClerkClient = Clerk({ secretKey: 'sk_test_123' });
  const constructed: ClerkClient = new Clerk({ secretKey: 'sk_test_123' });
  const fromEsmPath: ClerkClient = EsmPathClerk();
  const fromInstancePath: ClerkClient = new InstanceClerk();
  const fromRequire: ClerkClient = instanceModule.default({ secretKey: 'sk_test_123' });
  try {
    await custom.clients.getClientList();
  } catch (error) {
    if (error instanceof ClerkAPIResponseError) {
      const status: number = error.status;
      const code: string | undefined = error.errors[0]?.code;
      return `${status} ${code ?? ''}`;
    }
    if (isClerkAPIResponseError(error)) return error.message;
  }
  // @ts-expect-error -- no such method: proves the client is typed, not `any`.
  await called.users.noSuchMethod();
  // @ts-expect-error -- the secret key is a string.
  createClerkClient({ secretKey: 42 });
  return [first?.id, total, sessionList.length, named.length, constructed, fromEsmPath, fromInstancePath, fromRequire].join();
}

// Runs when the emitted file is executed: esModuleInterop's default import must find the factory at run time.
console.log(
  JSON.stringify({
    format: 'node10',
    defaultIsRequireDefault: clerkClient === sdk.default,
    namedUsersIsDefaults: users === clerkClient.users,
    calledHasUsers: typeof Clerk({ secretKey: 'sk_test_123' }).users === 'object',
    constructedHasUsers: typeof new Clerk({ secretKey: 'sk_test_123' }).users === 'object',
    esmPathHasUsers: typeof EsmPathClerk().users === 'object',
    instancePathHasUsers: typeof new InstanceClerk().users === 'object',
    requireDefaultHasUsers: typeof instanceModule.default().users === 'object',
    errorClass: typeof ClerkAPIResponseError,
  }),
);
