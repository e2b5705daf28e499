import { createClerkClient } from '@clerk/clerk-sdk-node';

const clerkClient = createClerkClient({ secretKey: 'YOUR_SECRET_KEY' });

const clientList = await clerkClient.clients.getClientList();
// Added: print what the example got back.
console.log(clientList);
