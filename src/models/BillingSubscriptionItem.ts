import { BillingCredits, type BillingCreditsJSON } from './BillingCredits';
import { BillingMoneyAmount, type BillingMoneyAmountJSON } from './BillingMoneyAmount';
import { BillingPayer, type BillingPayerJSON } from './BillingPayer';
import { BillingPaymentMethod, type BillingPaymentMethodJSON } from './BillingPaymentMethod';
import { BillingPaymentSource, type BillingPaymentSourceJSON } from './BillingPaymentSource';
import { BillingPlan, type BillingPlanJSON } from './BillingPlan';
import { BillingSubscriptionCredit, type BillingSubscriptionCreditJSON } from './BillingSubscriptionCredit';
import { BillingSubscriptionItemNextPayment, type BillingSubscriptionItemNextPaymentJSON } from './BillingSubscriptionItemNextPayment';
import { BillingSubscriptionItemSeats, type BillingSubscriptionItemSeatsJSON } from './BillingSubscriptionItemSeats';
import { BillingTotals, type BillingTotalsJSON } from './BillingTotals';
import { ClerkModel } from './ClerkModel';

/**
 * States a subscription item can be in.
 * @public
 */
export type BillingSubscriptionItemStatus = 'active' | 'canceled' | 'expired' | 'ended' | 'past_due' | 'upcoming' | 'incomplete' | 'abandoned';

/**
 * How often a subscription item is billed.
 * @public
 */
export type BillingPlanPeriod = 'month' | 'annual';

/**
 * Wire shape of a subscription item. It covers both shapes the API sends: the current one, and the older one that free-trial extensions and price transitions return (spec schemas `CommerceSubscriptionItem` and `CommerceSubscriptionItem-2`).
 * @public
 */
export interface BillingSubscriptionItemJSON {
  // <generated:BillingSubscriptionItemJSON>
  object: 'commerce_subscription_item';
  id: string;
  instance_id: string;
  status: BillingSubscriptionItemStatus;
  credit?: BillingSubscriptionCreditJSON | null;
  credits?: BillingCreditsJSON | null;
  plan_id: string | null;
  price_id?: string;
  plan?: BillingPlanJSON | null;
  plan_period: BillingPlanPeriod;
  payment_method?: BillingPaymentMethodJSON;
  lifetime_paid?: BillingMoneyAmountJSON | null;
  next_payment?: BillingSubscriptionItemNextPaymentJSON | null;
  payer_id: string;
  payer?: BillingPayerJSON | null;
  is_free_trial: boolean;
  period_start?: number | null;
  period_end?: number | null;
  proration_date?: string;
  canceled_at?: number | null;
  past_due_at?: number | null;
  ended_at?: number | null;
  created_at?: number;
  updated_at?: number;
  seats?: BillingSubscriptionItemSeatsJSON | null;
  totals?: BillingTotalsJSON | null;
  payment_source_id?: string;
  payment_source?: BillingPaymentSourceJSON | null;
  amount?: BillingMoneyAmountJSON | null;
  next_invoice?: BillingSubscriptionItemNextPaymentJSON | null;
  // </generated:BillingSubscriptionItemJSON>
}

/**
 * One plan within a subscription: what is paid, for which period, and its state.
 * @public
 */
export class BillingSubscriptionItem extends ClerkModel<BillingSubscriptionItemJSON> {
  // @model BillingSubscriptionItem from CommerceSubscriptionItem CommerceSubscriptionItem-2
  // @override credit json: ?: BillingSubscriptionCreditJSON | null
  // @override lifetime_paid json: ?: BillingMoneyAmountJSON | null
  // @override payer json: ?: BillingPayerJSON | null
  // @override period_start json: ?: number | null
  // <generated:BillingSubscriptionItem>
  /** Unique id of the subscription item. */
  declare readonly id: string;
  /** Instance the item belongs to. */
  declare readonly instanceId: string;
  /** Current state of the item. */
  declare readonly status: BillingSubscriptionItemStatus;
  /** Credit carried over from the replaced plan, if any. */
  declare readonly credit: BillingSubscriptionCredit | null;
  /** Credits applied to the item, if any. */
  declare readonly credits: BillingCredits | null;
  /** Plan subscribed to, when known. */
  declare readonly planId: string | null;
  /** Price the item is billed at, when reported. */
  declare readonly priceId: string | null;
  /** The plan subscribed to, when included. */
  declare readonly plan: BillingPlan | null;
  /** Whether the item bills monthly or yearly. */
  declare readonly planPeriod: BillingPlanPeriod;
  /** How the item is paid, when reported. */
  declare readonly paymentMethod: BillingPaymentMethod | null;
  /** Everything paid for the item so far, when reported. */
  declare readonly lifetimePaid: BillingMoneyAmount | null;
  /** The next expected charge, if any. */
  declare readonly nextPayment: BillingSubscriptionItemNextPayment | null;
  /** Payer of the item. */
  declare readonly payerId: string;
  /** The payer, when included. */
  declare readonly payer: BillingPayer | null;
  /** Whether the item is in a free trial. */
  declare readonly isFreeTrial: boolean;
  /** Start of the current billing period, Unix milliseconds, when known. */
  declare readonly periodStart: number | null;
  /** End of the current billing period, Unix milliseconds; null when open-ended. */
  declare readonly periodEnd: number | null;
  /** Date prorations are computed from, when reported. */
  declare readonly prorationDate: string | null;
  /** When the item was canceled, Unix milliseconds; null if it was not. */
  declare readonly canceledAt: number | null;
  /** When the item became past due, Unix milliseconds; null if it is not. */
  declare readonly pastDueAt: number | null;
  /** When the item ended, Unix milliseconds; null if it has not. */
  declare readonly endedAt: number | null;
  /** Creation time, Unix milliseconds, when reported. */
  declare readonly createdAt: number | null;
  /** Last update time, Unix milliseconds, when reported. */
  declare readonly updatedAt: number | null;
  /** Seat limit and seat pricing, for seat-based organization plans. */
  declare readonly seats: BillingSubscriptionItemSeats | null;
  /** Breakdown of the current charge, when reported. */
  declare readonly totals: BillingTotals | null;
  /** Payment source id. Older item shape only (free-trial extensions, price transitions); null otherwise. */
  declare readonly paymentSourceId: string | null;
  /** Payment source. Older item shape only; null otherwise. */
  declare readonly paymentSource: BillingPaymentSource | null;
  /** Current amount. Older item shape only; null otherwise. */
  declare readonly amount: BillingMoneyAmount | null;
  /** Next invoice. Older item shape only; null otherwise. */
  declare readonly nextInvoice: BillingSubscriptionItemNextPayment | null;
  /** Builds a BillingSubscriptionItem from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: BillingSubscriptionItemJSON) => BillingSubscriptionItem;

  /** Maps the wire JSON; prefer {@link BillingSubscriptionItem.fromJSON}. */
  constructor(data: BillingSubscriptionItemJSON) {
    super(data);
    this.id = data.id;
    this.instanceId = data.instance_id;
    this.status = data.status;
    this.credit = data.credit ? BillingSubscriptionCredit.fromJSON(data.credit) : null;
    this.credits = data.credits ? BillingCredits.fromJSON(data.credits) : null;
    this.planId = data.plan_id ?? null;
    this.priceId = data.price_id ?? null;
    this.plan = data.plan ? BillingPlan.fromJSON(data.plan) : null;
    this.planPeriod = data.plan_period;
    this.paymentMethod = data.payment_method ? BillingPaymentMethod.fromJSON(data.payment_method) : null;
    this.lifetimePaid = data.lifetime_paid ? BillingMoneyAmount.fromJSON(data.lifetime_paid) : null;
    this.nextPayment = data.next_payment ? BillingSubscriptionItemNextPayment.fromJSON(data.next_payment) : null;
    this.payerId = data.payer_id;
    this.payer = data.payer ? BillingPayer.fromJSON(data.payer) : null;
    this.isFreeTrial = data.is_free_trial;
    this.periodStart = data.period_start ?? null;
    this.periodEnd = data.period_end ?? null;
    this.prorationDate = data.proration_date ?? null;
    this.canceledAt = data.canceled_at ?? null;
    this.pastDueAt = data.past_due_at ?? null;
    this.endedAt = data.ended_at ?? null;
    this.createdAt = data.created_at ?? null;
    this.updatedAt = data.updated_at ?? null;
    this.seats = data.seats ? BillingSubscriptionItemSeats.fromJSON(data.seats) : null;
    this.totals = data.totals ? BillingTotals.fromJSON(data.totals) : null;
    this.paymentSourceId = data.payment_source_id ?? null;
    this.paymentSource = data.payment_source ? BillingPaymentSource.fromJSON(data.payment_source) : null;
    this.amount = data.amount ? BillingMoneyAmount.fromJSON(data.amount) : null;
    this.nextInvoice = data.next_invoice ? BillingSubscriptionItemNextPayment.fromJSON(data.next_invoice) : null;
  }
  // </generated:BillingSubscriptionItem>
}
