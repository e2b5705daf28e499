import { BillingMoneyAmount, type BillingMoneyAmountJSON } from './BillingMoneyAmount';
import { BillingProrationDiscount, type BillingProrationDiscountJSON } from './BillingProrationDiscount';
import { ClerkModel } from './ClerkModel';

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
export class BillingDiscounts extends ClerkModel<BillingDiscountsJSON> {
  // @model BillingDiscounts from CommerceDiscountsResponse BillingDiscountsResponse
  // <generated:BillingDiscounts>
  /** Discount for the part of the cycle already passed, if any. */
  declare readonly proration: BillingProrationDiscount | null;
  /** All discounts together. */
  declare readonly total: BillingMoneyAmount;
  /** Builds a BillingDiscounts from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: BillingDiscountsJSON) => BillingDiscounts;

  /** Maps the wire JSON; prefer {@link BillingDiscounts.fromJSON}. */
  constructor(data: BillingDiscountsJSON) {
    super(data);
    this.proration = data.proration ? BillingProrationDiscount.fromJSON(data.proration) : null;
    this.total = BillingMoneyAmount.fromJSON(data.total);
  }
  // </generated:BillingDiscounts>
}
