#!/usr/bin/env node
// `clerk-emulator`: starts the Backend API emulator and prints the two variables to export. Runs until SIGINT/SIGTERM.
import { readFileSync } from 'node:fs';
import { startEmulator, type Emulator, type SeedData } from '../testing/index';

/** Parsed command line. */
export interface CliArgs {
  port: number;
  secretKey?: string;
  issuer?: string;
  seedFile?: string;
  quiet: boolean;
  help: boolean;
}

export const USAGE = `Usage: clerk-emulator [--port <n>] [--secret-key <sk_test_...>] [--issuer <url>] [--seed <file.json>] [--quiet]

Starts a local emulator of Clerk's Backend API on 127.0.0.1 and prints the variables to export:
  export CLERK_API_URL=http://127.0.0.1:<port>
  export CLERK_SECRET_KEY=sk_test_...
  export CLERK_JWT_KEY='-----BEGIN PUBLIC KEY-----...'   (verifies its session tokens without a network call)
  export CLERK_WEBHOOK_SIGNING_SECRET=whsec_...          (the secret its signed webhooks use)
The lines are quoted for a POSIX shell: save them to a file and source it, or paste them.

  --port, -p     port to listen on; 0 (the default) picks a free port
  --secret-key   secret key to accept (default: a random sk_test_ key)
  --issuer       iss claim of its session tokens (default: https://clerk.emulator.test)
  --seed         JSON file of records to create at start (users, organizations, sessions, ...)
  --quiet, -q    print only the export lines
  --help, -h     show this help

Stop it with Ctrl-C (SIGINT) or SIGTERM.`;

/** Thrown for a bad command line; the message is meant for the user. */
export class CliUsageError extends Error {}

/** Reads the command line (the arguments after the program name). */
export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { port: 0, quiet: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const next = inline ?? argv[++i];
      if (next === undefined || next === '') throw new CliUsageError(`${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case '--port':
      case '-p': {
        const raw = value();
        const port = Number(raw);
        if (!/^\d+$/.test(raw) || port > 65535) throw new CliUsageError(`--port must be a number from 0 to 65535, not "${raw}"`);
        args.port = port;
        break;
      }
      case '--secret-key':
        args.secretKey = value();
        break;
      case '--seed':
        args.seedFile = value();
        break;
      case '--issuer':
        args.issuer = value();
        break;
      case '--quiet':
      case '-q':
        args.quiet = true;
        break;
      case '--help':
      case '-h':
        args.help = true;
        break;
      default:
        throw new CliUsageError(`unknown option ${arg}`);
    }
  }
  return args;
}

/** A value as one POSIX shell word: as is when it has only safe characters, else single-quoted. */
export function shellQuote(value: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * The lines a POSIX shell can `eval` (or `source`) to point the SDK at the emulator: its URL and secret key, the
 * PEM public key that verifies its session tokens (multi-line, so quoted) and its webhook signing secret.
 */
export function exportLines(emulator: Pick<Emulator, 'url' | 'secretKey'> & Partial<Pick<Emulator, 'jwtKey' | 'webhookSigningSecret'>>): string {
  const lines = [`export CLERK_API_URL=${shellQuote(emulator.url)}`, `export CLERK_SECRET_KEY=${shellQuote(emulator.secretKey)}`];
  if (emulator.jwtKey !== undefined) lines.push(`export CLERK_JWT_KEY=${shellQuote(emulator.jwtKey)}`);
  if (emulator.webhookSigningSecret !== undefined) lines.push(`export CLERK_WEBHOOK_SIGNING_SECRET=${shellQuote(emulator.webhookSigningSecret)}`);
  return `${lines.join('\n')}\n`;
}

/** What the CLI needs from its process, so tests can hand in their own. */
export interface CliIO {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Where SIGINT/SIGTERM arrive. */
  signals: { once(event: 'SIGINT' | 'SIGTERM', listener: () => void): unknown; off(event: 'SIGINT' | 'SIGTERM', listener: () => void): unknown };
}

/**
 * Runs the CLI: starts the emulator, prints the exports, and resolves with the exit code once a signal stopped it
 * (or at once, for `--help` and bad arguments). `started` resolves with the running emulator.
 */
export function runCli(argv: readonly string[], io: CliIO): { exitCode: Promise<number>; started: Promise<Emulator | undefined> } {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    io.stderr.write(`clerk-emulator: ${(error as Error).message}\n\n${USAGE}\n`);
    return { exitCode: Promise.resolve(2), started: Promise.resolve(undefined) };
  }
  if (args.help) {
    io.stdout.write(`${USAGE}\n`);
    return { exitCode: Promise.resolve(0), started: Promise.resolve(undefined) };
  }
  const started = (async () => {
    const seed = args.seedFile ? (JSON.parse(readFileSync(args.seedFile, 'utf8')) as SeedData) : undefined;
    return startEmulator({
      port: args.port,
      ...(args.secretKey ? { secretKey: args.secretKey } : {}),
      ...(args.issuer ? { issuer: args.issuer } : {}),
      ...(seed ? { seed } : {}),
    });
  })();
  const exitCode = started.then(
    (emulator) => {
      io.stdout.write(
        exportLines({ url: emulator.url, secretKey: emulator.secretKey, jwtKey: emulator.jwtKey, webhookSigningSecret: emulator.webhookSigningSecret }),
      );
      if (!args.quiet) io.stderr.write(`Clerk Backend API emulator listening on ${emulator.url} (Ctrl-C to stop)\n`);
      return new Promise<number>((resolve) => {
        const stop = () => {
          io.signals.off('SIGINT', stop);
          io.signals.off('SIGTERM', stop);
          void emulator.stop().then(() => {
            if (!args.quiet) io.stderr.write('Clerk emulator stopped\n');
            resolve(0);
          });
        };
        io.signals.once('SIGINT', stop);
        io.signals.once('SIGTERM', stop);
      });
    },
    (error: Error) => {
      io.stderr.write(`clerk-emulator: ${error.message}\n`);
      return 1;
    },
  );
  return { exitCode, started: started.catch(() => undefined) };
}

// Run only when executed as a program (the published bin is the CommonJS build), not when imported by tests.
declare const require: { main?: unknown } | undefined;
declare const module: unknown;
if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  void runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, signals: process }).exitCode.then((code) => {
    process.exitCode = code;
  });
}
