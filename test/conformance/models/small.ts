// Models of the small resources' responses (group G6) and what they nest. The v4 ones (Session, Invitation,
// Token…) are registered in ./v4.ts.
import { ActorToken } from '../../../src/models/ActorToken';
import { BlocklistIdentifier } from '../../../src/models/BlocklistIdentifier';
import { CNameTarget } from '../../../src/models/CNameTarget';
import { Cookies } from '../../../src/models/Cookies';
import { Domain } from '../../../src/models/Domain';
import { Jwks, type JwksKeyJSON } from '../../../src/models/Jwks';
import { JwtTemplate } from '../../../src/models/JwtTemplate';
import { sessionRefreshFromJSON } from '../../../src/models/SessionRefresh';
import { SignUp } from '../../../src/models/SignUp';
import { SignUpVerification } from '../../../src/models/SignUpVerification';
import { SignUpVerifications } from '../../../src/models/SignUpVerifications';
import { Template } from '../../../src/models/Template';
import { TestingToken } from '../../../src/models/TestingToken';
import { WaitlistEntry } from '../../../src/models/WaitlistEntry';
import type { ModelRegistry } from '../types';

// JWKS keys stay plain JWK objects inside Jwks.keys (the standard format JOSE libraries take), so each key schema
// maps to itself.
const jwk = (json: JwksKeyJSON): JwksKeyJSON => json;

export const models: ModelRegistry = {
  ActorToken: ActorToken.fromJSON,
  BlocklistIdentifier: BlocklistIdentifier.fromJSON,
  CNameTarget: CNameTarget.fromJSON,
  Cookies: Cookies.fromJSON,
  Domain: Domain.fromJSON,
  JWKS: Jwks.fromJSON,
  'JWKS.ed25519.PublicKey': jwk,
  'JWKS.ecdsa.PublicKey': jwk,
  'JWKS.rsa.PublicKey': jwk,
  'JWKS.ed25519.PrivateKey': jwk,
  'JWKS.ecdsa.PrivateKey': jwk,
  'JWKS.rsa.PrivateKey': jwk,
  'JWKS.symmetric.Key': jwk,
  JWTTemplate: JwtTemplate.fromJSON,
  // oneOf(Token, Cookies): resolved by the answer's `object`.
  SessionRefresh: sessionRefreshFromJSON,
  SignUp: SignUp.fromJSON,
  SignUpVerification: SignUpVerification.fromJSON,
  SignUpVerifications: SignUpVerifications.fromJSON,
  Template: Template.fromJSON,
  TestingToken: TestingToken.fromJSON,
  WaitlistEntry: WaitlistEntry.fromJSON,
};
