import { clerkClient } from '@clerk/clerk-sdk-node';

const userList = await clerkClient.users.getUserList();
// Added: print what the example got back.
console.log(userList);
