import { TokenVerificationError } from './errors';
import type { ClientVerifierDeps } from './index';
import type { JwtPayload, TokenVerifier, VerifyJwtOptions, VerifyTokenOptions } from './types';

function notYet(): Promise<never> {
  return Promise.reject(new TokenVerificationError({ reason: 'token-verification-failed', message: 'Not implemented yet.' }));
}

export function verifyJwtWithKey(token: string, options: VerifyJwtOptions): Promise<JwtPayload> {
  void token;
  void options;
  return notYet();
}

export function verifyTokenStandalone(token: string, options: VerifyTokenOptions): Promise<JwtPayload> {
  void token;
  void options;
  return notYet();
}

export function createJwksVerifier(deps: ClientVerifierDeps): TokenVerifier {
  void deps;
  return () => notYet();
}
