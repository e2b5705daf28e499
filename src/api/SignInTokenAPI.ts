import { SignInToken } from '../models/SignInToken';
import { AbstractAPI } from './AbstractAPI';
import type { RequestOptions } from '../core/types';

/**
 * Parameters of {@link SignInTokenAPI.createSignInToken}.
 * @public
 */
export interface CreateSignInTokenParams {
  // <generated:CreateSignInTokenParams> from CreateSignInToken
  /** The user the token will sign in. */
  userId: string;
  /** Organization to make active once the user signs in; the user must be a member and organizations enabled. */
  orgId?: string | null;
  /** How long the token stays usable, in seconds (at least 1). The API uses 30 days when omitted. */
  expiresInSeconds?: number | null;
  // </generated:CreateSignInTokenParams>
}

/**
 * Creates and revokes sign-in tokens: one-time credentials that sign a user in from a link.
 * @public
 */
export class SignInTokenAPI extends AbstractAPI {
  /**
   * Creates a sign-in token for a user.
   * @param params - The user and the token's lifetime.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The new {@link SignInToken}, including its secret `token` and `url`.
   * @throws {@link ClerkAPIResponseError} 404 when the user does not exist, 422 when a parameter is invalid.
   */
  createSignInToken(params: CreateSignInTokenParams, options?: RequestOptions): Promise<SignInToken> {
    return this.send('signInTokens.createSignInToken POST /sign_in_tokens j', [], params, SignInToken.fromJSON, options, 'required');
  }

  /**
   * Revokes a sign-in token that has not been used yet.
   * @param signInTokenId - Id of the sign-in token.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link SignInToken}, now with status `revoked`.
   * @throws {@link ClerkAPIResponseError} 400 when the token can no longer be revoked, 404 when it does not exist.
   */
  revokeSignInToken(signInTokenId: string, options?: RequestOptions): Promise<SignInToken> {
    return this.send('signInTokens.revokeSignInToken POST /sign_in_tokens/{}/revoke', [signInTokenId], undefined, SignInToken.fromJSON, options);
  }
}
