// Keys and session tokens made in the test process: RS256 signed with node:crypto, never by the code under test.
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

export interface TestKeys {
  privateKey: KeyObject;
  /** The public key as SPKI PEM, what `jwtKey` / `CLERK_JWT_KEY` hold. */
  pem: string;
}

export function makeKeys(): TestKeys {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { privateKey, pem: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}

const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A compact RS256 JWS over `claims`, with `header` fields merged in. */
export function signToken(claims: Record<string, unknown>, privateKey: KeyObject, header: Record<string, unknown> = {}): string {
  const input = `${b64({ alg: 'RS256', typ: 'JWT', kid: 'ins_test', ...header })}.${b64(claims)}`;
  return `${input}.${sign('RSA-SHA256', Buffer.from(input), privateKey).toString('base64url')}`;
}

/** Version-1 session claims valid for a minute. */
export function v1Claims(extra: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return {
    sub: 'user_2ada',
    sid: 'sess_2ada',
    iss: 'https://clerk.example.test',
    azp: 'https://app.example.test',
    iat: now - 1,
    nbf: now - 5,
    exp: now + 60,
    ...extra,
  };
}
