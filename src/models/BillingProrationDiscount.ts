import { BillingMoneyAmount, type BillingMoneyAmountJSON } from './BillingMoneyAmount';
import { ClerkModel } from './ClerkModel';

/**
 * Wire shape of a proration discount (spec schemas `CommerceProrationDiscountResponse` and `BillingProrationDiscountDetail`).
 * @public
 */
export interface BillingProrationDiscountJSON {
  // <generated:BillingProrationDiscountJSON>
  amount: BillingMoneyAmountJSON;
  cycle_days_passed: number;
  cycle_days_total: number;
  cycle_passed_percent: number;
  // </generated:BillingProrationDiscountJSON>
}

/**
 * Discount for the part of a billing cycle that had already passed when a plan started.
 * @public
 */
export class BillingProrationDiscount extends ClerkModel<BillingProrationDiscountJSON> {
  // @model BillingProrationDiscount from CommerceProrationDiscountResponse BillingProrationDiscountDetail
  // <generated:BillingProrationDiscount>
  /** The discounted amount. */
  declare readonly amount: BillingMoneyAmount;
  /** Days of the cycle already gone. */
  declare readonly cycleDaysPassed: number;
  /** Length of the cycle in days. */
  declare readonly cycleDaysTotal: number;
  /** Share of the cycle already gone, as a percentage. */
  declare readonly cyclePassedPercent: number;
  /** Builds a BillingProrationDiscount from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: BillingProrationDiscountJSON) => BillingProrationDiscount;

  /** Maps the wire JSON; prefer {@link BillingProrationDiscount.fromJSON}. */
  constructor(data: BillingProrationDiscountJSON) {
    super(data);
    this.amount = BillingMoneyAmount.fromJSON(data.amount);
    this.cycleDaysPassed = data.cycle_days_passed;
    this.cycleDaysTotal = data.cycle_days_total;
    this.cyclePassedPercent = data.cycle_passed_percent;
  }
  // </generated:BillingProrationDiscount>
}
