import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { createClerkClient, type ClerkClient } from '../../src/index';
import { startEmulator, type Emulator, type EmulatorExchange, type EmulatorOptions } from '../../src/testing';
import { checkResponse } from './spec';

/** Every answer any emulator gave in this test file, checked against the spec as it arrives. */
export const exchanges: EmulatorExchange[] = [];
const nonConforming: string[] = [];

export function recordExchange(exchange: EmulatorExchange): void {
  exchanges.push(exchange);
  if (exchange.operationId === null) return;
  const paginated = new URLSearchParams(exchange.query).get('paginated') === 'true';
  const verdict = checkResponse(exchange.operationId, exchange.status, exchange.body, paginated);
  for (const error of verdict.errors) {
    nonConforming.push(`${exchange.method} ${exchange.path} (${exchange.operationId} → ${exchange.status}): ${error}`);
  }
}

/** Fails when any answer recorded in this file did not match the spec. */
export function expectConformance(): void {
  expect(nonConforming, 'emulator answers that do not match the spec').toEqual([]);
}

export interface EmulatorFixture {
  emu: Emulator;
  clerk: ClerkClient;
  /** A request with the emulator's key; `key: null` sends none, a string sends that key instead. */
  call(method: string, path: string, options?: CallOptions): Promise<{ status: number; body: any }>;
}

export interface CallOptions {
  body?: unknown;
  /** Raw body text, sent as is with a JSON content type. */
  raw?: string;
  /** A multipart body. */
  form?: FormData;
  query?: Record<string, string | number | boolean | string[]>;
  key?: string | null;
}

export async function callEmulator(emu: Emulator, method: string, path: string, options: CallOptions = {}) {
  const url = new URL(`${emu.url}/v1${path}`);
  for (const [name, value] of Object.entries(options.query ?? {})) {
    for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(name, String(item));
  }
  const headers: Record<string, string> = {};
  const key = options.key === undefined ? emu.secretKey : options.key;
  if (key !== null) headers.authorization = `Bearer ${key}`;
  let body: string | FormData | undefined;
  if (options.form !== undefined) body = options.form;
  else if (options.raw !== undefined) body = options.raw;
  else if (options.body !== undefined) body = JSON.stringify(options.body);
  if (typeof body === 'string') headers['content-type'] = 'application/json';
  const response = await fetch(url, { method, headers, body });
  expect(response.headers.get('content-type')).toBe('application/json');
  return { status: response.status, body: await response.json() };
}

/**
 * One emulator for the test file (reset before each test), an SDK client pointed at it, and a plain-fetch caller.
 * Every answer is checked against the spec; the file fails at the end if any did not conform.
 */
export function useEmulator(options: EmulatorOptions = {}): EmulatorFixture {
  const fixture = {} as EmulatorFixture;
  beforeAll(async () => {
    fixture.emu = await startEmulator({ ...options, onResponse: recordExchange });
    fixture.clerk = createClerkClient({ apiUrl: fixture.emu.url, secretKey: fixture.emu.secretKey });
    fixture.call = (method, path, callOptions) => callEmulator(fixture.emu, method, path, callOptions);
  });
  beforeEach(() => fixture.emu.reset());
  afterAll(async () => {
    await fixture.emu?.stop();
    expectConformance();
  });
  return fixture;
}

/** The error envelope's first entry, asserting the shape along the way. */
export function firstError(body: any): { code: string; message: string; long_message: string; meta?: any } {
  expect(body).toMatchObject({ errors: [expect.objectContaining({ code: expect.any(String) })], clerk_trace_id: expect.any(String) });
  return body.errors[0];
}
