import { BillingPerUnitTotalTier, type BillingPerUnitTotalTierJSON } from './BillingPerUnitTotalTier';
import { ClerkModel } from './ClerkModel';

/**
 * Wire shape of a per-unit total (spec schemas `CommercePerUnitTotal` and `CommercePerUnitTotal-2`).
 * @public
 */
export interface BillingPerUnitTotalJSON {
  // <generated:BillingPerUnitTotalJSON>
  name: string;
  block_size: number;
  tiers: BillingPerUnitTotalTierJSON[];
  // </generated:BillingPerUnitTotalJSON>
}

/**
 * The part of a total that comes from one per-unit price, tier by tier.
 * @public
 */
export class BillingPerUnitTotal extends ClerkModel<BillingPerUnitTotalJSON> {
  // @model BillingPerUnitTotal from CommercePerUnitTotal CommercePerUnitTotal-2
  // <generated:BillingPerUnitTotal>
  /** What is being counted, such as `seats`. */
  declare readonly name: string;
  /** How many units make up one billable block. */
  declare readonly blockSize: number;
  /** Contribution of each tier. */
  declare readonly tiers: BillingPerUnitTotalTier[];
  /** Builds a BillingPerUnitTotal from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: BillingPerUnitTotalJSON) => BillingPerUnitTotal;

  /** Maps the wire JSON; prefer {@link BillingPerUnitTotal.fromJSON}. */
  constructor(data: BillingPerUnitTotalJSON) {
    super(data);
    this.name = data.name;
    this.blockSize = data.block_size;
    this.tiers = (data.tiers ?? []).map(BillingPerUnitTotalTier.fromJSON);
  }
  // </generated:BillingPerUnitTotal>
}
