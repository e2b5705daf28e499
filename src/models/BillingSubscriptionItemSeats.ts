import { BillingPerUnitTotalTier, type BillingPerUnitTotalTierJSON } from './BillingPerUnitTotalTier';

/**
 * Wire shape of the seats of a subscription item (spec schema `CommerceSubscriptionItemSeatsResponse`).
 * @public
 */
export interface BillingSubscriptionItemSeatsJSON {
  // <generated:BillingSubscriptionItemSeatsJSON>
  quantity: number | null;
  tiers?: BillingPerUnitTotalTierJSON[];
  // </generated:BillingSubscriptionItemSeatsJSON>
}

/**
 * Seat limit and seat pricing of an organization subscription item.
 * @public
 */
export class BillingSubscriptionItemSeats {
  // @model BillingSubscriptionItemSeats from CommerceSubscriptionItemSeatsResponse
  // <generated:BillingSubscriptionItemSeats>
  /** Seat limit; null means unlimited. */
  declare readonly quantity: number | null;
  /** How the seats are priced, tier by tier; empty when not reported. */
  declare readonly tiers: BillingPerUnitTotalTier[];
  readonly #raw: BillingSubscriptionItemSeatsJSON;

  /** Maps the wire JSON; prefer {@link BillingSubscriptionItemSeats.fromJSON}. */
  constructor(data: BillingSubscriptionItemSeatsJSON) {
    this.quantity = data.quantity ?? null;
    this.tiers = (data.tiers ?? []).map(BillingPerUnitTotalTier.fromJSON);
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): BillingSubscriptionItemSeatsJSON {
    return this.#raw;
  }

  /** Builds a BillingSubscriptionItemSeats from the API's JSON. */
  static fromJSON(data: BillingSubscriptionItemSeatsJSON): BillingSubscriptionItemSeats {
    return make(data);
  }
  // </generated:BillingSubscriptionItemSeats>
}

// <generated:make-BillingSubscriptionItemSeats>
function make(data: BillingSubscriptionItemSeatsJSON): BillingSubscriptionItemSeats {
  return new BillingSubscriptionItemSeats(data);
}
// </generated:make-BillingSubscriptionItemSeats>
