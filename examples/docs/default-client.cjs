const pkg = require('@clerk/clerk-sdk-node');
const clerkClient = pkg.default;

// Receiver added (the page shows only the `.then(...)` part).
clerkClient.sessions.getSessionList()
  .then((sessions) => console.log(sessions))
  .catch((error) => console.error(error));
