import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of an amount of money (spec schema `CommerceMoneyResponse`).
 * @public
 */
export interface BillingMoneyAmountJSON {
  // <generated:BillingMoneyAmountJSON>
  amount: number;
  amount_formatted: string;
  currency: string;
  currency_symbol: string;
  // </generated:BillingMoneyAmountJSON>
}

/**
 * An amount of money as the billing API reports it: the raw number plus ready-to-show text.
 * @public
 */
export class BillingMoneyAmount extends ClerkModel<BillingMoneyAmountJSON> {
  // @model BillingMoneyAmount from CommerceMoneyResponse
  // <generated:BillingMoneyAmount>
  /** The amount in the currency's smallest unit (cents for USD). */
  declare readonly amount: number;
  /** The amount formatted for display. */
  declare readonly amountFormatted: string;
  /** ISO 4217 code of the currency, such as `USD`. */
  declare readonly currency: string;
  /** Symbol of the currency, such as `$`. */
  declare readonly currencySymbol: string;
  /** Builds a BillingMoneyAmount from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: BillingMoneyAmountJSON) => BillingMoneyAmount;

  /** Maps the wire JSON; prefer {@link BillingMoneyAmount.fromJSON}. */
  constructor(data: BillingMoneyAmountJSON) {
    super(data);
    this.amount = data.amount;
    this.amountFormatted = data.amount_formatted;
    this.currency = data.currency;
    this.currencySymbol = data.currency_symbol;
  }
  // </generated:BillingMoneyAmount>
}
