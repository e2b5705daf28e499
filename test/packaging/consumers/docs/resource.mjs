import { sessions } from '@clerk/clerk-sdk-node';

const sessionList = await sessions.getSessionList();
// Added by the test: print what the example got back.
console.log(sessionList);
