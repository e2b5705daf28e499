import { BillingMoneyAmount, type BillingMoneyAmountJSON } from './BillingMoneyAmount';

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
export class BillingSubscriptionCredit {
  // @model BillingSubscriptionCredit from CommerceSubscriptionCreditResponse
  // <generated:BillingSubscriptionCredit>
  /** The credited amount, if any. */
  declare readonly amount: BillingMoneyAmount | null;
  /** Share of the previous cycle that was unused, as a percentage, when reported. */
  declare readonly cycleRemainingPercent: number | null;
  readonly #raw: BillingSubscriptionCreditJSON;

  /** Maps the wire JSON; prefer {@link BillingSubscriptionCredit.fromJSON}. */
  constructor(data: BillingSubscriptionCreditJSON) {
    this.amount = data.amount ? BillingMoneyAmount.fromJSON(data.amount) : null;
    this.cycleRemainingPercent = data.cycle_remaining_percent ?? null;
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): BillingSubscriptionCreditJSON {
    return this.#raw;
  }

  /** Builds a BillingSubscriptionCredit from the API's JSON. */
  static fromJSON(data: BillingSubscriptionCreditJSON): BillingSubscriptionCredit {
    return make(data);
  }
  // </generated:BillingSubscriptionCredit>
}

// <generated:make-BillingSubscriptionCredit>
function make(data: BillingSubscriptionCreditJSON): BillingSubscriptionCredit {
  return new BillingSubscriptionCredit(data);
}
// </generated:make-BillingSubscriptionCredit>
