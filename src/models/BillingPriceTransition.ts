import { BillingPriceTransitionDetails, type BillingPriceTransitionDetailsJSON } from './BillingPriceTransitionDetails';
import { BillingSubscriptionItem, type BillingSubscriptionItemJSON } from './BillingSubscriptionItem';
import { ClerkModel } from './ClerkModel';

/**
 * Wire shape of a price transition (spec schema `CommercePriceTransitionResponse`).
 * @public
 */
export interface BillingPriceTransitionJSON {
  // <generated:BillingPriceTransitionJSON>
  object: 'commerce_price_transition';
  subscription_item: BillingSubscriptionItemJSON;
  transition: BillingPriceTransitionDetailsJSON;
  // </generated:BillingPriceTransitionJSON>
}

/**
 * The result of moving a subscription item to another price.
 * @public
 */
export class BillingPriceTransition extends ClerkModel<BillingPriceTransitionJSON> {
  // @model BillingPriceTransition from CommercePriceTransitionResponse
  // <generated:BillingPriceTransition>
  /** The subscription item on the new price. */
  declare readonly subscriptionItem: BillingSubscriptionItem;
  /** What was replaced and when the change applies. */
  declare readonly transition: BillingPriceTransitionDetails;
  /** Builds a BillingPriceTransition from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: BillingPriceTransitionJSON) => BillingPriceTransition;

  /** Maps the wire JSON; prefer {@link BillingPriceTransition.fromJSON}. */
  constructor(data: BillingPriceTransitionJSON) {
    super(data);
    this.subscriptionItem = BillingSubscriptionItem.fromJSON(data.subscription_item);
    this.transition = BillingPriceTransitionDetails.fromJSON(data.transition);
  }
  // </generated:BillingPriceTransition>
}
