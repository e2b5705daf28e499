import { BillingMoneyAmount, type BillingMoneyAmountJSON } from './BillingMoneyAmount';
import { BillingProrationDiscount, type BillingProrationDiscountJSON } from './BillingProrationDiscount';

/**
 * Wire shape of discounts on a charge (spec schemas `CommerceDiscountsResponse` and `BillingDiscountsResponse`).
 * @public
 */
export interface BillingDiscountsJSON {
  // <generated:BillingDiscountsJSON>
  proration: BillingProrationDiscountJSON | null;
  total: BillingMoneyAmountJSON;
  // </generated:BillingDiscountsJSON>
}

/**
 * Discounts that reduce a charge.
 * @public
 */
export class BillingDiscounts {
  // @model BillingDiscounts from CommerceDiscountsResponse BillingDiscountsResponse
  // <generated:BillingDiscounts>
  /** Discount for the part of the cycle already passed, if any. */
  declare readonly proration: BillingProrationDiscount | null;
  /** All discounts together. */
  declare readonly total: BillingMoneyAmount;
  readonly #raw: BillingDiscountsJSON;

  /** Maps the wire JSON; prefer {@link BillingDiscounts.fromJSON}. */
  constructor(data: BillingDiscountsJSON) {
    this.proration = data.proration ? BillingProrationDiscount.fromJSON(data.proration) : null;
    this.total = BillingMoneyAmount.fromJSON(data.total);
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): BillingDiscountsJSON {
    return this.#raw;
  }

  /** Builds a BillingDiscounts from the API's JSON. */
  static fromJSON(data: BillingDiscountsJSON): BillingDiscounts {
    return make(data);
  }
  // </generated:BillingDiscounts>
}

// <generated:make-BillingDiscounts>
function make(data: BillingDiscountsJSON): BillingDiscounts {
  return new BillingDiscounts(data);
}
// </generated:make-BillingDiscounts>
