import { BillingMoneyAmount, type BillingMoneyAmountJSON } from './BillingMoneyAmount';

/**
 * Wire shape of a per-unit total tier (spec schemas `CommercePerUnitTotalTier` and `CommercePerUnitTotalTier-2`).
 * @public
 */
export interface BillingPerUnitTotalTierJSON {
  // <generated:BillingPerUnitTotalTierJSON>
  quantity?: number | null;
  fee_per_block: BillingMoneyAmountJSON;
  total: BillingMoneyAmountJSON;
  // </generated:BillingPerUnitTotalTierJSON>
}

/**
 * How much one tier of a per-unit price adds to a total.
 * @public
 */
export class BillingPerUnitTotalTier {
  // @model BillingPerUnitTotalTier from CommercePerUnitTotalTier CommercePerUnitTotalTier-2
  // <generated:BillingPerUnitTotalTier>
  /** Blocks billed in this tier; null when unlimited or not applicable. */
  declare readonly quantity: number | null;
  /** Fee for each block in this tier. */
  declare readonly feePerBlock: BillingMoneyAmount;
  /** What this tier adds up to. */
  declare readonly total: BillingMoneyAmount;
  readonly #raw: BillingPerUnitTotalTierJSON;

  /** Maps the wire JSON; prefer {@link BillingPerUnitTotalTier.fromJSON}. */
  constructor(data: BillingPerUnitTotalTierJSON) {
    this.quantity = data.quantity ?? null;
    this.feePerBlock = BillingMoneyAmount.fromJSON(data.fee_per_block);
    this.total = BillingMoneyAmount.fromJSON(data.total);
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): BillingPerUnitTotalTierJSON {
    return this.#raw;
  }

  /** Builds a BillingPerUnitTotalTier from the API's JSON. */
  static fromJSON(data: BillingPerUnitTotalTierJSON): BillingPerUnitTotalTier {
    return make(data);
  }
  // </generated:BillingPerUnitTotalTier>
}

// <generated:make-BillingPerUnitTotalTier>
function make(data: BillingPerUnitTotalTierJSON): BillingPerUnitTotalTier {
  return new BillingPerUnitTotalTier(data);
}
// </generated:make-BillingPerUnitTotalTier>
