import { path } from '../core/path';
import { SignInToken } from '../models/SignInToken';
import { AbstractAPI } from './AbstractAPI';

/**
 * Parameters of {@link SignInTokenAPI.createSignInToken}.
 * @public
 */
export interface CreateSignInTokenParams {
  /** The user the token will sign in. */
  userId: string;
  /** How long the token stays usable, in seconds (at least 1). The API uses 30 days when omitted. */
  expiresInSeconds?: number;
  /** Organization to make active once the user signs in; the user must be a member and organizations enabled. */
  orgId?: string;
}

/**
 * Creates and revokes sign-in tokens: one-time credentials that sign a user in from a link.
 * @public
 */
export class SignInTokenAPI extends AbstractAPI {
  /**
   * Creates a sign-in token for a user.
   * @param params - The user and the token's lifetime.
   * @returns The new {@link SignInToken}, including its secret `token` and `url`.
   * @throws {@link ClerkAPIResponseError} 404 when the user does not exist, 422 when a parameter is invalid.
   */
  createSignInToken(params: CreateSignInTokenParams): Promise<SignInToken> {
    return this.request({ method: 'POST', path: '/sign_in_tokens', body: { ...params }, deserialize: SignInToken.fromJSON });
  }

  /**
   * Revokes a sign-in token that has not been used yet.
   * @param signInTokenId - Id of the sign-in token.
   * @returns The {@link SignInToken}, now with status `revoked`.
   * @throws {@link ClerkAPIResponseError} 400 when the token can no longer be revoked, 404 when it does not exist.
   */
  revokeSignInToken(signInTokenId: string): Promise<SignInToken> {
    return this.request({
      method: 'POST',
      path: path`/sign_in_tokens/${signInTokenId}/revoke`,
      deserialize: SignInToken.fromJSON,
    });
  }
}
