import type { Email } from '../models/Email';
import { AbstractAPI } from './AbstractAPI';
import type { RequestOptions } from '../core/types';

/**
 * Parameters of {@link EmailAPI.createEmail} (kept from v4; the endpoint is retired).
 * @public
 */
export interface CreateEmailParams {
  // @params hand-written: the v4 `POST /emails` endpoint is not in the 2026-05-12 spec
  /** Local part of the sender address, such as `support`. */
  fromEmailName: string;
  /** Id of the recipient's email address record. */
  emailAddressId: string;
  /** Subject line. */
  subject: string;
  /** Message body. */
  body: string;
}

/**
 * The v4 emails API. Its only endpoint is retired, so its method always rejects.
 * @public
 */
export class EmailAPI extends AbstractAPI {
  /**
   * Retired: the Backend API no longer sends arbitrary emails. Always rejects, and sends nothing.
   * @param params - The v4 email fields (unused).
   * @param options - Per-call request options; accepted for compatibility and ignored, as nothing is sent.
   * @returns A promise that rejects with a {@link ClerkSDKError} whose code is `endpoint_removed`.
   * @deprecated There is no Backend API replacement; send the email with your own email provider.
   */
  createEmail(params: CreateEmailParams, options?: RequestOptions): Promise<Email> {
    void options;
    void params;
    return this.removed('emails.createEmail', 'There is no Backend API replacement: send the email through your own email provider.');
  }
}
