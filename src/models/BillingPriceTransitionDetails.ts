import { BillingMoneyAmount, type BillingMoneyAmountJSON } from './BillingMoneyAmount';
import { BillingPlan, type BillingPlanJSON } from './BillingPlan';
import { BillingPrice, type BillingPriceJSON } from './BillingPrice';
import { ClerkModel } from './ClerkModel';

/**
 * Wire shape of the details of a price transition (spec schema `CommercePriceTransitionDetails`).
 * @public
 */
export interface BillingPriceTransitionDetailsJSON {
  // <generated:BillingPriceTransitionDetailsJSON>
  previous_plan: BillingPlanJSON;
  previous_price: BillingPriceJSON;
  effective_at: number;
  effective_mode: 'immediate' | 'end_of_period';
  next_billing_date?: number | null;
  charged_immediately: boolean;
  immediate_charge?: BillingMoneyAmountJSON | null;
  previous_subscription_item_status: 'canceled' | 'ended' | 'abandoned';
  previous_subscription_item_id: string;
  // </generated:BillingPriceTransitionDetailsJSON>
}

/**
 * What a price transition replaced and when the change takes effect.
 * @public
 */
export class BillingPriceTransitionDetails extends ClerkModel<BillingPriceTransitionDetailsJSON> {
  // @model BillingPriceTransitionDetails from CommercePriceTransitionDetails
  // <generated:BillingPriceTransitionDetails>
  /** Plan the item was on before. */
  declare readonly previousPlan: BillingPlan;
  /** Price the item was on before. */
  declare readonly previousPrice: BillingPrice;
  /** When the new price applies, Unix milliseconds. */
  declare readonly effectiveAt: number;
  /** Whether the change applies now or at the end of the period. */
  declare readonly effectiveMode: 'immediate' | 'end_of_period';
  /** Next billing time after the change, Unix milliseconds, if any. */
  declare readonly nextBillingDate: number | null;
  /** Whether the payer was charged right away. */
  declare readonly chargedImmediately: boolean;
  /** What was charged right away, if anything. */
  declare readonly immediateCharge: BillingMoneyAmount | null;
  /** State the replaced subscription item was left in. */
  declare readonly previousSubscriptionItemStatus: 'canceled' | 'ended' | 'abandoned';
  /** Id of the replaced subscription item. */
  declare readonly previousSubscriptionItemId: string;
  /** Builds a BillingPriceTransitionDetails from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: BillingPriceTransitionDetailsJSON) => BillingPriceTransitionDetails;

  /** Maps the wire JSON; prefer {@link BillingPriceTransitionDetails.fromJSON}. */
  constructor(data: BillingPriceTransitionDetailsJSON) {
    super(data);
    this.previousPlan = BillingPlan.fromJSON(data.previous_plan);
    this.previousPrice = BillingPrice.fromJSON(data.previous_price);
    this.effectiveAt = data.effective_at;
    this.effectiveMode = data.effective_mode;
    this.nextBillingDate = data.next_billing_date ?? null;
    this.chargedImmediately = data.charged_immediately;
    this.immediateCharge = data.immediate_charge ? BillingMoneyAmount.fromJSON(data.immediate_charge) : null;
    this.previousSubscriptionItemStatus = data.previous_subscription_item_status;
    this.previousSubscriptionItemId = data.previous_subscription_item_id;
  }
  // </generated:BillingPriceTransitionDetails>
}
