import { IdentificationLink, type IdentificationLinkJSON } from './IdentificationLink';
import { Verification, type VerificationJSON } from './Verification';

/**
 * Wire shape of an email address.
 * @public
 */
export interface EmailAddressJSON {
  // <generated:EmailAddressJSON>
  id?: string;
  object: 'email_address';
  email_address: string;
  reserved: boolean;
  verification: VerificationJSON | null;
  linked_to: IdentificationLinkJSON[];
  matches_sso_connection?: boolean;
  created_at: number;
  updated_at: number;
  // </generated:EmailAddressJSON>
}

/**
 * An email address that belongs to a user.
 * @public
 */
export class EmailAddress {
  // @model EmailAddress from EmailAddress
  // <generated:EmailAddress>
  /** Unique id of the email address, when the API reports it. */
  declare readonly id: string | null;
  /** The address itself. */
  declare readonly emailAddress: string;
  /** Whether the address is held for the user without being verified, so nobody else can claim it. */
  declare readonly reserved: boolean;
  /** How and whether the address was verified. */
  declare readonly verification: Verification | null;
  /** External accounts this address came from. */
  declare readonly linkedTo: IdentificationLink[];
  /** Whether the address's domain matches an enterprise SSO connection, when reported. */
  declare readonly matchesSsoConnection: boolean | null;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number;
  readonly #raw: EmailAddressJSON;

  /** Maps the wire JSON; prefer {@link EmailAddress.fromJSON}. */
  constructor(data: EmailAddressJSON) {
    this.id = data.id ?? null;
    this.emailAddress = data.email_address;
    this.reserved = data.reserved;
    this.verification = data.verification ? Verification.fromJSON(data.verification) : null;
    this.linkedTo = (data.linked_to ?? []).map(IdentificationLink.fromJSON);
    this.matchesSsoConnection = data.matches_sso_connection ?? null;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): EmailAddressJSON {
    return this.#raw;
  }

  /** Builds an EmailAddress from the API's JSON. */
  static fromJSON(data: EmailAddressJSON): EmailAddress {
    return make(data);
  }
  // </generated:EmailAddress>
}

// <generated:make-EmailAddress>
function make(data: EmailAddressJSON): EmailAddress {
  return new EmailAddress(data);
}
// </generated:make-EmailAddress>
