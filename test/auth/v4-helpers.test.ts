import { describe, expect, it } from 'vitest';
import { debugRequestState, makeAuthObjectSerializable, prunePrivateMetadata, sanitizeAuthObject, signedOutAuthObject } from '../../src/index';
import { testClient } from '../helpers/nock';

describe('v4 auth helpers', () => {
  it('signedOutAuthObject has every field null and refuses every check', async () => {
    const auth = signedOutAuthObject();
    expect(auth).toMatchObject({ userId: null, sessionId: null, orgId: null, isAuthenticated: false });
    expect(auth.has({ permission: 'org:x:y' })).toBe(false);
    await expect(auth.getToken()).resolves.toBeNull();
  });

  it('makeAuthObjectSerializable drops the functions and survives JSON', () => {
    const plain = makeAuthObjectSerializable(signedOutAuthObject());
    expect(Object.values(plain).some((value) => typeof value === 'function')).toBe(false);
    expect(JSON.parse(JSON.stringify(plain))).toMatchObject({ userId: null, tokenType: null });
  });

  it('prunePrivateMetadata and sanitizeAuthObject remove private metadata, in either spelling, without touching the input', () => {
    const user = { id: 'user_1', privateMetadata: { secret: 1 }, publicMetadata: { plan: 'pro' } };
    expect(prunePrivateMetadata(user)).toEqual({ id: 'user_1', publicMetadata: { plan: 'pro' } });
    expect(user.privateMetadata).toEqual({ secret: 1 });
    expect(prunePrivateMetadata(null)).toBeNull();
    const sanitized = sanitizeAuthObject({ userId: 'user_1', user, organization: { id: 'org_1', private_metadata: { x: 1 } }, has: () => true });
    expect(sanitized).toEqual({ userId: 'user_1', user: { id: 'user_1', publicMetadata: { plan: 'pro' } }, organization: { id: 'org_1' } });
  });

  it('debugRequestState keeps status, reason, message and kind, not the token', async () => {
    const state = await testClient().authenticateRequest(new Request('https://x.test', { headers: { authorization: 'Bearer abc.def' } }));
    const debug = debugRequestState(state);
    expect(debug).toMatchObject({ status: 'signed-out', isSignedIn: false, reason: 'token-invalid', tokenType: 'session_token' });
    expect(JSON.stringify(debug)).not.toContain('abc.def');
  });
});
