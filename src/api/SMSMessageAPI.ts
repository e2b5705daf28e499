import type { SMSMessage } from '../models/SMSMessage';
import { AbstractAPI } from './AbstractAPI';
import type { RequestOptions } from '../core/types';

/**
 * Parameters of {@link SMSMessageAPI.createSMSMessage} (kept from v4; the endpoint is retired).
 * @public
 */
export interface CreateSMSMessageParams {
  // @params hand-written: the v4 `POST /sms_messages` endpoint is not in the 2026-05-12 spec
  /** Id of the recipient's phone number record. */
  phoneNumberId: string;
  /** Text to send. */
  message: string;
}

/**
 * The v4 SMS API. Its only endpoint is retired, so its method always rejects.
 * @public
 */
export class SMSMessageAPI extends AbstractAPI {
  /**
   * Retired: the Backend API no longer sends arbitrary text messages. Always rejects, and sends nothing.
   * @param params - The v4 SMS fields (unused).
   * @param options - Per-call request options; accepted for compatibility and ignored, as nothing is sent.
   * @returns A promise that rejects with a {@link ClerkSDKError} whose code is `endpoint_removed`.
   * @deprecated There is no Backend API replacement; send the message with your own SMS provider.
   */
  createSMSMessage(params: CreateSMSMessageParams, options?: RequestOptions): Promise<SMSMessage> {
    void options;
    void params;
    return this.removed('smsMessages.createSMSMessage', 'There is no Backend API replacement: send the message through your own SMS provider.');
  }
}
