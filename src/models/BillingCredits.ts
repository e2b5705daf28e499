import { BillingMoneyAmount, type BillingMoneyAmountJSON } from './BillingMoneyAmount';
import { BillingPayerCredit, type BillingPayerCreditJSON } from './BillingPayerCredit';
import { BillingProrationCredit, type BillingProrationCreditJSON } from './BillingProrationCredit';

/**
 * Wire shape of credits applied to a charge (spec schema `CommerceCreditsResponse`).
 * @public
 */
export interface BillingCreditsJSON {
  // <generated:BillingCreditsJSON>
  proration: BillingProrationCreditJSON | null;
  payer: BillingPayerCreditJSON | null;
  total: BillingMoneyAmountJSON;
  // </generated:BillingCreditsJSON>
}

/**
 * Credits that reduce a charge: proration credit and payer balance.
 * @public
 */
export class BillingCredits {
  // @model BillingCredits from CommerceCreditsResponse
  // <generated:BillingCredits>
  /** Credit from the unused part of the previous plan, if any. */
  declare readonly proration: BillingProrationCredit | null;
  /** Credit taken from the payer's balance, if any. */
  declare readonly payer: BillingPayerCredit | null;
  /** All credits together. */
  declare readonly total: BillingMoneyAmount;
  readonly #raw: BillingCreditsJSON;

  /** Maps the wire JSON; prefer {@link BillingCredits.fromJSON}. */
  constructor(data: BillingCreditsJSON) {
    this.proration = data.proration ? BillingProrationCredit.fromJSON(data.proration) : null;
    this.payer = data.payer ? BillingPayerCredit.fromJSON(data.payer) : null;
    this.total = BillingMoneyAmount.fromJSON(data.total);
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): BillingCreditsJSON {
    return this.#raw;
  }

  /** Builds a BillingCredits from the API's JSON. */
  static fromJSON(data: BillingCreditsJSON): BillingCredits {
    return make(data);
  }
  // </generated:BillingCredits>
}

// <generated:make-BillingCredits>
function make(data: BillingCreditsJSON): BillingCredits {
  return new BillingCredits(data);
}
// </generated:make-BillingCredits>
