import { DeletedObject } from '../models/DeletedObject';
import { PhoneNumber } from '../models/PhoneNumber';
import { IdentificationVerification } from '../models/IdentificationVerification';
import { AbstractAPI } from './AbstractAPI';
import type { RequestOptions } from '../core/types';

/**
 * Parameters of {@link PhoneNumberAPI.createPhoneNumber}.
 * @public
 */
export interface CreatePhoneNumberParams {
  // <generated:CreatePhoneNumberParams> from CreatePhoneNumber
  /** Id of the user who will own the number. */
  userId: string;
  /** The phone number to add, in E.164 format (for example `+15555550100`). */
  phoneNumber: string;
  /** Mark the number as verified without sending a code. */
  verified?: boolean | null;
  /** Make it the user's primary number (it must then also be verified). */
  primary?: boolean | null;
  /** Keep the number for second-factor use only, so it cannot be used to sign in. */
  reservedForSecondFactor?: boolean | null;
  // </generated:CreatePhoneNumberParams>
}

/**
 * Parameters of {@link PhoneNumberAPI.updatePhoneNumber}.
 * @public
 */
export interface UpdatePhoneNumberParams {
  // <generated:UpdatePhoneNumberParams> from UpdatePhoneNumber
  /** Mark the number as verified (true) or unverified (false). */
  verified?: boolean | null;
  /** Make it the user's primary number. */
  primary?: boolean | null;
  /** Keep the number for second-factor use only. */
  reservedForSecondFactor?: boolean | null;
  // </generated:UpdatePhoneNumberParams>
}

/**
 * Parameters of {@link PhoneNumberAPI.attemptPhoneNumberVerification}.
 * @public
 */
export interface AttemptPhoneNumberVerificationParams {
  // <generated:AttemptPhoneNumberVerificationParams> from AttemptPhoneNumberVerification
  /** Id of the verification that {@link PhoneNumberAPI.preparePhoneNumberVerification} started. */
  verificationId: string;
  /** The one-time code the user received. */
  code: string;
  // </generated:AttemptPhoneNumberVerificationParams>
}

/**
 * Reads and manages the phone numbers of users.
 * @public
 */
export class PhoneNumberAPI extends AbstractAPI {
  /**
   * Fetches one phone number.
   * @param phoneNumberId - Id of the phone number.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link PhoneNumber}.
   * @throws {@link ClerkAPIResponseError} 404 when no such number exists; {@link ClerkSDKError} `invalid_argument` when the id is empty.
   */
  getPhoneNumber(phoneNumberId: string, options?: RequestOptions): Promise<PhoneNumber> {
    return this.send('phoneNumbers.getPhoneNumber GET /phone_numbers/{}', [phoneNumberId], undefined, PhoneNumber.fromJSON, options);
  }

  /**
   * Adds a phone number to a user.
   * @param params - The owner, the number and how to flag it.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The new {@link PhoneNumber}.
   * @throws {@link ClerkAPIResponseError} 422 when the number is malformed or taken, 404 when the user does not exist.
   */
  createPhoneNumber(params: CreatePhoneNumberParams, options?: RequestOptions): Promise<PhoneNumber> {
    return this.send('phoneNumbers.createPhoneNumber POST /phone_numbers j', [], params, PhoneNumber.fromJSON, options, 'required');
  }

  /**
   * Changes the verified, primary or second-factor flag of a phone number.
   * @param phoneNumberId - Id of the phone number.
   * @param params - The flags to change; omitted ones stay as they are.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link PhoneNumber}.
   * @throws {@link ClerkAPIResponseError} 404 when no such number exists.
   */
  updatePhoneNumber(phoneNumberId: string, params: UpdatePhoneNumberParams = {}, options?: RequestOptions): Promise<PhoneNumber> {
    return this.send('phoneNumbers.updatePhoneNumber PATCH /phone_numbers/{} j', [phoneNumberId], params, PhoneNumber.fromJSON, options, 'optional');
  }

  /**
   * Removes a phone number from its user.
   * @param phoneNumberId - Id of the phone number.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns A {@link DeletedObject} confirming the removal.
   * @throws {@link ClerkAPIResponseError} 404 when no such number exists.
   */
  deletePhoneNumber(phoneNumberId: string, options?: RequestOptions): Promise<DeletedObject> {
    return this.send('phoneNumbers.deletePhoneNumber DELETE /phone_numbers/{}', [phoneNumberId], undefined, DeletedObject.fromJSON, options);
  }

  /**
   * Sends a one-time code to the phone number so a backend-driven flow can check that the user
   * controls it. Phone codes are rate limited, so a 429 can come back.
   * @param phoneNumberId - Id of the phone number.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The started {@link IdentificationVerification}; keep its `id` to submit the code.
   * @throws {@link ClerkAPIResponseError} 404 when no such number exists; 429 when too many codes were requested.
   */
  preparePhoneNumberVerification(phoneNumberId: string, options?: RequestOptions): Promise<IdentificationVerification> {
    return this.send(
      'phoneNumbers.preparePhoneNumberVerification POST /phone_numbers/{}/prepare_verification',
      [phoneNumberId],
      undefined,
      IdentificationVerification.fromJSON,
      options,
    );
  }

  /**
   * Submits a one-time code for a verification started with {@link PhoneNumberAPI.preparePhoneNumberVerification}.
   * A wrong or expired code is not an error: the returned verification's `status` says so. A correct code also marks the
   * number as verified.
   * @param phoneNumberId - Id of the phone number.
   * @param params - The `verificationId` and the `code`.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link IdentificationVerification} with its new status and attempt count.
   * @throws {@link ClerkAPIResponseError} 400 when the verification was already completed; 404 when the number or verification does not exist.
   */
  attemptPhoneNumberVerification(
    phoneNumberId: string,
    params: AttemptPhoneNumberVerificationParams,
    options?: RequestOptions,
  ): Promise<IdentificationVerification> {
    return this.send(
      'phoneNumbers.attemptPhoneNumberVerification POST /phone_numbers/{}/attempt_verification jr',
      [phoneNumberId],
      params,
      IdentificationVerification.fromJSON,
      options,
      'required',
    );
  }
}
