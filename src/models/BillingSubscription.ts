import { BillingSubscriptionItem, type BillingSubscriptionItemJSON } from './BillingSubscriptionItem';
import { BillingSubscriptionNextPayment, type BillingSubscriptionNextPaymentJSON } from './BillingSubscriptionNextPayment';
import { ClerkModel } from './ClerkModel';

/**
 * States a subscription can be in.
 * @public
 */
export type BillingSubscriptionStatus = 'active' | 'past_due' | 'canceled' | 'ended' | 'abandoned' | 'incomplete';

/**
 * Wire shape of a subscription (spec schema `CommerceSubscription`).
 * @public
 */
export interface BillingSubscriptionJSON {
  // <generated:BillingSubscriptionJSON>
  object: 'commerce_subscription';
  id: string;
  instance_id: string;
  status: BillingSubscriptionStatus;
  payer_id: string;
  created_at: number;
  updated_at: number;
  active_at: number | null;
  past_due_at: number | null;
  subscription_items: BillingSubscriptionItemJSON[];
  next_payment?: BillingSubscriptionNextPaymentJSON;
  eligible_for_free_trial?: boolean;
  // </generated:BillingSubscriptionJSON>
}

/**
 * The billing subscription of a user or organization, with all its items.
 * @public
 */
export class BillingSubscription extends ClerkModel<BillingSubscriptionJSON> {
  // @model BillingSubscription from CommerceSubscription
  // <generated:BillingSubscription>
  /** Unique id of the subscription. */
  declare readonly id: string;
  /** Instance the subscription belongs to. */
  declare readonly instanceId: string;
  /** Current state of the subscription. */
  declare readonly status: BillingSubscriptionStatus;
  /** Payer of the subscription. */
  declare readonly payerId: string;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number;
  /** When the subscription became active, Unix milliseconds; null if it has not. */
  declare readonly activeAt: number | null;
  /** When the subscription became past due, Unix milliseconds; null if it is not. */
  declare readonly pastDueAt: number | null;
  /** The plans the subscription is made of. */
  declare readonly subscriptionItems: BillingSubscriptionItem[];
  /** The next expected charge, if any. */
  declare readonly nextPayment: BillingSubscriptionNextPayment | null;
  /** Whether the payer can still start a free trial, when reported. */
  declare readonly eligibleForFreeTrial: boolean | null;
  /** Builds a BillingSubscription from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: BillingSubscriptionJSON) => BillingSubscription;

  /** Maps the wire JSON; prefer {@link BillingSubscription.fromJSON}. */
  constructor(data: BillingSubscriptionJSON) {
    super(data);
    this.id = data.id;
    this.instanceId = data.instance_id;
    this.status = data.status;
    this.payerId = data.payer_id;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
    this.activeAt = data.active_at ?? null;
    this.pastDueAt = data.past_due_at ?? null;
    this.subscriptionItems = (data.subscription_items ?? []).map(BillingSubscriptionItem.fromJSON);
    this.nextPayment = data.next_payment ? BillingSubscriptionNextPayment.fromJSON(data.next_payment) : null;
    this.eligibleForFreeTrial = data.eligible_for_free_trial ?? null;
  }
  // </generated:BillingSubscription>
}
