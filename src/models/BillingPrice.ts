import { BillingMoneyAmount, type BillingMoneyAmountJSON } from './BillingMoneyAmount';
import { ClerkModel } from './ClerkModel';

/**
 * Billing periods a price can be used with.
 * @public
 */
export type BillingPricePeriods = 'month' | 'annual' | 'both';

/**
 * Wire shape of a plan price (spec schema `BillingPriceResponse`).
 * @public
 */
export interface BillingPriceJSON {
  // <generated:BillingPriceJSON>
  object: 'commerce_price';
  id: string;
  plan_id: string;
  instance_id: string;
  currency: string;
  currency_symbol: string;
  amount: number;
  annual_monthly_amount: number;
  fee: BillingMoneyAmountJSON | null;
  annual_monthly_fee: BillingMoneyAmountJSON | null;
  description?: string | null;
  is_default: boolean;
  created_at: number;
  supported_billing_periods: BillingPricePeriods;
  // </generated:BillingPriceJSON>
}

/**
 * A price of a billing plan: either its default price or a custom one.
 * @public
 */
export class BillingPrice extends ClerkModel<BillingPriceJSON> {
  // @model BillingPrice from BillingPriceResponse
  // <generated:BillingPrice>
  /** Unique id of the price. */
  declare readonly id: string;
  /** Plan the price belongs to. */
  declare readonly planId: string;
  /** Instance the price belongs to. */
  declare readonly instanceId: string;
  /** ISO 4217 currency code. */
  declare readonly currency: string;
  /** Symbol of the currency. */
  declare readonly currencySymbol: string;
  /** Monthly amount in the smallest currency unit. */
  declare readonly amount: number;
  /** Monthly equivalent when billed yearly, in the smallest currency unit. */
  declare readonly annualMonthlyAmount: number;
  /** The monthly amount as a money object; null when not set. */
  declare readonly fee: BillingMoneyAmount | null;
  /** The yearly-billing monthly equivalent as a money object; null when not set. */
  declare readonly annualMonthlyFee: BillingMoneyAmount | null;
  /** Optional note describing the price. */
  declare readonly description: string | null;
  /** Whether this is the plan's default price. */
  declare readonly isDefault: boolean;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Billing periods this price can be used with. */
  declare readonly supportedBillingPeriods: BillingPricePeriods;
  /** Builds a BillingPrice from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: BillingPriceJSON) => BillingPrice;

  /** Maps the wire JSON; prefer {@link BillingPrice.fromJSON}. */
  constructor(data: BillingPriceJSON) {
    super(data);
    this.id = data.id;
    this.planId = data.plan_id;
    this.instanceId = data.instance_id;
    this.currency = data.currency;
    this.currencySymbol = data.currency_symbol;
    this.amount = data.amount;
    this.annualMonthlyAmount = data.annual_monthly_amount;
    this.fee = data.fee ? BillingMoneyAmount.fromJSON(data.fee) : null;
    this.annualMonthlyFee = data.annual_monthly_fee ? BillingMoneyAmount.fromJSON(data.annual_monthly_fee) : null;
    this.description = data.description ?? null;
    this.isDefault = data.is_default;
    this.createdAt = data.created_at;
    this.supportedBillingPeriods = data.supported_billing_periods;
  }
  // </generated:BillingPrice>
}
