import { BillingPlanUnitPriceTier, type BillingPlanUnitPriceTierJSON } from './BillingPlanUnitPriceTier';

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
export class BillingPlanUnitPrice {
  // @model BillingPlanUnitPrice from CommercePlanUnitPrice
  // <generated:BillingPlanUnitPrice>
  /** What is being counted, such as `seats`. */
  declare readonly name: string;
  /** How many units make up one billable block. */
  declare readonly blockSize: number;
  /** Price tiers, in ascending block order. */
  declare readonly tiers: BillingPlanUnitPriceTier[];
  readonly #raw: BillingPlanUnitPriceJSON;

  /** Maps the wire JSON; prefer {@link BillingPlanUnitPrice.fromJSON}. */
  constructor(data: BillingPlanUnitPriceJSON) {
    this.name = data.name;
    this.blockSize = data.block_size;
    this.tiers = (data.tiers ?? []).map(BillingPlanUnitPriceTier.fromJSON);
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): BillingPlanUnitPriceJSON {
    return this.#raw;
  }

  /** Builds a BillingPlanUnitPrice from the API's JSON. */
  static fromJSON(data: BillingPlanUnitPriceJSON): BillingPlanUnitPrice {
    return make(data);
  }
  // </generated:BillingPlanUnitPrice>
}

// <generated:make-BillingPlanUnitPrice>
function make(data: BillingPlanUnitPriceJSON): BillingPlanUnitPrice {
  return new BillingPlanUnitPrice(data);
}
// </generated:make-BillingPlanUnitPrice>
