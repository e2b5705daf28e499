import type { AllowlistIdentifierType } from './AllowlistIdentifier';
import { ClerkModel } from './ClerkModel';

/**
 * Wire shape of a blocklist entry. The spec marks every field optional.
 * @public
 */
export interface BlocklistIdentifierJSON {
  // <generated:BlocklistIdentifierJSON>
  object?: 'blocklist_identifier';
  id?: string;
  identifier?: string;
  identifier_type?: AllowlistIdentifierType;
  instance_id?: string;
  created_at?: number;
  updated_at?: number;
  // </generated:BlocklistIdentifierJSON>
}

/**
 * An email address, phone number, domain or wallet that may not sign up.
 * @public
 */
export class BlocklistIdentifier extends ClerkModel<BlocklistIdentifierJSON> {
  // @model BlocklistIdentifier from BlocklistIdentifier
  // <generated:BlocklistIdentifier>
  /** Unique id of the entry, when reported. */
  declare readonly id: string | null;
  /** The blocked value: an email address, a phone number, a `*@domain` pattern or a wallet address. */
  declare readonly identifier: string | null;
  /** Which kind of value `identifier` is, when the API reports it. */
  declare readonly identifierType: AllowlistIdentifierType | null;
  /** Instance the entry belongs to, when reported. */
  declare readonly instanceId: string | null;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number | null;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number | null;
  /** Builds a BlocklistIdentifier from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: BlocklistIdentifierJSON) => BlocklistIdentifier;

  /** Maps the wire JSON; prefer {@link BlocklistIdentifier.fromJSON}. */
  constructor(data: BlocklistIdentifierJSON) {
    super(data);
    this.id = data.id ?? null;
    this.identifier = data.identifier ?? null;
    this.identifierType = data.identifier_type ?? null;
    this.instanceId = data.instance_id ?? null;
    this.createdAt = data.created_at ?? null;
    this.updatedAt = data.updated_at ?? null;
  }
  // </generated:BlocklistIdentifier>
}
