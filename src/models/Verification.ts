import type { ClerkAPIError } from '../core/errors';
import { ClerkModel } from './ClerkModel';

/**
 * The `object` values of the verification variants the API sends.
 * @public
 */
export type VerificationObjectType =
  | 'verification_otp'
  | 'verification_admin'
  | 'verification_from_oauth'
  | 'verification_ticket'
  | 'verification_saml'
  | 'verification_email_link'
  | 'verification_scim'
  | 'verification_web3'
  | 'verification_passkey'
  | 'verification_oauth'
  | 'verification_google_one_tap';

/**
 * Every state a verification can be in, across all variants.
 * @public
 */
export type VerificationStatus = 'unverified' | 'verified' | 'failed' | 'expired' | 'transferable';

/**
 * How an identifier was (or is being) verified. OAuth strategies are open-ended (`oauth_google`,
 * `oauth_custom_acme`, `from_oauth_github`...), so they are typed by prefix.
 * @public
 */
export type VerificationStrategy =
  | 'phone_code'
  | 'email_code'
  | 'reset_password_email_code'
  | 'admin'
  | 'ticket'
  | 'saml'
  | 'email_link'
  | 'scim'
  | 'web3_metamask_signature'
  | 'web3_base_signature'
  | 'web3_coinbase_wallet_signature'
  | 'web3_okx_wallet_signature'
  | 'web3_solana_signature'
  | 'passkey'
  | 'google_one_tap'
  | `oauth_${string}`
  | `from_oauth_${string}`;

/**
 * Wire shape of the error a failed OAuth or SAML verification carries.
 * @public
 */
export interface VerificationErrorJSON {
  code: string;
  message: string;
  long_message: string;
  meta?: Record<string, unknown>;
}

/**
 * Wire shape of a verification: the union of the fields of every `verification_*` variant.
 * @public
 */
export interface VerificationJSON {
  // <generated:VerificationJSON>
  object?: VerificationObjectType;
  status: VerificationStatus;
  strategy: VerificationStrategy;
  attempts: number | null;
  expire_at?: number | null;
  verified_at_client?: string | null;
  error?: VerificationErrorJSON | null;
  external_verification_redirect_url?: string | null;
  channel?: string | null;
  nonce?: string | null;
  message?: string | null;
  // </generated:VerificationJSON>
}

/**
 * The state of the check that proves a user controls an identifier or account.
 * @public
 */
export class Verification extends ClerkModel<VerificationJSON> {
  // @model Verification from verification_admin verification_email_link verification_from_oauth verification_google_one_tap verification_oauth verification_otp verification_passkey verification_saml verification_scim verification_ticket verification_web3
  // @override object json: ?: VerificationObjectType
  // @override object type: VerificationObjectType | null
  // @override object value: data.object ?? null
  // @override status json: : VerificationStatus
  // @override status type: VerificationStatus
  // @override strategy json: : VerificationStrategy
  // @override strategy type: VerificationStrategy
  // @override error json: ?: VerificationErrorJSON | null
  // @override error type: ClerkAPIError | null
  // @override error value: data.error ? { code: data.error.code, message: data.error.message, longMessage: data.error.long_message, meta: data.error.meta ?? {} } : null
  // @override external_verification_redirect_url json: ?: string | null
  // @override nonce json: ?: string | null
  // @override nonce type: string | null
  // <generated:Verification>
  /** Which variant this is (for example `verification_otp`), when the API says. */
  declare readonly object: VerificationObjectType | null;
  /** Where the verification stands. */
  declare readonly status: VerificationStatus;
  /** The method used to verify. */
  declare readonly strategy: VerificationStrategy;
  /** Attempts made so far, when counted. */
  declare readonly attempts: number | null;
  /** When the pending verification stops being valid, Unix milliseconds. */
  declare readonly expireAt: number | null;
  /** Client on which the verification was completed, when reported. */
  declare readonly verifiedAtClient: string | null;
  /** Why an OAuth or SAML verification failed, when it did; `meta` is kept as sent. */
  declare readonly error: ClerkAPIError | null;
  /** Provider URL the user must visit to finish an OAuth or SAML verification, as a string. */
  declare readonly externalVerificationRedirectUrl: string | null;
  /** Delivery channel of a one-time code (for example `sms` or `whatsapp`), when reported. */
  declare readonly channel: string | null;
  /** Nonce a wallet or passkey must sign. */
  declare readonly nonce: string | null;
  /** Message a wallet must sign, when reported. */
  declare readonly message: string | null;
  /** Builds a Verification from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: VerificationJSON) => Verification;

  /** Maps the wire JSON; prefer {@link Verification.fromJSON}. */
  constructor(data: VerificationJSON) {
    super(data);
    this.object = data.object ?? null;
    this.status = data.status;
    this.strategy = data.strategy;
    this.attempts = data.attempts ?? null;
    this.expireAt = data.expire_at ?? null;
    this.verifiedAtClient = data.verified_at_client ?? null;
    this.error = data.error ? { code: data.error.code, message: data.error.message, longMessage: data.error.long_message, meta: data.error.meta ?? {} } : null;
    this.externalVerificationRedirectUrl = data.external_verification_redirect_url ?? null;
    this.channel = data.channel ?? null;
    this.nonce = data.nonce ?? null;
    this.message = data.message ?? null;
  }
  // </generated:Verification>

  /**
   * The redirect URL parsed as a `URL`, the type v4 exposed under this name; null when absent or unparsable.
   * Prefer {@link Verification.externalVerificationRedirectUrl}.
   */
  get externalVerificationRedirectURL(): URL | null {
    const url = this.externalVerificationRedirectUrl;
    if (!url) return null;
    try {
      return new URL(url);
    } catch {
      return null;
    }
  }
}
