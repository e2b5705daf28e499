import { IdentificationLink, type IdentificationLinkJSON } from './IdentificationLink';
import { Verification, type VerificationJSON } from './Verification';
import { ClerkModel } from './ClerkModel';

/**
 * Wire shape of a phone number.
 * @public
 */
export interface PhoneNumberJSON {
  // <generated:PhoneNumberJSON>
  id?: string;
  object: 'phone_number';
  phone_number: string;
  reserved_for_second_factor?: boolean;
  default_second_factor?: boolean;
  reserved: boolean;
  verification: VerificationJSON | null;
  linked_to: IdentificationLinkJSON[];
  backup_codes?: string[] | null;
  created_at: number;
  updated_at: number;
  // </generated:PhoneNumberJSON>
}

/**
 * A phone number that belongs to a user.
 * @public
 */
export class PhoneNumber extends ClerkModel<PhoneNumberJSON> {
  // @model PhoneNumber from PhoneNumber
  // @override backup_codes type: string[] | null
  // @override backup_codes value: data.backup_codes ?? null
  // <generated:PhoneNumber>
  /** Unique id of the phone number, when the API reports it. */
  declare readonly id: string | null;
  /** The number in E.164 format. */
  declare readonly phoneNumber: string;
  /** Whether the number may only be used as a second factor, when reported. */
  declare readonly reservedForSecondFactor: boolean | null;
  /** Whether this is the user's default second-factor number, when reported. */
  declare readonly defaultSecondFactor: boolean | null;
  /** Whether the number is held for the user without being verified, so nobody else can claim it. */
  declare readonly reserved: boolean;
  /** How and whether the number was verified. */
  declare readonly verification: Verification | null;
  /** External accounts this number came from. */
  declare readonly linkedTo: IdentificationLink[];
  /** Backup codes, only present in the response that generated them. */
  declare readonly backupCodes: string[] | null;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number;
  /** Builds a PhoneNumber from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: PhoneNumberJSON) => PhoneNumber;

  /** Maps the wire JSON; prefer {@link PhoneNumber.fromJSON}. */
  constructor(data: PhoneNumberJSON) {
    super(data);
    this.id = data.id ?? null;
    this.phoneNumber = data.phone_number;
    this.reservedForSecondFactor = data.reserved_for_second_factor ?? null;
    this.defaultSecondFactor = data.default_second_factor ?? null;
    this.reserved = data.reserved;
    this.verification = data.verification ? Verification.fromJSON(data.verification) : null;
    this.linkedTo = (data.linked_to ?? []).map(IdentificationLink.fromJSON);
    this.backupCodes = data.backup_codes ?? null;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
  }
  // </generated:PhoneNumber>
}
