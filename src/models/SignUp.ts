import { SignUpVerifications, type SignUpVerificationsJSON } from './SignUpVerifications';
import { ClerkModel } from './ClerkModel';

/**
 * States a sign-up attempt can be in.
 * @public
 */
export type SignUpStatus = 'missing_requirements' | 'complete' | 'abandoned';

/** What a sign-up without a `verifications` object maps as: no verification for any identifier. */
function noVerifications(): SignUpVerificationsJSON {
  return { email_address: null, phone_number: null, web3_wallet: null, external_account: null };
}

/**
 * Wire shape of a sign-up attempt.
 * @public
 */
export interface SignUpJSON {
  // <generated:SignUpJSON>
  object: 'sign_up_attempt';
  id: string;
  status: SignUpStatus;
  required_fields: string[];
  optional_fields: string[];
  missing_fields: string[];
  unverified_fields: string[];
  verifications: SignUpVerificationsJSON;
  username: string | null;
  email_address: string | null;
  phone_number: string | null;
  web3_wallet: string | null;
  password_enabled: boolean;
  first_name: string | null;
  last_name: string | null;
  unsafe_metadata?: Record<string, unknown>;
  public_metadata?: Record<string, unknown>;
  custom_action: boolean;
  external_id: string | null;
  created_session_id: string | null;
  created_user_id: string | null;
  abandon_at: number;
  legal_accepted_at: number | null;
  locale?: string | null;
  external_account?: Record<string, unknown>;
  // </generated:SignUpJSON>
}

/**
 * A sign-up in progress (or finished): what it has collected so far and what it still needs.
 * @public
 */
export class SignUp extends ClerkModel<SignUpJSON> {
  // @model SignUp from SignUp
  // @override verifications value: SignUpVerifications.fromJSON(data.verifications ?? noVerifications())
  // @override unsafe_metadata type: Record<string, unknown> | null
  // @override unsafe_metadata value: data.unsafe_metadata ?? null
  // @override public_metadata type: Record<string, unknown> | null
  // @override public_metadata value: data.public_metadata ?? null
  // @override external_account type: Record<string, unknown> | null
  // @override external_account value: data.external_account ?? null
  // <generated:SignUp>
  /** Unique id of the sign-up attempt. */
  declare readonly id: string;
  /** Whether the sign-up still lacks something, has created its user, or was given up. */
  declare readonly status: SignUpStatus;
  /** Fields the instance requires before the sign-up can complete. */
  declare readonly requiredFields: string[];
  /** Fields the instance accepts but does not require. */
  declare readonly optionalFields: string[];
  /** Required fields not provided yet. */
  declare readonly missingFields: string[];
  /** Provided fields that still have to be verified. */
  declare readonly unverifiedFields: string[];
  /** Verification state of each identifier. */
  declare readonly verifications: SignUpVerifications;
  /** Username given so far, if any. */
  declare readonly username: string | null;
  /** Email address given so far, if any. */
  declare readonly emailAddress: string | null;
  /** Phone number given so far, if any. */
  declare readonly phoneNumber: string | null;
  /** Web3 wallet address given so far, if any. */
  declare readonly web3Wallet: string | null;
  /** Whether a password was set for the future user. */
  declare readonly passwordEnabled: boolean;
  /** First name given so far, if any. */
  declare readonly firstName: string | null;
  /** Last name given so far, if any. */
  declare readonly lastName: string | null;
  /** Metadata the frontend attached, copied as the API sent it (keys untouched); null when absent. */
  declare readonly unsafeMetadata: Record<string, unknown> | null;
  /** Public metadata the user will start with, copied as the API sent it (keys untouched); null when absent. */
  declare readonly publicMetadata: Record<string, unknown> | null;
  /** Whether the sign-up was flagged as a custom action by your backend. */
  declare readonly customAction: boolean;
  /** Your own id for the person signing up, copied onto the user once the sign-up completes. */
  declare readonly externalId: string | null;
  /** Session created when the sign-up completed, if it has. */
  declare readonly createdSessionId: string | null;
  /** User created when the sign-up completed, if it has. */
  declare readonly createdUserId: string | null;
  /** When the sign-up is dropped if left unfinished, Unix milliseconds. */
  declare readonly abandonAt: number;
  /** When the person accepted the legal terms, Unix milliseconds; null if they have not. */
  declare readonly legalAcceptedAt: number | null;
  /** Locale of the person signing up (such as `en-US`), when known. */
  declare readonly locale: string | null;
  /** The external account attached to the sign-up, copied as the API sent it; the API marks this field deprecated. */
  declare readonly externalAccount: Record<string, unknown> | null;
  /** Builds a SignUp from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: SignUpJSON) => SignUp;

  /** Maps the wire JSON; prefer {@link SignUp.fromJSON}. */
  constructor(data: SignUpJSON) {
    super(data);
    this.id = data.id;
    this.status = data.status;
    this.requiredFields = data.required_fields ?? [];
    this.optionalFields = data.optional_fields ?? [];
    this.missingFields = data.missing_fields ?? [];
    this.unverifiedFields = data.unverified_fields ?? [];
    this.verifications = SignUpVerifications.fromJSON(data.verifications ?? noVerifications());
    this.username = data.username ?? null;
    this.emailAddress = data.email_address ?? null;
    this.phoneNumber = data.phone_number ?? null;
    this.web3Wallet = data.web3_wallet ?? null;
    this.passwordEnabled = data.password_enabled;
    this.firstName = data.first_name ?? null;
    this.lastName = data.last_name ?? null;
    this.unsafeMetadata = data.unsafe_metadata ?? null;
    this.publicMetadata = data.public_metadata ?? null;
    this.customAction = data.custom_action;
    this.externalId = data.external_id ?? null;
    this.createdSessionId = data.created_session_id ?? null;
    this.createdUserId = data.created_user_id ?? null;
    this.abandonAt = data.abandon_at;
    this.legalAcceptedAt = data.legal_accepted_at ?? null;
    this.locale = data.locale ?? null;
    this.externalAccount = data.external_account ?? null;
  }
  // </generated:SignUp>
}
