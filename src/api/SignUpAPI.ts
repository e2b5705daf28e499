import { SignUp } from '../models/SignUp';
import { AbstractAPI } from './AbstractAPI';
import type { RequestOptions } from '../core/types';

/**
 * Parameters of {@link SignUpAPI.update}: the sign-up's id plus the fields to change.
 * @public
 */
export interface UpdateSignUpParams {
  // @params path id
  // @params rename id: signUpAttemptId
  // <generated:UpdateSignUpParams> from UpdateSignUp
  /** Id of the sign-up attempt (part of the path, not sent in the body). */
  signUpAttemptId: string;
  /** Your own id for the person signing up; copied onto the user when the sign-up completes. */
  externalId?: string | null;
  /** Flag the sign-up as a custom action. */
  customAction?: boolean | null;
  // </generated:UpdateSignUpParams>
}

/**
 * Reads and annotates sign-up attempts.
 * @public
 */
export class SignUpAPI extends AbstractAPI {
  /**
   * Fetches one sign-up attempt.
   * @param signUpAttemptId - Id of the sign-up attempt.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link SignUp}.
   * @throws {@link ClerkAPIResponseError} when the sign-up does not exist or may not be read (403).
   */
  get(signUpAttemptId: string, options?: RequestOptions): Promise<SignUp> {
    return this.send('signUps.get GET /sign_ups/{}', [signUpAttemptId], undefined, SignUp.fromJSON, options);
  }

  /**
   * Updates a sign-up attempt that is still in progress.
   * @param params - The sign-up's id and the fields to change.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link SignUp}.
   * @throws {@link ClerkAPIResponseError} when the sign-up does not exist or may not be changed (403).
   */
  update(params: UpdateSignUpParams, options?: RequestOptions): Promise<SignUp> {
    return this.sendFrom('signUps.update PATCH /sign_ups/{} j', ['signUpAttemptId'], params, SignUp.fromJSON, options);
  }
}
