import { BillingFeature, type BillingFeatureJSON } from './BillingFeature';
import { BillingMoneyAmount, type BillingMoneyAmountJSON } from './BillingMoneyAmount';
import { BillingPlanUnitPrice, type BillingPlanUnitPriceJSON } from './BillingPlanUnitPrice';
import { ClerkModel } from './ClerkModel';

/**
 * Wire shape of a billing plan; the fields after `unit_prices` appear only in the older shape some responses still nest (spec schemas `CommercePlan` and `CommercePlan-2`).
 * @public
 */
export interface BillingPlanJSON {
  // <generated:BillingPlanJSON>
  object: 'commerce_plan';
  id: string;
  name: string;
  fee: BillingMoneyAmountJSON | null;
  annual_monthly_fee: BillingMoneyAmountJSON | null;
  annual_fee: BillingMoneyAmountJSON | null;
  description: string | null;
  product_id: string;
  is_default: boolean;
  is_recurring: boolean;
  publicly_visible: boolean;
  has_base_fee: boolean;
  for_payer_type: string;
  slug: string;
  avatar_url: string | null;
  features?: BillingFeatureJSON[];
  free_trial_enabled?: boolean;
  free_trial_days?: number | null;
  unit_prices?: BillingPlanUnitPriceJSON[];
  amount?: number;
  amount_formatted?: string;
  annual_monthly_amount?: number;
  annual_monthly_amount_formatted?: string;
  annual_amount?: number;
  annual_amount_formatted?: string;
  currency_symbol?: string;
  currency?: string;
  payer_type?: string[];
  period?: string;
  interval?: number;
  // </generated:BillingPlanJSON>
}

/**
 * A billing plan that users or organizations can subscribe to.
 * @public
 */
export class BillingPlan extends ClerkModel<BillingPlanJSON> {
  // @model BillingPlan from CommercePlan CommercePlan-2
  // @override payer_type type: string[] | null
  // @override payer_type value: data.payer_type ?? null
  // <generated:BillingPlan>
  /** Unique id of the plan. */
  declare readonly id: string;
  /** Display name of the plan. */
  declare readonly name: string;
  /** Monthly base fee; null when the plan has none. */
  declare readonly fee: BillingMoneyAmount | null;
  /** Monthly equivalent of the base fee when billed yearly; null when not offered. */
  declare readonly annualMonthlyFee: BillingMoneyAmount | null;
  /** Yearly base fee; null when not offered. */
  declare readonly annualFee: BillingMoneyAmount | null;
  /** Longer text about the plan, if one was written. */
  declare readonly description: string | null;
  /** Id of the product the plan belongs to (kept by the API for older integrations). @deprecated The API marks this field as deprecated. */
  declare readonly productId: string;
  /** Whether new payers start on this plan. */
  declare readonly isDefault: boolean;
  /** Whether the plan bills repeatedly rather than once. */
  declare readonly isRecurring: boolean;
  /** Whether the plan is shown in the pricing table. */
  declare readonly publiclyVisible: boolean;
  /** Whether the plan charges a base fee on top of any per-unit prices. */
  declare readonly hasBaseFee: boolean;
  /** Kind of payer the plan is for: `user` or `org`. */
  declare readonly forPayerType: string;
  /** Stable key of the plan. */
  declare readonly slug: string;
  /** Image shown for the plan, if any. */
  declare readonly avatarUrl: string | null;
  /** Features the plan grants; empty when none are listed. */
  declare readonly features: BillingFeature[];
  /** Whether subscribing starts with a free trial; null when the response does not say. */
  declare readonly freeTrialEnabled: boolean | null;
  /** Length of the free trial in days; null when there is no trial. */
  declare readonly freeTrialDays: number | null;
  /** Per-unit prices (such as per seat); empty when the plan has none or the response does not list them. */
  declare readonly unitPrices: BillingPlanUnitPrice[];
  /** Monthly price in the smallest currency unit. Only in the older plan shape (nested in price transitions); null otherwise. */
  declare readonly amount: number | null;
  /** Monthly price formatted for display. Older plan shape only; null otherwise. */
  declare readonly amountFormatted: string | null;
  /** Monthly equivalent of the yearly price. Older plan shape only; null otherwise. */
  declare readonly annualMonthlyAmount: number | null;
  /** Monthly equivalent of the yearly price, formatted. Older plan shape only; null otherwise. */
  declare readonly annualMonthlyAmountFormatted: string | null;
  /** Yearly price. Older plan shape only; null otherwise. */
  declare readonly annualAmount: number | null;
  /** Yearly price, formatted. Older plan shape only; null otherwise. */
  declare readonly annualAmountFormatted: string | null;
  /** Currency symbol of the flat prices. Older plan shape only; null otherwise. */
  declare readonly currencySymbol: string | null;
  /** Currency code of the flat prices. Older plan shape only; null otherwise. */
  declare readonly currency: string | null;
  /** Payer kinds the plan applies to. Older plan shape only; null otherwise. */
  declare readonly payerType: string[] | null;
  /** Billing period of the flat price. Older plan shape only; null otherwise. */
  declare readonly period: string | null;
  /** Number of periods per billing cycle. Older plan shape only; null otherwise. */
  declare readonly interval: number | null;
  /** Builds a BillingPlan from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: BillingPlanJSON) => BillingPlan;

  /** Maps the wire JSON; prefer {@link BillingPlan.fromJSON}. */
  constructor(data: BillingPlanJSON) {
    super(data);
    this.id = data.id;
    this.name = data.name;
    this.fee = data.fee ? BillingMoneyAmount.fromJSON(data.fee) : null;
    this.annualMonthlyFee = data.annual_monthly_fee ? BillingMoneyAmount.fromJSON(data.annual_monthly_fee) : null;
    this.annualFee = data.annual_fee ? BillingMoneyAmount.fromJSON(data.annual_fee) : null;
    this.description = data.description ?? null;
    this.productId = data.product_id;
    this.isDefault = data.is_default;
    this.isRecurring = data.is_recurring;
    this.publiclyVisible = data.publicly_visible;
    this.hasBaseFee = data.has_base_fee;
    this.forPayerType = data.for_payer_type;
    this.slug = data.slug;
    this.avatarUrl = data.avatar_url ?? null;
    this.features = (data.features ?? []).map(BillingFeature.fromJSON);
    this.freeTrialEnabled = data.free_trial_enabled ?? null;
    this.freeTrialDays = data.free_trial_days ?? null;
    this.unitPrices = (data.unit_prices ?? []).map(BillingPlanUnitPrice.fromJSON);
    this.amount = data.amount ?? null;
    this.amountFormatted = data.amount_formatted ?? null;
    this.annualMonthlyAmount = data.annual_monthly_amount ?? null;
    this.annualMonthlyAmountFormatted = data.annual_monthly_amount_formatted ?? null;
    this.annualAmount = data.annual_amount ?? null;
    this.annualAmountFormatted = data.annual_amount_formatted ?? null;
    this.currencySymbol = data.currency_symbol ?? null;
    this.currency = data.currency ?? null;
    this.payerType = data.payer_type ?? null;
    this.period = data.period ?? null;
    this.interval = data.interval ?? null;
  }
  // </generated:BillingPlan>
}
