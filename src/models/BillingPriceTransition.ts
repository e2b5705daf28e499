import { BillingPriceTransitionDetails, type BillingPriceTransitionDetailsJSON } from './BillingPriceTransitionDetails';
import { BillingSubscriptionItem, type BillingSubscriptionItemJSON } from './BillingSubscriptionItem';

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
export class BillingPriceTransition {
  // @model BillingPriceTransition from CommercePriceTransitionResponse
  // <generated:BillingPriceTransition>
  /** The subscription item on the new price. */
  declare readonly subscriptionItem: BillingSubscriptionItem;
  /** What was replaced and when the change applies. */
  declare readonly transition: BillingPriceTransitionDetails;
  readonly #raw: BillingPriceTransitionJSON;

  /** Maps the wire JSON; prefer {@link BillingPriceTransition.fromJSON}. */
  constructor(data: BillingPriceTransitionJSON) {
    this.subscriptionItem = BillingSubscriptionItem.fromJSON(data.subscription_item);
    this.transition = BillingPriceTransitionDetails.fromJSON(data.transition);
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): BillingPriceTransitionJSON {
    return this.#raw;
  }

  /** Builds a BillingPriceTransition from the API's JSON. */
  static fromJSON(data: BillingPriceTransitionJSON): BillingPriceTransition {
    return make(data);
  }
  // </generated:BillingPriceTransition>
}

// <generated:make-BillingPriceTransition>
function make(data: BillingPriceTransitionJSON): BillingPriceTransition {
  return new BillingPriceTransition(data);
}
// </generated:make-BillingPriceTransition>
