const Clerk = require('@clerk/clerk-sdk-node/cjs/instance').default;

const clerkClient = Clerk({ secretKey: 'YOUR_SECRET_KEY' });

// Receiver added (the page shows only the `.then(...)` part).
clerkClient.sessions.getSessionList()
  .then((sessions) => console.log(sessions))
  .catch((error) => console.error(error));
