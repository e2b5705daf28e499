import { BillingMoneyAmount, type BillingMoneyAmountJSON } from './BillingMoneyAmount';
import { ClerkModel } from './ClerkModel';

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
export class BillingPlanUnitPriceTier extends ClerkModel<BillingPlanUnitPriceTierJSON> {
  // @model BillingPlanUnitPriceTier from CommercePlanUnitPriceTier
  // <generated:BillingPlanUnitPriceTier>
  /** First block (counted from 1) this tier applies to. */
  declare readonly startsAtBlock: number;
  /** Last block this tier applies to; null when the tier has no upper bound. */
  declare readonly endsAfterBlock: number | null;
  /** Fee charged for each block in this tier. */
  declare readonly feePerBlock: BillingMoneyAmount;
  /** Builds a BillingPlanUnitPriceTier from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: BillingPlanUnitPriceTierJSON) => BillingPlanUnitPriceTier;

  /** Maps the wire JSON; prefer {@link BillingPlanUnitPriceTier.fromJSON}. */
  constructor(data: BillingPlanUnitPriceTierJSON) {
    super(data);
    this.startsAtBlock = data.starts_at_block;
    this.endsAfterBlock = data.ends_after_block ?? null;
    this.feePerBlock = BillingMoneyAmount.fromJSON(data.fee_per_block);
  }
  // </generated:BillingPlanUnitPriceTier>
}
