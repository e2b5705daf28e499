/**
 * Wire shape of an allowlist identifier.
 * @public
 */
export interface AllowlistIdentifierJSON {
  object: 'allowlist_identifier';
  id: string;
  invitation_id?: string;
  identifier: string;
  identifier_type?: AllowlistIdentifierType;
  instance_id?: string;
  created_at: number;
  updated_at: number;
}

/**
 * Kinds of identifier an allowlist or blocklist entry can hold.
 * @public
 */
export type AllowlistIdentifierType = 'email_address' | 'phone_number' | 'web3_wallet';

/**
 * An email address, phone number, domain or wallet that may sign up while the allowlist is enabled.
 * @public
 */
export class AllowlistIdentifier {
  /** Unique id of the entry. */
  readonly id: string;
  /** The allowed value: an email address, a phone number, a `*@domain` pattern or a wallet address. */
  readonly identifier: string;
  /** Which kind of value `identifier` is, when the API reports it. */
  readonly identifierType: AllowlistIdentifierType | null;
  /** Invitation sent along with the entry, if one was. */
  readonly invitationId: string | null;
  /** Instance the entry belongs to, when reported. */
  readonly instanceId: string | null;
  /** Creation time, Unix milliseconds. */
  readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  readonly updatedAt: number;
  readonly #raw: AllowlistIdentifierJSON;

  /** Maps the wire JSON; prefer {@link AllowlistIdentifier.fromJSON}. */
  constructor(data: AllowlistIdentifierJSON) {
    this.id = data.id;
    this.identifier = data.identifier;
    this.identifierType = data.identifier_type ?? null;
    this.invitationId = data.invitation_id ?? null;
    this.instanceId = data.instance_id ?? null;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): AllowlistIdentifierJSON {
    return this.#raw;
  }

  /** Builds an AllowlistIdentifier from the API's JSON. */
  static fromJSON(data: AllowlistIdentifierJSON): AllowlistIdentifier {
    return new AllowlistIdentifier(data);
  }
}
