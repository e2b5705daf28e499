import { BillingMoneyAmount, type BillingMoneyAmountJSON } from './BillingMoneyAmount';

/**
 * Wire shape of payer credit applied to a charge (spec schema `CommercePayerCreditResponse`).
 * @public
 */
export interface BillingPayerCreditJSON {
  // <generated:BillingPayerCreditJSON>
  remaining_balance: BillingMoneyAmountJSON;
  applied_amount: BillingMoneyAmountJSON;
  // </generated:BillingPayerCreditJSON>
}

/**
 * How much of a payer's credit balance a charge uses.
 * @public
 */
export class BillingPayerCredit {
  // @model BillingPayerCredit from CommercePayerCreditResponse
  // <generated:BillingPayerCredit>
  /** Balance left after this charge. */
  declare readonly remainingBalance: BillingMoneyAmount;
  /** Credit applied to this charge. */
  declare readonly appliedAmount: BillingMoneyAmount;
  readonly #raw: BillingPayerCreditJSON;

  /** Maps the wire JSON; prefer {@link BillingPayerCredit.fromJSON}. */
  constructor(data: BillingPayerCreditJSON) {
    this.remainingBalance = BillingMoneyAmount.fromJSON(data.remaining_balance);
    this.appliedAmount = BillingMoneyAmount.fromJSON(data.applied_amount);
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): BillingPayerCreditJSON {
    return this.#raw;
  }

  /** Builds a BillingPayerCredit from the API's JSON. */
  static fromJSON(data: BillingPayerCreditJSON): BillingPayerCredit {
    return make(data);
  }
  // </generated:BillingPayerCredit>
}

// <generated:make-BillingPayerCredit>
function make(data: BillingPayerCreditJSON): BillingPayerCredit {
  return new BillingPayerCredit(data);
}
// </generated:make-BillingPayerCredit>
