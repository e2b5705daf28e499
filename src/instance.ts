// The v4 `instance` entry (`@clerk/clerk-sdk-node/cjs/instance`, `/esm/instance`): the Clerk factory as the default
// export, plus everything the main entry exports except the default client and its resources.
import { Clerk } from './client';

export default Clerk;
export * from './exports';
