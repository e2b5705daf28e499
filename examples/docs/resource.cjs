const pkg = require('@clerk/clerk-sdk-node');
const { clients } = pkg;

// Receiver added (the page shows only the `.then(...)` part).
clients.getClient('client_2pkgBrowser')
  .then((client) => console.log(client))
  .catch((error) => console.error(error));
