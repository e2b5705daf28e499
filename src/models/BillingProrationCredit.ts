import { BillingMoneyAmount, type BillingMoneyAmountJSON } from './BillingMoneyAmount';
import { ClerkModel } from './ClerkModel';

/**
 * Wire shape of a proration credit (spec schema `CommerceProrationCreditDetailResponse`).
 * @public
 */
export interface BillingProrationCreditJSON {
  // <generated:BillingProrationCreditJSON>
  amount: BillingMoneyAmountJSON;
  cycle_days_remaining: number;
  cycle_days_total: number;
  cycle_remaining_percent: number;
  // </generated:BillingProrationCreditJSON>
}

/**
 * Credit given for the unused part of a billing cycle when a plan changes.
 * @public
 */
export class BillingProrationCredit extends ClerkModel<BillingProrationCreditJSON> {
  // @model BillingProrationCredit from CommerceProrationCreditDetailResponse
  // <generated:BillingProrationCredit>
  /** The credited amount. */
  declare readonly amount: BillingMoneyAmount;
  /** Days left in the cycle when the change happened. */
  declare readonly cycleDaysRemaining: number;
  /** Length of the cycle in days. */
  declare readonly cycleDaysTotal: number;
  /** Share of the cycle left, as a percentage. */
  declare readonly cycleRemainingPercent: number;
  /** Builds a BillingProrationCredit from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: BillingProrationCreditJSON) => BillingProrationCredit;

  /** Maps the wire JSON; prefer {@link BillingProrationCredit.fromJSON}. */
  constructor(data: BillingProrationCreditJSON) {
    super(data);
    this.amount = BillingMoneyAmount.fromJSON(data.amount);
    this.cycleDaysRemaining = data.cycle_days_remaining;
    this.cycleDaysTotal = data.cycle_days_total;
    this.cycleRemainingPercent = data.cycle_remaining_percent;
  }
  // </generated:BillingProrationCredit>
}
