// The v4 `instance` entry (`@clerk/clerk-sdk-node/cjs/instance`, `/esm/instance`): the Clerk factory as the default
// export, plus everything the main entry exports except the default client and its resources. The build turns both
// imports below into imports of the main entry's file (tsup.config.ts), so the two entries run one core; at run time
// this entry therefore also carries the default client's names, which its declarations leave out.
import { Clerk } from './client';

export default Clerk;
export * from './exports';
