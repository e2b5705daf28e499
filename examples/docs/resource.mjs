import { sessions } from '@clerk/clerk-sdk-node';

const sessionList = await sessions.getSessionList();
// Added: print what the example got back.
console.log(sessionList);
