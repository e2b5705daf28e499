import type { ClerkOptions, HttpOptions } from './core/types';

export const DEFAULT_API_URL = 'https://api.clerk.com';
export const DEFAULT_API_VERSION = 'v1';
/** The dated Backend API version whose spec this SDK implements. */
export const SUPPORTED_BAPI_VERSION = '2026-05-12';
export const DEFAULT_TIMEOUT_MS = 30_000;

declare const __PACKAGE_VERSION__: string;
export const PACKAGE_NAME = '@clerk/clerk-sdk-node';
export const PACKAGE_VERSION: string = typeof __PACKAGE_VERSION__ === 'string' ? __PACKAGE_VERSION__ : '0.0.0-dev';
export const DEFAULT_USER_AGENT = `${PACKAGE_NAME}@${PACKAGE_VERSION}`;

/** The environment variables this package reads; named here and nowhere else. */
export const ENV = {
  secretKey: 'CLERK_SECRET_KEY',
  legacyApiKey: 'CLERK_API_KEY',
  apiUrl: 'CLERK_API_URL',
  apiVersion: 'CLERK_API_VERSION',
  logging: 'CLERK_LOGGING',
  jwtKey: 'CLERK_JWT_KEY',
} as const;

export type Env = Readonly<Record<string, string | undefined>>;

export interface ResolvedConfig {
  readonly secretKey: string | undefined;
  readonly apiUrl: string;
  readonly apiVersion: string;
  readonly clerkApiVersion: string;
  readonly userAgent: string;
  readonly httpOptions: HttpOptions;
  readonly logging: boolean;
  readonly logger: (line: string) => void;
  readonly jwtKey: string | undefined;
}

const defaultLogger = (line: string): void => console.info(line);

/** Option, then environment variable, then default. Pure: the environment is passed in. */
export function resolveConfig(options: ClerkOptions, env: Env): ResolvedConfig {
  return {
    secretKey: options.secretKey || options.apiKey || env[ENV.secretKey] || env[ENV.legacyApiKey] || undefined,
    apiUrl: trimSlashes(options.apiUrl || env[ENV.apiUrl] || DEFAULT_API_URL, false),
    apiVersion: trimSlashes(options.apiVersion || env[ENV.apiVersion] || DEFAULT_API_VERSION, true),
    clerkApiVersion: options.clerkApiVersion || SUPPORTED_BAPI_VERSION,
    userAgent: options.userAgent || DEFAULT_USER_AGENT,
    httpOptions: options.httpOptions ?? {},
    logging: options.logging ?? env[ENV.logging] === 'true',
    logger: options.logger ?? defaultLogger,
    jwtKey: options.jwtKey || env[ENV.jwtKey] || undefined,
  };
}

/** The process environment where there is one (Node, Bun, Deno's compat layer); empty elsewhere. */
export function processEnv(): Env {
  return typeof process !== 'undefined' && process.env ? process.env : {};
}

function trimSlashes(value: string, leading: boolean): string {
  let start = 0;
  let end = value.length;
  if (leading) while (start < end && value.charCodeAt(start) === 47) start++;
  while (end > start && value.charCodeAt(end - 1) === 47) end--;
  return value.slice(start, end);
}

/** Resolves a client's configuration lazily and keeps it; `reset()` makes the next request resolve it again. */
export interface ConfigSource {
  get(): ResolvedConfig;
  reset(): void;
}

/**
 * Nothing is read at import or construction: the environment is read at the first request, so a dotenv loaded
 * after the import still counts. The result is kept once it has a secret key (until then every request reads the
 * environment again), because reading process.env on every call cost ~2-4% of a loopback request (bench/README.md).
 */
export function createConfigSource(options: ClerkOptions, env: () => Env = processEnv): ConfigSource {
  let resolved: ResolvedConfig | undefined;
  return {
    get() {
      if (resolved) return resolved;
      const config = resolveConfig(options, env());
      if (config.secretKey) resolved = config;
      return config;
    },
    reset() {
      resolved = undefined;
    },
  };
}
