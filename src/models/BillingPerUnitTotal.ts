import { BillingPerUnitTotalTier, type BillingPerUnitTotalTierJSON } from './BillingPerUnitTotalTier';

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
export class BillingPerUnitTotal {
  // @model BillingPerUnitTotal from CommercePerUnitTotal CommercePerUnitTotal-2
  // <generated:BillingPerUnitTotal>
  /** What is being counted, such as `seats`. */
  declare readonly name: string;
  /** How many units make up one billable block. */
  declare readonly blockSize: number;
  /** Contribution of each tier. */
  declare readonly tiers: BillingPerUnitTotalTier[];
  readonly #raw: BillingPerUnitTotalJSON;

  /** Maps the wire JSON; prefer {@link BillingPerUnitTotal.fromJSON}. */
  constructor(data: BillingPerUnitTotalJSON) {
    this.name = data.name;
    this.blockSize = data.block_size;
    this.tiers = (data.tiers ?? []).map(BillingPerUnitTotalTier.fromJSON);
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): BillingPerUnitTotalJSON {
    return this.#raw;
  }

  /** Builds a BillingPerUnitTotal from the API's JSON. */
  static fromJSON(data: BillingPerUnitTotalJSON): BillingPerUnitTotal {
    return make(data);
  }
  // </generated:BillingPerUnitTotal>
}

// <generated:make-BillingPerUnitTotal>
function make(data: BillingPerUnitTotalJSON): BillingPerUnitTotal {
  return new BillingPerUnitTotal(data);
}
// </generated:make-BillingPerUnitTotal>
