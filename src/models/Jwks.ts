import { ClerkModel } from './ClerkModel';
/**
 * Fields every key of a JSON Web Key Set carries (RFC 7517).
 * @public
 */
export interface JwksKeyBaseJSON {
  /** Key id; session tokens name the key that signed them in their `kid` header. */
  kid: string;
  /** Algorithm the key is used with, such as `RS256`. */
  alg: string;
  /** Intended use, `sig` for signing keys. */
  use: string;
  /** X.509 certificate chain, base64-encoded DER, when published. */
  x5c?: string[];
  /** SHA-1 thumbprint of the certificate, when published. */
  x5t?: string;
  /** SHA-256 thumbprint of the certificate, when published. */
  'x5t#S256'?: string;
  /** URL of the certificate chain, when published. */
  x5u?: string;
}

/**
 * An RSA key; the private members appear only on private keys.
 * @public
 */
export interface JwksRsaKeyJSON extends JwksKeyBaseJSON {
  kty: 'RSA';
  /** Modulus, base64url. */
  n: string;
  /** Public exponent, base64url. */
  e: string;
  d?: string;
  p?: string;
  q?: string;
  dp?: string;
  dq?: string;
  qi?: string;
  crv?: string;
}

/**
 * An elliptic-curve (ECDSA) key; `d` appears only on private keys.
 * @public
 */
export interface JwksEcKeyJSON extends JwksKeyBaseJSON {
  kty: 'EC';
  /** Curve name, such as `P-256`. */
  crv: string;
  x: string;
  y: string;
  d?: string;
}

/**
 * An Ed25519 key; `d` appears only on private keys.
 * @public
 */
export interface JwksOkpKeyJSON extends JwksKeyBaseJSON {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  d?: string;
}

/**
 * A symmetric (shared secret) key.
 * @public
 */
export interface JwksSymmetricKeyJSON extends JwksKeyBaseJSON {
  kty: 'oct';
  /** The secret, base64url. */
  k: string;
}

/**
 * One key of a JSON Web Key Set, in the standard JWK format.
 * @public
 */
export type JwksKeyJSON = JwksRsaKeyJSON | JwksEcKeyJSON | JwksOkpKeyJSON | JwksSymmetricKeyJSON;

/**
 * Wire shape of the instance JSON Web Key Set.
 * @public
 */
export interface JwksJSON {
  // <generated:JwksJSON>
  keys?: JwksKeyJSON[];
  // </generated:JwksJSON>
}

/**
 * The instance's JSON Web Key Set: the public keys that verify its session tokens.
 * @public
 */
export class Jwks extends ClerkModel<JwksJSON> {
  // @model Jwks from JWKS
  // @override keys json: ?: JwksKeyJSON[]
  // @override keys type: JwksKeyJSON[]
  // <generated:Jwks>
  /**
   * The keys, kept exactly in the standard JWK format (not camelCased), so they can be handed to a JOSE
   * library as they are; empty when the API lists none.
   */
  declare readonly keys: JwksKeyJSON[];
  /** Builds a Jwks from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: JwksJSON) => Jwks;

  /** Maps the wire JSON; prefer {@link Jwks.fromJSON}. */
  constructor(data: JwksJSON) {
    super(data);
    this.keys = data.keys ?? [];
  }
  // </generated:Jwks>
}
