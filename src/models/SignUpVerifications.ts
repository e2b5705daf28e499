import { SignUpVerification, type SignUpVerificationJSON } from './SignUpVerification';
import { ClerkModel } from './ClerkModel';

/**
 * Wire shape of the verifications of a sign-up.
 * @public
 */
export interface SignUpVerificationsJSON {
  // <generated:SignUpVerificationsJSON>
  email_address: SignUpVerificationJSON | null;
  phone_number: SignUpVerificationJSON | null;
  web3_wallet: SignUpVerificationJSON | null;
  external_account: Record<string, unknown> | null;
  // </generated:SignUpVerificationsJSON>
}

/**
 * The verification state of each identifier a sign-up collects.
 * @public
 */
export class SignUpVerifications extends ClerkModel<SignUpVerificationsJSON> {
  // @model SignUpVerifications from SignUpVerifications
  // @override email_address json: : SignUpVerificationJSON | null
  // @override phone_number json: : SignUpVerificationJSON | null
  // @override web3_wallet json: : SignUpVerificationJSON | null
  // @override external_account type: Record<string, unknown> | null
  // @override external_account value: data.external_account ?? null
  // <generated:SignUpVerifications>
  /** Verification of the email address; null when the sign-up has none to verify. */
  declare readonly emailAddress: SignUpVerification | null;
  /** Verification of the phone number; null when the sign-up has none to verify. */
  declare readonly phoneNumber: SignUpVerification | null;
  /** Verification of the web3 wallet; null when the sign-up has none to verify. */
  declare readonly web3Wallet: SignUpVerification | null;
  /** Verification of an external (OAuth) account, copied as the API sent it; null when there is none. */
  declare readonly externalAccount: Record<string, unknown> | null;
  /** Builds a SignUpVerifications from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: SignUpVerificationsJSON) => SignUpVerifications;

  /** Maps the wire JSON; prefer {@link SignUpVerifications.fromJSON}. */
  constructor(data: SignUpVerificationsJSON) {
    super(data);
    this.emailAddress = data.email_address ? SignUpVerification.fromJSON(data.email_address) : null;
    this.phoneNumber = data.phone_number ? SignUpVerification.fromJSON(data.phone_number) : null;
    this.web3Wallet = data.web3_wallet ? SignUpVerification.fromJSON(data.web3_wallet) : null;
    this.externalAccount = data.external_account ?? null;
  }
  // </generated:SignUpVerifications>
}
