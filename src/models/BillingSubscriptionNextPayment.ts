import { BillingMoneyAmount, type BillingMoneyAmountJSON } from './BillingMoneyAmount';
import { BillingPerUnitTotal, type BillingPerUnitTotalJSON } from './BillingPerUnitTotal';
import { BillingTotals, type BillingTotalsJSON } from './BillingTotals';

/**
 * Wire shape of the next payment of a subscription (spec schema `CommerceSubscriptionNextPayment`).
 * @public
 */
export interface BillingSubscriptionNextPaymentJSON {
  // <generated:BillingSubscriptionNextPaymentJSON>
  date: number;
  amount: BillingMoneyAmountJSON;
  per_unit_totals?: BillingPerUnitTotalJSON[];
  totals?: BillingTotalsJSON | null;
  // </generated:BillingSubscriptionNextPaymentJSON>
}

/**
 * The next charge expected for a whole subscription.
 * @public
 */
export class BillingSubscriptionNextPayment {
  // @model BillingSubscriptionNextPayment from CommerceSubscriptionNextPayment
  // <generated:BillingSubscriptionNextPayment>
  /** When the next charge happens, Unix milliseconds. */
  declare readonly date: number;
  /** Amount of the next charge. */
  declare readonly amount: BillingMoneyAmount;
  /** Per-unit parts of the next charge; empty when there are none. */
  declare readonly perUnitTotals: BillingPerUnitTotal[];
  /** Full breakdown of the next charge, if reported. */
  declare readonly totals: BillingTotals | null;
  readonly #raw: BillingSubscriptionNextPaymentJSON;

  /** Maps the wire JSON; prefer {@link BillingSubscriptionNextPayment.fromJSON}. */
  constructor(data: BillingSubscriptionNextPaymentJSON) {
    this.date = data.date;
    this.amount = BillingMoneyAmount.fromJSON(data.amount);
    this.perUnitTotals = (data.per_unit_totals ?? []).map(BillingPerUnitTotal.fromJSON);
    this.totals = data.totals ? BillingTotals.fromJSON(data.totals) : null;
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): BillingSubscriptionNextPaymentJSON {
    return this.#raw;
  }

  /** Builds a BillingSubscriptionNextPayment from the API's JSON. */
  static fromJSON(data: BillingSubscriptionNextPaymentJSON): BillingSubscriptionNextPayment {
    return make(data);
  }
  // </generated:BillingSubscriptionNextPayment>
}

// <generated:make-BillingSubscriptionNextPayment>
function make(data: BillingSubscriptionNextPaymentJSON): BillingSubscriptionNextPayment {
  return new BillingSubscriptionNextPayment(data);
}
// </generated:make-BillingSubscriptionNextPayment>
