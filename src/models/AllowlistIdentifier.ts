import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of an allowlist identifier.
 * @public
 */
export interface AllowlistIdentifierJSON {
  // <generated:AllowlistIdentifierJSON>
  object: 'allowlist_identifier';
  id: string;
  invitation_id?: string;
  identifier: string;
  identifier_type?: AllowlistIdentifierType;
  instance_id?: string;
  created_at: number;
  updated_at: number;
  // </generated:AllowlistIdentifierJSON>
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
export class AllowlistIdentifier extends ClerkModel<AllowlistIdentifierJSON> {
  // @model AllowlistIdentifier from AllowlistIdentifier
  // @override object json: : 'allowlist_identifier'
  // @override id json: : string
  // @override id type: string
  // @override id value: data.id
  // @override identifier json: : string
  // @override identifier type: string
  // @override identifier value: data.identifier
  // @override created_at json: : number
  // @override created_at type: number
  // @override created_at value: data.created_at
  // @override updated_at json: : number
  // @override updated_at type: number
  // @override updated_at value: data.updated_at
  // <generated:AllowlistIdentifier>
  /** Unique id of the entry. */
  declare readonly id: string;
  /** Invitation sent along with the entry, if one was. */
  declare readonly invitationId: string | null;
  /** The allowed value: an email address, a phone number, a `*@domain` pattern or a wallet address. */
  declare readonly identifier: string;
  /** Which kind of value `identifier` is, when the API reports it. */
  declare readonly identifierType: AllowlistIdentifierType | null;
  /** Instance the entry belongs to, when reported. */
  declare readonly instanceId: string | null;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number;
  /** Builds an AllowlistIdentifier from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: AllowlistIdentifierJSON) => AllowlistIdentifier;

  /** Maps the wire JSON; prefer {@link AllowlistIdentifier.fromJSON}. */
  constructor(data: AllowlistIdentifierJSON) {
    super(data);
    this.id = data.id;
    this.invitationId = data.invitation_id ?? null;
    this.identifier = data.identifier;
    this.identifierType = data.identifier_type ?? null;
    this.instanceId = data.instance_id ?? null;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
  }
  // </generated:AllowlistIdentifier>
}
