import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of the verification that the email address and phone number `prepare_verification` and
 * `attempt_verification` endpoints answer with. The spec lists no required key, so every one is optional.
 * @public
 */
export interface IdentificationVerificationJSON {
  // <generated:IdentificationVerificationJSON>
  object?: string;
  id?: string;
  status?: string;
  strategy?: string;
  attempts?: number | null;
  expire_at?: number | null;
  channel?: string | null;
  // </generated:IdentificationVerificationJSON>
}

/**
 * A one-time-code check that the backend started on an email address or phone number, with its id so the
 * code can be submitted against it later.
 * @public
 */
export class IdentificationVerification extends ClerkModel<IdentificationVerificationJSON> {
  // @model IdentificationVerification from #/components/responses/_VerificationResponse/content/application~1json/schema
  // @override object type: string | null
  // @override object value: data.object ?? null
  // <generated:IdentificationVerification>
  /** Kind of object the API reported, when it did. */
  declare readonly object: string | null;
  /** Id of the verification; pass it as `verificationId` when submitting the code. */
  declare readonly id: string | null;
  /** Where the check stands, such as `unverified`, `verified`, `expired` or `failed`. */
  declare readonly status: string | null;
  /** How the code is delivered, such as `email_code` or `phone_code`. */
  declare readonly strategy: string | null;
  /** Codes submitted so far, when counted. */
  declare readonly attempts: number | null;
  /** When the code stops being accepted, Unix milliseconds. */
  declare readonly expireAt: number | null;
  /** Channel a phone code went out on (for example `sms`), when reported. */
  declare readonly channel: string | null;
  /** Builds an IdentificationVerification from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: IdentificationVerificationJSON) => IdentificationVerification;

  /** Maps the wire JSON; prefer {@link IdentificationVerification.fromJSON}. */
  constructor(data: IdentificationVerificationJSON) {
    super(data);
    this.object = data.object ?? null;
    this.id = data.id ?? null;
    this.status = data.status ?? null;
    this.strategy = data.strategy ?? null;
    this.attempts = data.attempts ?? null;
    this.expireAt = data.expire_at ?? null;
    this.channel = data.channel ?? null;
  }
  // </generated:IdentificationVerification>
}
