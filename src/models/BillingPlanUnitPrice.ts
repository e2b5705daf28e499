import { BillingPlanUnitPriceTier, type BillingPlanUnitPriceTierJSON } from './BillingPlanUnitPriceTier';
import { ClerkModel } from './ClerkModel';

/**
 * Wire shape of a per-unit plan price (spec schema `CommercePlanUnitPrice`).
 * @public
 */
export interface BillingPlanUnitPriceJSON {
  // <generated:BillingPlanUnitPriceJSON>
  name: string;
  block_size: number;
  tiers: BillingPlanUnitPriceTierJSON[];
  // </generated:BillingPlanUnitPriceJSON>
}

/**
 * A per-unit price of a plan, such as a fee per seat, split into tiers.
 * @public
 */
export class BillingPlanUnitPrice extends ClerkModel<BillingPlanUnitPriceJSON> {
  // @model BillingPlanUnitPrice from CommercePlanUnitPrice
  // <generated:BillingPlanUnitPrice>
  /** What is being counted, such as `seats`. */
  declare readonly name: string;
  /** How many units make up one billable block. */
  declare readonly blockSize: number;
  /** Price tiers, in ascending block order. */
  declare readonly tiers: BillingPlanUnitPriceTier[];
  /** Builds a BillingPlanUnitPrice from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: BillingPlanUnitPriceJSON) => BillingPlanUnitPrice;

  /** Maps the wire JSON; prefer {@link BillingPlanUnitPrice.fromJSON}. */
  constructor(data: BillingPlanUnitPriceJSON) {
    super(data);
    this.name = data.name;
    this.blockSize = data.block_size;
    this.tiers = (data.tiers ?? []).map(BillingPlanUnitPriceTier.fromJSON);
  }
  // </generated:BillingPlanUnitPrice>
}
