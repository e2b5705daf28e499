import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of an email sent through the retired v4 emails endpoint.
 * @public
 */
export interface EmailJSON {
  object: 'email';
  id: string;
  from_email_name: string;
  email_address_id: string | null;
  to_email_address?: string;
  subject?: string;
  body?: string;
  status?: string;
}

/**
 * An email that v4's `emails.createEmail` sent to a user's address.
 *
 * The endpoint behind it is retired: the Backend API no longer sends or returns emails, so the SDK
 * never builds one from a response. The class stays so code that imports v4's class still compiles.
 * @public
 */
export class Email extends ClerkModel<EmailJSON> {
  /** Unique id of the email. */
  declare readonly id: string;
  /** Name shown in the sender address (the part before the `@`). */
  declare readonly fromEmailName: string;
  /** Id of the recipient's email address record, if known. */
  declare readonly emailAddressId: string | null;
  /** The recipient's address, when reported. */
  declare readonly toEmailAddress: string | null;
  /** Subject line, when reported. */
  declare readonly subject: string | null;
  /** Message body, when reported. */
  declare readonly body: string | null;
  /** Delivery state, when reported. */
  declare readonly status: string | null;
  /** Builds an Email from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: EmailJSON) => Email;

  /** Maps the wire JSON; prefer {@link Email.fromJSON}. */
  constructor(data: EmailJSON) {
    super(data);
    this.id = data.id;
    this.fromEmailName = data.from_email_name;
    this.emailAddressId = data.email_address_id ?? null;
    this.toEmailAddress = data.to_email_address ?? null;
    this.subject = data.subject ?? null;
    this.body = data.body ?? null;
    this.status = data.status ?? null;
  }
}
