import { BillingMoneyAmount, type BillingMoneyAmountJSON } from './BillingMoneyAmount';
import { ClerkModel } from './ClerkModel';

/**
 * Wire shape of a discount redemption (spec schema `CommerceDiscountRedemptionResponse`).
 * @public
 */
export interface BillingDiscountRedemptionJSON {
  // <generated:BillingDiscountRedemptionJSON>
  object: 'commerce_discount_redemption';
  id: string;
  subscription_item_id: string;
  discount_id: string;
  name?: string;
  source: 'promotion' | 'manual' | 'promo_code';
  promo_code?: string;
  effect?: 'percentage' | 'fixed_amount';
  percent_off?: number | null;
  amount_off?: BillingMoneyAmountJSON | null;
  amount?: BillingMoneyAmountJSON | null;
  cycles_remaining: number | null;
  cycles_applied: number;
  status?: 'active' | 'exhausted' | 'removed';
  redeemed_at: number;
  redeemed_by: string | null;
  // </generated:BillingDiscountRedemptionJSON>
}

/**
 * A discount applied to a subscription item.
 * @public
 */
export class BillingDiscountRedemption extends ClerkModel<BillingDiscountRedemptionJSON> {
  // @model BillingDiscountRedemption from CommerceDiscountRedemptionResponse
  // <generated:BillingDiscountRedemption>
  /** Unique id of the redemption. */
  declare readonly id: string;
  /** Subscription item the discount applies to. */
  declare readonly subscriptionItemId: string;
  /** The discount applied. */
  declare readonly discountId: string;
  /** Name of the discount, when reported. */
  declare readonly name: string | null;
  /** How the discount was applied. */
  declare readonly source: 'promotion' | 'manual' | 'promo_code';
  /** Promotion code used, when applied through one. */
  declare readonly promoCode: string | null;
  /** Whether the discount takes off a percentage or a fixed amount, when reported. */
  declare readonly effect: 'percentage' | 'fixed_amount' | null;
  /** Percentage taken off, for percentage discounts. */
  declare readonly percentOff: number | null;
  /** Amount taken off, for fixed-amount discounts. */
  declare readonly amountOff: BillingMoneyAmount | null;
  /** Amount the discount has saved, if reported. */
  declare readonly amount: BillingMoneyAmount | null;
  /** Billing cycles the discount still applies to; null when unlimited. */
  declare readonly cyclesRemaining: number | null;
  /** Billing cycles the discount has applied to so far. */
  declare readonly cyclesApplied: number;
  /** Whether the discount is still in effect, when reported. */
  declare readonly status: 'active' | 'exhausted' | 'removed' | null;
  /** When the discount was applied, Unix milliseconds. */
  declare readonly redeemedAt: number;
  /** Who applied the discount, if known. */
  declare readonly redeemedBy: string | null;
  /** Builds a BillingDiscountRedemption from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: BillingDiscountRedemptionJSON) => BillingDiscountRedemption;

  /** Maps the wire JSON; prefer {@link BillingDiscountRedemption.fromJSON}. */
  constructor(data: BillingDiscountRedemptionJSON) {
    super(data);
    this.id = data.id;
    this.subscriptionItemId = data.subscription_item_id;
    this.discountId = data.discount_id;
    this.name = data.name ?? null;
    this.source = data.source;
    this.promoCode = data.promo_code ?? null;
    this.effect = data.effect ?? null;
    this.percentOff = data.percent_off ?? null;
    this.amountOff = data.amount_off ? BillingMoneyAmount.fromJSON(data.amount_off) : null;
    this.amount = data.amount ? BillingMoneyAmount.fromJSON(data.amount) : null;
    this.cyclesRemaining = data.cycles_remaining ?? null;
    this.cyclesApplied = data.cycles_applied;
    this.status = data.status ?? null;
    this.redeemedAt = data.redeemed_at;
    this.redeemedBy = data.redeemed_by ?? null;
  }
  // </generated:BillingDiscountRedemption>
}
