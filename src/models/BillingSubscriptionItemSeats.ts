import { BillingPerUnitTotalTier, type BillingPerUnitTotalTierJSON } from './BillingPerUnitTotalTier';
import { ClerkModel } from './ClerkModel';

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
export class BillingSubscriptionItemSeats extends ClerkModel<BillingSubscriptionItemSeatsJSON> {
  // @model BillingSubscriptionItemSeats from CommerceSubscriptionItemSeatsResponse
  // <generated:BillingSubscriptionItemSeats>
  /** Seat limit; null means unlimited. */
  declare readonly quantity: number | null;
  /** How the seats are priced, tier by tier; empty when not reported. */
  declare readonly tiers: BillingPerUnitTotalTier[];
  /** Builds a BillingSubscriptionItemSeats from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: BillingSubscriptionItemSeatsJSON) => BillingSubscriptionItemSeats;

  /** Maps the wire JSON; prefer {@link BillingSubscriptionItemSeats.fromJSON}. */
  constructor(data: BillingSubscriptionItemSeatsJSON) {
    super(data);
    this.quantity = data.quantity ?? null;
    this.tiers = (data.tiers ?? []).map(BillingPerUnitTotalTier.fromJSON);
  }
  // </generated:BillingSubscriptionItemSeats>
}
