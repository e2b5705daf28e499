import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of a text message sent through the retired v4 SMS endpoint.
 * @public
 */
export interface SMSMessageJSON {
  object: 'sms_message';
  id: string;
  from_phone_number: string;
  to_phone_number: string;
  phone_number_id: string | null;
  message: string;
  status: string;
}

/**
 * A text message that v4's `smsMessages.createSMSMessage` sent to a user's phone number.
 *
 * The endpoint behind it is retired: the Backend API no longer sends or returns SMS messages, so the SDK
 * never builds one from a response. The class stays so code that imports v4's class still compiles.
 * @public
 */
export class SMSMessage extends ClerkModel<SMSMessageJSON> {
  /** Unique id of the message. */
  declare readonly id: string;
  /** Number the message was sent from, E.164 format. */
  declare readonly fromPhoneNumber: string;
  /** Number the message was sent to, E.164 format. */
  declare readonly toPhoneNumber: string;
  /** Id of the recipient's phone number record, if known. */
  declare readonly phoneNumberId: string | null;
  /** Text of the message. */
  declare readonly message: string;
  /** Delivery state. */
  declare readonly status: string;
  /** Builds a SMSMessage from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: SMSMessageJSON) => SMSMessage;

  /** Maps the wire JSON; prefer {@link SMSMessage.fromJSON}. */
  constructor(data: SMSMessageJSON) {
    super(data);
    this.id = data.id;
    this.fromPhoneNumber = data.from_phone_number;
    this.toPhoneNumber = data.to_phone_number;
    this.phoneNumberId = data.phone_number_id ?? null;
    this.message = data.message;
    this.status = data.status;
  }
}
