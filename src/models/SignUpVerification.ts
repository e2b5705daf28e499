/**
 * What a sign-up verification waits for next; empty when nothing is pending.
 * @public
 */
export type SignUpVerificationNextAction = 'needs_prepare' | 'needs_attempt' | '';

/**
 * Wire shape of the verification state of one sign-up identifier. The API may add fields beyond these.
 * @public
 */
export interface SignUpVerificationJSON {
  // <generated:SignUpVerificationJSON>
  next_action?: SignUpVerificationNextAction;
  supported_strategies?: string[];
  // </generated:SignUpVerificationJSON>
  /** Other fields the API sends (status, strategy, …), which this SDK does not map. */
  [key: string]: unknown;
}

/**
 * Where the verification of one identifier of a sign-up (email address, phone number or wallet) stands.
 * @public
 */
export class SignUpVerification {
  // @model SignUpVerification from SignUpVerification
  // <generated:SignUpVerification>
  /** The step the sign-up must take next for this identifier, when the API reports it. */
  declare readonly nextAction: SignUpVerificationNextAction | null;
  /** Verification strategies (such as `email_code`) that can be used; empty when none are listed. */
  declare readonly supportedStrategies: string[];
  readonly #raw: SignUpVerificationJSON;

  /** Maps the wire JSON; prefer {@link SignUpVerification.fromJSON}. */
  constructor(data: SignUpVerificationJSON) {
    this.nextAction = data.next_action ?? null;
    this.supportedStrategies = data.supported_strategies ?? [];
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): SignUpVerificationJSON {
    return this.#raw;
  }

  /** Builds a SignUpVerification from the API's JSON. */
  static fromJSON(data: SignUpVerificationJSON): SignUpVerification {
    return make(data);
  }
  // </generated:SignUpVerification>
}

// <generated:make-SignUpVerification>
function make(data: SignUpVerificationJSON): SignUpVerification {
  return new SignUpVerification(data);
}
// </generated:make-SignUpVerification>
