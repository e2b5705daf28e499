import { BillingMoneyAmount, type BillingMoneyAmountJSON } from './BillingMoneyAmount';

/**
 * Wire shape of a credit balance (spec schema `CommerceCreditBalanceResponse`).
 * @public
 */
export interface BillingCreditBalanceJSON {
  // <generated:BillingCreditBalanceJSON>
  object: string;
  balance: BillingMoneyAmountJSON | null;
  // </generated:BillingCreditBalanceJSON>
}

/**
 * The credit balance of a user or organization.
 * @public
 */
export class BillingCreditBalance {
  // @model BillingCreditBalance from CommerceCreditBalanceResponse
  // <generated:BillingCreditBalance>
  /** Credit available; null when the payer has no balance yet. */
  declare readonly balance: BillingMoneyAmount | null;
  readonly #raw: BillingCreditBalanceJSON;

  /** Maps the wire JSON; prefer {@link BillingCreditBalance.fromJSON}. */
  constructor(data: BillingCreditBalanceJSON) {
    this.balance = data.balance ? BillingMoneyAmount.fromJSON(data.balance) : null;
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): BillingCreditBalanceJSON {
    return this.#raw;
  }

  /** Builds a BillingCreditBalance from the API's JSON. */
  static fromJSON(data: BillingCreditBalanceJSON): BillingCreditBalance {
    return make(data);
  }
  // </generated:BillingCreditBalance>
}

// <generated:make-BillingCreditBalance>
function make(data: BillingCreditBalanceJSON): BillingCreditBalance {
  return new BillingCreditBalance(data);
}
// </generated:make-BillingCreditBalance>
