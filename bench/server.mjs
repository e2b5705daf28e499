// Loopback Backend API stand-in, run as a child process so its CPU is not charged to the client being measured.
// Bodies are serialised once at start-up; each request costs only routing and a write.
import { createServer } from 'node:http';
import { allowlistIdentifier, user, users } from './fixtures.mjs';

const PAGE_SIZE = 500;
const TOTAL_USERS = 1234;

const json = (value) => Buffer.from(JSON.stringify(value));
const bodies = {
  user: json(user(42)),
  usersArray: json(users(PAGE_SIZE)),
  usersPaginated: json({ data: users(PAGE_SIZE), total_count: TOTAL_USERS }),
  usersCount: json({ object: 'total_count', total_count: TOTAL_USERS }),
  allowlistPaginated: json({ data: [allowlistIdentifier(1)], total_count: 1 }),
  allowlistArray: json([allowlistIdentifier(1)]),
  notFound: json({ errors: [{ code: 'resource_not_found', message: 'not found', long_message: 'Nothing here.' }] }),
};

// Hits per route since the last `stats` message, so the bench can print what each side really requested.
let hits = {};

function route(url) {
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  const paginated = q !== -1 && url.includes('paginated=true', q);
  if (path === '/v1/users/count') return ['GET /users/count', bodies.usersCount];
  if (path === '/v1/users') return paginated ? ['GET /users?paginated', bodies.usersPaginated] : ['GET /users', bodies.usersArray];
  if (path.startsWith('/v1/users/')) return ['GET /users/{id}', bodies.user];
  if (path === '/v1/allowlist_identifiers') {
    return paginated ? ['GET /allowlist_identifiers?paginated', bodies.allowlistPaginated] : ['GET /allowlist_identifiers', bodies.allowlistArray];
  }
  return ['404', bodies.notFound];
}

const server = createServer((req, res) => {
  const [name, body] = route(req.url);
  hits[name] = (hits[name] ?? 0) + 1;
  res.writeHead(name === '404' ? 404 : 200, { 'content-type': 'application/json', 'content-length': body.length });
  res.end(body);
});
server.keepAliveTimeout = 60_000;

server.listen(0, '127.0.0.1', () => {
  process.send({ type: 'ready', port: server.address().port, sizes: { user: bodies.user.length, usersPage: bodies.usersArray.length } });
});

process.on('message', (message) => {
  if (message === 'stats') {
    process.send({ type: 'stats', hits });
    hits = {};
  } else if (message === 'stop') {
    server.close();
    process.exit(0);
  }
});
process.on('disconnect', () => process.exit(0));
