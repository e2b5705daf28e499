import { DeletedObject } from '../models/DeletedObject';
import { EmailAddress } from '../models/EmailAddress';
import { IdentificationVerification } from '../models/IdentificationVerification';
import { AbstractAPI } from './AbstractAPI';
import type { RequestOptions } from '../core/types';

/**
 * Parameters of {@link EmailAddressAPI.createEmailAddress}.
 * @public
 */
export interface CreateEmailAddressParams {
  // <generated:CreateEmailAddressParams> from CreateEmailAddress
  /** Id of the user who will own the address. */
  userId: string;
  /** The email address to add. */
  emailAddress: string;
  /** Mark the address as verified without sending a code. */
  verified?: boolean | null;
  /** Make it the user's primary address (it must then also be verified). */
  primary?: boolean | null;
  /** When it becomes primary, email the previous primary address about the change. */
  notifyPrimaryEmailAddressChanged?: boolean | null;
  // </generated:CreateEmailAddressParams>
}

/**
 * Parameters of {@link EmailAddressAPI.updateEmailAddress}.
 * @public
 */
export interface UpdateEmailAddressParams {
  // <generated:UpdateEmailAddressParams> from UpdateEmailAddress
  /** Mark the address as verified (true) or unverified (false). */
  verified?: boolean | null;
  /** Make it the user's primary address. */
  primary?: boolean | null;
  /** When it becomes primary, email the previous primary address about the change. */
  notifyPrimaryEmailAddressChanged?: boolean | null;
  // </generated:UpdateEmailAddressParams>
}

/**
 * Parameters of {@link EmailAddressAPI.attemptEmailAddressVerification}.
 * @public
 */
export interface AttemptEmailAddressVerificationParams {
  // <generated:AttemptEmailAddressVerificationParams> from AttemptEmailAddressVerification
  /** Id of the verification that {@link EmailAddressAPI.prepareEmailAddressVerification} started. */
  verificationId: string;
  /** The one-time code the user received. */
  code: string;
  // </generated:AttemptEmailAddressVerificationParams>
}

/**
 * Reads and manages the email addresses of users.
 * @public
 */
export class EmailAddressAPI extends AbstractAPI {
  /**
   * Fetches one email address.
   * @param emailAddressId - Id of the email address.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link EmailAddress}.
   * @throws {@link ClerkAPIResponseError} 404 when no such address exists; {@link ClerkSDKError} `invalid_argument` when the id is empty.
   */
  getEmailAddress(emailAddressId: string, options?: RequestOptions): Promise<EmailAddress> {
    return this.send('emailAddresses.getEmailAddress GET /email_addresses/{}', [emailAddressId], undefined, EmailAddress.fromJSON, options);
  }

  /**
   * Adds an email address to a user.
   * @param params - The owner, the address and how to flag it.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The new {@link EmailAddress}.
   * @throws {@link ClerkAPIResponseError} 422 when the address is malformed or taken, 404 when the user does not exist.
   */
  createEmailAddress(params: CreateEmailAddressParams, options?: RequestOptions): Promise<EmailAddress> {
    return this.send('emailAddresses.createEmailAddress POST /email_addresses j', [], params, EmailAddress.fromJSON, options, 'required');
  }

  /**
   * Changes the verified or primary flag of an email address.
   * @param emailAddressId - Id of the email address.
   * @param params - The flags to change; omitted ones stay as they are.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link EmailAddress}.
   * @throws {@link ClerkAPIResponseError} 404 when no such address exists.
   */
  updateEmailAddress(emailAddressId: string, params: UpdateEmailAddressParams = {}, options?: RequestOptions): Promise<EmailAddress> {
    return this.send('emailAddresses.updateEmailAddress PATCH /email_addresses/{} j', [emailAddressId], params, EmailAddress.fromJSON, options, 'optional');
  }

  /**
   * Removes an email address from its user.
   * @param emailAddressId - Id of the email address.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns A {@link DeletedObject} confirming the removal.
   * @throws {@link ClerkAPIResponseError} 404 when no such address exists.
   */
  deleteEmailAddress(emailAddressId: string, options?: RequestOptions): Promise<DeletedObject> {
    return this.send('emailAddresses.deleteEmailAddress DELETE /email_addresses/{}', [emailAddressId], undefined, DeletedObject.fromJSON, options);
  }

  /**
   * Sends a one-time code to the email address so a backend-driven flow can check that the user controls it.
   * @param emailAddressId - Id of the email address.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The started {@link IdentificationVerification}; keep its `id` to submit the code.
   * @throws {@link ClerkAPIResponseError} 404 when no such address exists.
   */
  prepareEmailAddressVerification(emailAddressId: string, options?: RequestOptions): Promise<IdentificationVerification> {
    return this.send(
      'emailAddresses.prepareEmailAddressVerification POST /email_addresses/{}/prepare_verification',
      [emailAddressId],
      undefined,
      IdentificationVerification.fromJSON,
      options,
    );
  }

  /**
   * Submits a one-time code for a verification started with {@link EmailAddressAPI.prepareEmailAddressVerification}.
   * A wrong or expired code is not an error: the returned verification's `status` says so. A correct code also marks the
   * address as verified.
   * @param emailAddressId - Id of the email address.
   * @param params - The `verificationId` and the `code`.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link IdentificationVerification} with its new status and attempt count.
   * @throws {@link ClerkAPIResponseError} 400 when the verification was already completed; 404 when the address or verification does not exist.
   */
  attemptEmailAddressVerification(
    emailAddressId: string,
    params: AttemptEmailAddressVerificationParams,
    options?: RequestOptions,
  ): Promise<IdentificationVerification> {
    return this.send(
      'emailAddresses.attemptEmailAddressVerification POST /email_addresses/{}/attempt_verification jr',
      [emailAddressId],
      params,
      IdentificationVerification.fromJSON,
      options,
      'required',
    );
  }
}
