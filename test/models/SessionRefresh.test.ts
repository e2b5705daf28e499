import { describe, expect, it } from 'vitest';
import { Token } from '../../src/index';
import { Cookies } from '../../src/models/Cookies';
import { sessionRefreshFromJSON } from '../../src/models/SessionRefresh';
import { fixture } from '../helpers/nock';

describe('sessionRefreshFromJSON', () => {
  it('builds Cookies for a cookies answer and a Token otherwise', () => {
    const cookies = fixture('sessions/refresh-session-cookies');
    const token = fixture('sessions/refresh-session-token');
    const fromCookies = sessionRefreshFromJSON(cookies);
    const fromToken = sessionRefreshFromJSON(token);
    expect(fromCookies).toBeInstanceOf(Cookies);
    expect(fromCookies.raw).toBe(cookies);
    expect((fromCookies as Cookies).cookies).toHaveLength(2);
    expect(fromToken).toBeInstanceOf(Token);
    expect((fromToken as Token).jwt).toBe(token.jwt);
  });
});
