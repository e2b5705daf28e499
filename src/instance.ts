// The v4 `instance` entry (`@clerk/clerk-sdk-node/cjs/instance`, `/esm/instance`): the Clerk factory and the models.
import { Clerk } from './client';

export default Clerk;
export { Clerk, createClerkClient } from './client';
export type { ClerkClient, ClerkFactory } from './client';
export type { ClerkOptions, HttpOptions } from './core/types';
export * from './models';
