import { BillingMoneyAmount, type BillingMoneyAmountJSON } from './BillingMoneyAmount';
import { ClerkModel } from './ClerkModel';

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
export class BillingCreditBalance extends ClerkModel<BillingCreditBalanceJSON> {
  // @model BillingCreditBalance from CommerceCreditBalanceResponse
  // <generated:BillingCreditBalance>
  /** Credit available; null when the payer has no balance yet. */
  declare readonly balance: BillingMoneyAmount | null;
  /** Builds a BillingCreditBalance from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: BillingCreditBalanceJSON) => BillingCreditBalance;

  /** Maps the wire JSON; prefer {@link BillingCreditBalance.fromJSON}. */
  constructor(data: BillingCreditBalanceJSON) {
    super(data);
    this.balance = data.balance ? BillingMoneyAmount.fromJSON(data.balance) : null;
  }
  // </generated:BillingCreditBalance>
}
