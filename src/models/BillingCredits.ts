import { BillingMoneyAmount, type BillingMoneyAmountJSON } from './BillingMoneyAmount';
import { BillingPayerCredit, type BillingPayerCreditJSON } from './BillingPayerCredit';
import { BillingProrationCredit, type BillingProrationCreditJSON } from './BillingProrationCredit';
import { ClerkModel } from './ClerkModel';

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
export class BillingCredits extends ClerkModel<BillingCreditsJSON> {
  // @model BillingCredits from CommerceCreditsResponse
  // <generated:BillingCredits>
  /** Credit from the unused part of the previous plan, if any. */
  declare readonly proration: BillingProrationCredit | null;
  /** Credit taken from the payer's balance, if any. */
  declare readonly payer: BillingPayerCredit | null;
  /** All credits together. */
  declare readonly total: BillingMoneyAmount;
  /** Builds a BillingCredits from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: BillingCreditsJSON) => BillingCredits;

  /** Maps the wire JSON; prefer {@link BillingCredits.fromJSON}. */
  constructor(data: BillingCreditsJSON) {
    super(data);
    this.proration = data.proration ? BillingProrationCredit.fromJSON(data.proration) : null;
    this.payer = data.payer ? BillingPayerCredit.fromJSON(data.payer) : null;
    this.total = BillingMoneyAmount.fromJSON(data.total);
  }
  // </generated:BillingCredits>
}
