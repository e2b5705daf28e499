import { BillingMoneyAmount, type BillingMoneyAmountJSON } from './BillingMoneyAmount';

/**
 * Wire shape of a per-unit price tier (spec schema `CommercePlanUnitPriceTier`).
 * @public
 */
export interface BillingPlanUnitPriceTierJSON {
  // <generated:BillingPlanUnitPriceTierJSON>
  starts_at_block: number;
  ends_after_block?: number | null;
  fee_per_block: BillingMoneyAmountJSON;
  // </generated:BillingPlanUnitPriceTierJSON>
}

/**
 * One tier of a per-unit price: the fee charged per block for a range of blocks.
 * @public
 */
export class BillingPlanUnitPriceTier {
  // @model BillingPlanUnitPriceTier from CommercePlanUnitPriceTier
  // <generated:BillingPlanUnitPriceTier>
  /** First block (counted from 1) this tier applies to. */
  declare readonly startsAtBlock: number;
  /** Last block this tier applies to; null when the tier has no upper bound. */
  declare readonly endsAfterBlock: number | null;
  /** Fee charged for each block in this tier. */
  declare readonly feePerBlock: BillingMoneyAmount;
  readonly #raw: BillingPlanUnitPriceTierJSON;

  /** Maps the wire JSON; prefer {@link BillingPlanUnitPriceTier.fromJSON}. */
  constructor(data: BillingPlanUnitPriceTierJSON) {
    this.startsAtBlock = data.starts_at_block;
    this.endsAfterBlock = data.ends_after_block ?? null;
    this.feePerBlock = BillingMoneyAmount.fromJSON(data.fee_per_block);
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): BillingPlanUnitPriceTierJSON {
    return this.#raw;
  }

  /** Builds a BillingPlanUnitPriceTier from the API's JSON. */
  static fromJSON(data: BillingPlanUnitPriceTierJSON): BillingPlanUnitPriceTier {
    return make(data);
  }
  // </generated:BillingPlanUnitPriceTier>
}

// <generated:make-BillingPlanUnitPriceTier>
function make(data: BillingPlanUnitPriceTierJSON): BillingPlanUnitPriceTier {
  return new BillingPlanUnitPriceTier(data);
}
// </generated:make-BillingPlanUnitPriceTier>
