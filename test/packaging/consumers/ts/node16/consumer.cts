// CommonJS TypeScript consumer under module/moduleResolution node16: types come from the "require" conditions.
import clerkClient, { users, sessions, createClerkClient, ClerkAPIResponseError, isClerkAPIResponseError } from '@clerk/clerk-sdk-node';
import type { ClerkClient, Session, User } from '@clerk/clerk-sdk-node';
import Clerk from '@clerk/clerk-sdk-node/cjs/instance';
import InstanceClerk from '@clerk/clerk-sdk-node/instance';
import sdk = require('@clerk/clerk-sdk-node');

/** Compiled, never called: every line must type-check against the published declarations. */
export async function useTheSdk(): Promise<string> {
  const userList = await clerkClient.users.getUserList({ limit: 10 });
  const first: User | undefined = userList[0];
  const total: number = userList.totalCount;
  const sessionList: Session[] = await sessions.getSessionList({ userId: 'user_123' });
  const named: User[] = await users.getUserList();
  const custom: ClerkClient = createClerkClient({ secretKey: 'sk_test_123' });
  const called: ClerkClient = Clerk({ secretKey: 'sk_test_123' });
  const constructed: ClerkClient = new Clerk({ secretKey: 'sk_test_123' });
  const fromInstancePath: ClerkClient = new InstanceClerk();
  const viaRequire: ClerkClient = sdk.default;
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
  return [first?.id, total, sessionList.length, named.length, constructed, fromInstancePath, viaRequire].join();
}

// Runs when the emitted file is executed: the same imports, checked at run time.
console.log(
  JSON.stringify({
    format: 'cts',
    defaultIsRequireDefault: clerkClient === sdk.default,
    namedUsersIsDefaults: users === clerkClient.users,
    calledHasUsers: typeof Clerk({ secretKey: 'sk_test_123' }).users === 'object',
    constructedHasUsers: typeof new Clerk({ secretKey: 'sk_test_123' }).users === 'object',
    instancePathHasUsers: typeof InstanceClerk().users === 'object',
    errorClass: typeof ClerkAPIResponseError,
  }),
);
