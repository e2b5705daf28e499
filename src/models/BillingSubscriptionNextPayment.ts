import { BillingMoneyAmount, type BillingMoneyAmountJSON } from './BillingMoneyAmount';
import { BillingPerUnitTotal, type BillingPerUnitTotalJSON } from './BillingPerUnitTotal';
import { BillingTotals, type BillingTotalsJSON } from './BillingTotals';
import { ClerkModel } from './ClerkModel';

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
export class BillingSubscriptionNextPayment extends ClerkModel<BillingSubscriptionNextPaymentJSON> {
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
  /** Builds a BillingSubscriptionNextPayment from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: BillingSubscriptionNextPaymentJSON) => BillingSubscriptionNextPayment;

  /** Maps the wire JSON; prefer {@link BillingSubscriptionNextPayment.fromJSON}. */
  constructor(data: BillingSubscriptionNextPaymentJSON) {
    super(data);
    this.date = data.date;
    this.amount = BillingMoneyAmount.fromJSON(data.amount);
    this.perUnitTotals = (data.per_unit_totals ?? []).map(BillingPerUnitTotal.fromJSON);
    this.totals = data.totals ? BillingTotals.fromJSON(data.totals) : null;
  }
  // </generated:BillingSubscriptionNextPayment>
}
