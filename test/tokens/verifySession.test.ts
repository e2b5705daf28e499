import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ClerkSDKError, createClerkClient, Session, SessionAPI, TokenVerificationError, type ClerkClient } from '../../src/index';
import type { Requester } from '../../src/core/http';
import { startEmulator, type Emulator } from '../../src/testing';
import { rejectionOf } from '../helpers/nock';
import { rsaKey, sessionClaims, signToken } from './helpers';

let emu: Emulator;
let clerk: ClerkClient;
const paths: string[] = [];

// The emulator's issuer is its own URL today and a Clerk-like URL on a later branch: accept either.
const issuer = (iss: string): boolean => iss === emu.url || iss.startsWith('https://clerk.') || iss.includes('.clerk.accounts');

beforeAll(async () => {
  emu = await startEmulator({ onResponse: (exchange) => paths.push(`${exchange.method} ${exchange.path}`) });
  clerk = createClerkClient({ secretKey: emu.secretKey, apiUrl: emu.url });
});

afterAll(async () => {
  await emu.stop();
});

async function openSession(): Promise<{ sessionId: string; token: string }> {
  const user = await clerk.users.createUser({ emailAddress: [`v${paths.length}-${Date.now()}@example.com`], firstName: 'Vera' });
  const session = await clerk.sessions.createSession({ userId: user.id });
  const token = await clerk.sessions.getToken(session.id);
  return { sessionId: session.id, token };
}

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(TokenVerificationError);
  return error.reason;
}

describe('sessions.verifySession against the emulator', () => {
  it('verifies the token locally, then fetches the session: one JWKS request (cached) and one GET per call', async () => {
    const { sessionId, token } = await openSession();
    paths.length = 0;
    const session = await clerk.sessions.verifySession(sessionId, token, { issuer });
    expect(session).toBeInstanceOf(Session);
    expect(session).toMatchObject({ id: sessionId, status: 'active' });
    expect(paths).toEqual(['GET /v1/jwks', `GET /v1/sessions/${sessionId}`]);
    paths.length = 0;
    await clerk.sessions.verifySession(sessionId, token, { issuer });
    expect(paths).toEqual([`GET /v1/sessions/${sessionId}`]);
  });

  it('refuses a token of another session (token-invalid-session-id) without fetching the session', async () => {
    const first = await openSession();
    const second = await openSession();
    paths.length = 0;
    expect(await reasonOf(clerk.sessions.verifySession(second.sessionId, first.token, { issuer }))).toBe('token-invalid-session-id');
    expect(paths.filter((p) => p.startsWith('GET /v1/sessions'))).toEqual([]);
  });

  it('refuses a session revoked after its token was minted (session-not-active)', async () => {
    const { sessionId, token } = await openSession();
    await clerk.sessions.revokeSession(sessionId);
    expect(await reasonOf(clerk.sessions.verifySession(sessionId, token, { issuer }))).toBe('session-not-active');
  });

  it('refuses a token signed by another key, and garbage, without fetching the session', async () => {
    const { sessionId } = await openSession();
    const emulatorKid = JSON.parse(Buffer.from((await clerk.sessions.getToken(sessionId)).split('.')[0]!, 'base64url').toString()).kid;
    const forged = signToken(sessionClaims({ sid: sessionId, iss: emu.url }), { key: rsaKey(), kid: emulatorKid });
    paths.length = 0;
    expect(await reasonOf(clerk.sessions.verifySession(sessionId, forged, { issuer }))).toBe('token-invalid-signature');
    expect(await reasonOf(clerk.sessions.verifySession(sessionId, 'x'.repeat(10 * 1024), { issuer }))).toBe('token-invalid');
    expect(paths).toEqual([]);
  });

  it('keeps the client default issuer check when no options are given', async () => {
    const { sessionId, token } = await openSession();
    const iss = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()).iss as string;
    const clerkLike = iss.startsWith('https://clerk.') || iss.includes('.clerk.accounts');
    const outcome = clerk.sessions.verifySession(sessionId, token);
    if (clerkLike) await expect(outcome).resolves.toMatchObject({ id: sessionId });
    else expect(await reasonOf(outcome)).toBe('token-invalid-issuer');
  });
});

describe('SessionAPI.verifySession without a client', () => {
  it('rejects an empty session id with invalid_argument, and a malformed token with token-invalid, sending nothing', async () => {
    const requester: Requester = { request: vi.fn() };
    const api = new SessionAPI(requester);
    const error = await rejectionOf(api.verifySession('', 'token'));
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.code).toBe('invalid_argument');
    expect(await reasonOf(api.verifySession('sess_1', 'not.a.jwt'))).toBe('token-invalid');
    expect(requester.request).not.toHaveBeenCalled();
  });
});
