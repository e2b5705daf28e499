import { BillingMoneyAmount, type BillingMoneyAmountJSON } from './BillingMoneyAmount';
import { ClerkModel } from './ClerkModel';

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
export class BillingPayerCredit extends ClerkModel<BillingPayerCreditJSON> {
  // @model BillingPayerCredit from CommercePayerCreditResponse
  // <generated:BillingPayerCredit>
  /** Balance left after this charge. */
  declare readonly remainingBalance: BillingMoneyAmount;
  /** Credit applied to this charge. */
  declare readonly appliedAmount: BillingMoneyAmount;
  /** Builds a BillingPayerCredit from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: BillingPayerCreditJSON) => BillingPayerCredit;

  /** Maps the wire JSON; prefer {@link BillingPayerCredit.fromJSON}. */
  constructor(data: BillingPayerCreditJSON) {
    super(data);
    this.remainingBalance = BillingMoneyAmount.fromJSON(data.remaining_balance);
    this.appliedAmount = BillingMoneyAmount.fromJSON(data.applied_amount);
  }
  // </generated:BillingPayerCredit>
}
