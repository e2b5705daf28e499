import { constants, createHmac, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A key pair made in the test, with its public half as PEM and as a JWK. */
export interface TestKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  pem: string;
  jwk: Record<string, unknown>;
  kid: string;
}

let counter = 0;

export function rsaKey(kid = `kid_rsa_${++counter}`, modulusLength = 2048): TestKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength });
  return describeKey(privateKey, publicKey, kid, 'RS256');
}

export function ecKey(kid = `kid_ec_${++counter}`, namedCurve = 'P-256'): TestKey {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve });
  return describeKey(privateKey, publicKey, kid, namedCurve === 'P-256' ? 'ES256' : 'ES384');
}

export function edKey(kid = `kid_ed_${++counter}`): TestKey {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return describeKey(privateKey, publicKey, kid, 'EdDSA');
}

function describeKey(privateKey: KeyObject, publicKey: KeyObject, kid: string, alg: string): TestKey {
  const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid, alg, use: 'sig' };
  return { privateKey, publicKey, pem, jwk, kid };
}

const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Seconds since the epoch. */
export const nowSeconds = (): number => Math.floor(Date.now() / 1000);

/** Claims of a plausible session token, valid for a minute. */
export function sessionClaims(extra: Record<string, unknown> = {}): Record<string, unknown> {
  const iat = nowSeconds();
  return { iss: 'https://clerk.example.com', sub: 'user_1', sid: 'sess_1', azp: 'https://app.example.com', iat, nbf: iat - 10, exp: iat + 60, ...extra };
}

/**
 * Signs a token the way the header says (RS*, ES*, HS*, none); `secret` is the HMAC secret for HS*. The header is
 * written as given, so a test can lie in it.
 */
export function signToken(
  payload: Record<string, unknown>,
  options: { key?: TestKey; alg?: string; kid?: string | null; header?: Record<string, unknown>; signWith?: string; secret?: string } = {},
): string {
  const alg = options.alg ?? 'RS256';
  const header: Record<string, unknown> = { alg, typ: 'JWT', ...options.header };
  const kid = options.kid === undefined ? options.key?.kid : options.kid;
  if (kid !== null && kid !== undefined) header.kid = kid;
  const input = `${b64(header)}.${b64(payload)}`;
  const how = options.signWith ?? alg;
  let signature: Buffer;
  if (how === 'none') signature = Buffer.alloc(0);
  else if (how === 'EdDSA') signature = sign(null, Buffer.from(input), options.key!.privateKey);
  else if (how.startsWith('PS')) {
    signature = sign(`sha${how.slice(2)}`, Buffer.from(input), {
      key: options.key!.privateKey,
      padding: constants.RSA_PKCS1_PSS_PADDING,
      saltLength: constants.RSA_PSS_SALTLEN_DIGEST,
    });
  } else if (how.startsWith('HS'))
    signature = createHmac(`sha${how.slice(2)}`, options.secret ?? '')
      .update(input)
      .digest();
  else if (how.startsWith('ES')) signature = sign(`sha${how.slice(2)}`, Buffer.from(input), { key: options.key!.privateKey, dsaEncoding: 'ieee-p1363' });
  else signature = sign(`sha${how.slice(2)}`, Buffer.from(input), options.key!.privateKey);
  return `${input}.${signature.toString('base64url')}`;
}

/** A JWKS endpoint on 127.0.0.1 that counts its requests and can be told to fail. */
export interface JwksServer {
  url: string;
  requests: number;
  authorizations: string[];
  keys: Array<Record<string, unknown>>;
  /** When set, every request gets this status and an error body. */
  failWith: number | undefined;
  close(): Promise<void>;
}

export async function startJwksServer(keys: Array<Record<string, unknown>>): Promise<JwksServer> {
  const state = { requests: 0, authorizations: [] as string[], keys, failWith: undefined as number | undefined };
  const server: Server = createServer((req: IncomingMessage, res) => {
    if (req.url !== '/v1/jwks') {
      res.writeHead(404).end();
      return;
    }
    state.requests++;
    state.authorizations.push(String(req.headers.authorization));
    if (state.failWith !== undefined) {
      res.writeHead(state.failWith, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ code: state.failWith === 401 ? 'clerk_key_invalid' : 'unavailable', message: 'nope' }] }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: state.keys }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  });
}
