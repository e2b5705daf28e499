import { IdentificationLink, type IdentificationLinkJSON } from './IdentificationLink';
import { Verification, type VerificationJSON } from './Verification';
import { ClerkModel } from './ClerkModel';

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
export class EmailAddress extends ClerkModel<EmailAddressJSON> {
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
  /** Builds an EmailAddress from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: EmailAddressJSON) => EmailAddress;

  /** Maps the wire JSON; prefer {@link EmailAddress.fromJSON}. */
  constructor(data: EmailAddressJSON) {
    super(data);
    this.id = data.id ?? null;
    this.emailAddress = data.email_address;
    this.reserved = data.reserved;
    this.verification = data.verification ? Verification.fromJSON(data.verification) : null;
    this.linkedTo = (data.linked_to ?? []).map(IdentificationLink.fromJSON);
    this.matchesSsoConnection = data.matches_sso_connection ?? null;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
  }
  // </generated:EmailAddress>
}
