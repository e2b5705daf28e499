import { ClerkModel } from './ClerkModel';
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
export class SignUpVerification extends ClerkModel<SignUpVerificationJSON> {
  // @model SignUpVerification from SignUpVerification
  // <generated:SignUpVerification>
  /** The step the sign-up must take next for this identifier, when the API reports it. */
  declare readonly nextAction: SignUpVerificationNextAction | null;
  /** Verification strategies (such as `email_code`) that can be used; empty when none are listed. */
  declare readonly supportedStrategies: string[];
  /** Builds a SignUpVerification from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: SignUpVerificationJSON) => SignUpVerification;

  /** Maps the wire JSON; prefer {@link SignUpVerification.fromJSON}. */
  constructor(data: SignUpVerificationJSON) {
    super(data);
    this.nextAction = data.next_action ?? null;
    this.supportedStrategies = data.supported_strategies ?? [];
  }
  // </generated:SignUpVerification>
}
