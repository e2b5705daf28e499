import { BillingMoneyAmount, type BillingMoneyAmountJSON } from './BillingMoneyAmount';
import { ClerkModel } from './ClerkModel';

/**
 * Wire shape of the credit of a subscription item (spec schema `CommerceSubscriptionCreditResponse`).
 * @public
 */
export interface BillingSubscriptionCreditJSON {
  // <generated:BillingSubscriptionCreditJSON>
  amount?: BillingMoneyAmountJSON | null;
  cycle_remaining_percent?: number;
  // </generated:BillingSubscriptionCreditJSON>
}

/**
 * Credit carried over to a subscription item from the plan it replaced.
 * @public
 */
export class BillingSubscriptionCredit extends ClerkModel<BillingSubscriptionCreditJSON> {
  // @model BillingSubscriptionCredit from CommerceSubscriptionCreditResponse
  // <generated:BillingSubscriptionCredit>
  /** The credited amount, if any. */
  declare readonly amount: BillingMoneyAmount | null;
  /** Share of the previous cycle that was unused, as a percentage, when reported. */
  declare readonly cycleRemainingPercent: number | null;
  /** Builds a BillingSubscriptionCredit from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: BillingSubscriptionCreditJSON) => BillingSubscriptionCredit;

  /** Maps the wire JSON; prefer {@link BillingSubscriptionCredit.fromJSON}. */
  constructor(data: BillingSubscriptionCreditJSON) {
    super(data);
    this.amount = data.amount ? BillingMoneyAmount.fromJSON(data.amount) : null;
    this.cycleRemainingPercent = data.cycle_remaining_percent ?? null;
  }
  // </generated:BillingSubscriptionCredit>
}
