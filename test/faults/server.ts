import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';

/** How one request to the fault server is answered; `n` counts requests from 1. */
export type FaultHandler = (req: IncomingMessage, res: ServerResponse, n: number) => void;

/** A loopback HTTP server that misbehaves on purpose and counts what it saw. */
export interface FaultServer {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** Requests received so far (the attempts the SDK made). */
  readonly requests: number;
  /**
   * Connections that carried a request and are still open. (Only those: after an abort of a request in flight,
   * Node's bundled undici opens one spare idle connection that never carries a request; it is reused by the next
   * request, so it does not accumulate, and it is not the aborted request's socket.)
   */
  readonly openConnections: number;
  /** Replaces the handler for the next requests. */
  handle(handler: FaultHandler): void;
  /** Closes every connection and the server. */
  close(): Promise<void>;
}

export async function startFaultServer(handler: FaultHandler): Promise<FaultServer> {
  let current = handler;
  let requests = 0;
  const sockets = new Set<Socket>();
  const used = new WeakSet<Socket>();
  const server: Server = createServer((req, res) => {
    requests++;
    const n = requests;
    used.add(req.socket);
    // Drain the request body so a slow handler never stalls on it.
    req.resume();
    current(req, res, n);
  });
  server.keepAliveTimeout = 5_000;
  server.on('connection', (socket) => {
    sockets.add(socket);
    // When the client closes its side (an abort sends FIN), close ours too, as a real server would; an open
    // connection left in this set therefore means the client never let go of it.
    socket.on('end', () => socket.destroy());
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return requests;
    },
    get openConnections() {
      let open = 0;
      for (const socket of sockets) if (used.has(socket)) open++;
      return open;
    },
    handle(next) {
      current = next;
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Waits (bounded) until `check` holds; returns whether it did. */
export async function eventually(check: () => boolean, withinMs = 2_000): Promise<boolean> {
  const until = Date.now() + withinMs;
  while (Date.now() < until) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return check();
}

/** Counts the process's active timers (what a leaked deadline or backoff would add). */
export function activeTimers(): number {
  return process.getActiveResourcesInfo().filter((name) => name === 'Timeout').length;
}

/** Counts the process's active TCP handles. */
export function activeSockets(): number {
  return process.getActiveResourcesInfo().filter((name) => name === 'TCPSocketWrap' || name === 'TCPWRAP').length;
}

/** A JSON user body the SDK's `User.fromJSON` accepts. */
export const USER_JSON = readFileSync(new URL('../fixtures/users/get-user-minimal.json', import.meta.url), 'utf8');

/** A loopback port with nothing listening on it (fetch refuses well-known "bad ports" such as 1 outright). */
export async function closedPort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
