import { BillingMoneyAmount, type BillingMoneyAmountJSON } from './BillingMoneyAmount';
import { BillingPerUnitTotal, type BillingPerUnitTotalJSON } from './BillingPerUnitTotal';
import { BillingTotals, type BillingTotalsJSON } from './BillingTotals';
import { ClerkModel } from './ClerkModel';

/**
 * Wire shape of the next payment of a subscription item (spec schema `CommerceSubscriptionItemNextPaymentResponse`).
 * @public
 */
export interface BillingSubscriptionItemNextPaymentJSON {
  // <generated:BillingSubscriptionItemNextPaymentJSON>
  amount?: BillingMoneyAmountJSON | null;
  date?: number | null;
  per_unit_totals?: BillingPerUnitTotalJSON[];
  totals?: BillingTotalsJSON | null;
  // </generated:BillingSubscriptionItemNextPaymentJSON>
}

/**
 * The next charge expected for a subscription item.
 * @public
 */
export class BillingSubscriptionItemNextPayment extends ClerkModel<BillingSubscriptionItemNextPaymentJSON> {
  // @model BillingSubscriptionItemNextPayment from CommerceSubscriptionItemNextPaymentResponse
  // <generated:BillingSubscriptionItemNextPayment>
  /** Amount of the next charge, if known. */
  declare readonly amount: BillingMoneyAmount | null;
  /** When the next charge happens, Unix milliseconds, if known. */
  declare readonly date: number | null;
  /** Per-unit parts of the next charge; empty when there are none. */
  declare readonly perUnitTotals: BillingPerUnitTotal[];
  /** Full breakdown of the next charge, if reported. */
  declare readonly totals: BillingTotals | null;
  /** Builds a BillingSubscriptionItemNextPayment from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: BillingSubscriptionItemNextPaymentJSON) => BillingSubscriptionItemNextPayment;

  /** Maps the wire JSON; prefer {@link BillingSubscriptionItemNextPayment.fromJSON}. */
  constructor(data: BillingSubscriptionItemNextPaymentJSON) {
    super(data);
    this.amount = data.amount ? BillingMoneyAmount.fromJSON(data.amount) : null;
    this.date = data.date ?? null;
    this.perUnitTotals = (data.per_unit_totals ?? []).map(BillingPerUnitTotal.fromJSON);
    this.totals = data.totals ? BillingTotals.fromJSON(data.totals) : null;
  }
  // </generated:BillingSubscriptionItemNextPayment>
}
