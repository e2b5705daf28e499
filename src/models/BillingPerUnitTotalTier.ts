import { BillingMoneyAmount, type BillingMoneyAmountJSON } from './BillingMoneyAmount';
import { ClerkModel } from './ClerkModel';

/**
 * Wire shape of a per-unit total tier (spec schemas `CommercePerUnitTotalTier` and `CommercePerUnitTotalTier-2`).
 * @public
 */
export interface BillingPerUnitTotalTierJSON {
  // <generated:BillingPerUnitTotalTierJSON>
  quantity?: number | null;
  fee_per_block: BillingMoneyAmountJSON;
  total: BillingMoneyAmountJSON;
  // </generated:BillingPerUnitTotalTierJSON>
}

/**
 * How much one tier of a per-unit price adds to a total.
 * @public
 */
export class BillingPerUnitTotalTier extends ClerkModel<BillingPerUnitTotalTierJSON> {
  // @model BillingPerUnitTotalTier from CommercePerUnitTotalTier CommercePerUnitTotalTier-2
  // <generated:BillingPerUnitTotalTier>
  /** Blocks billed in this tier; null when unlimited or not applicable. */
  declare readonly quantity: number | null;
  /** Fee for each block in this tier. */
  declare readonly feePerBlock: BillingMoneyAmount;
  /** What this tier adds up to. */
  declare readonly total: BillingMoneyAmount;
  /** Builds a BillingPerUnitTotalTier from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: BillingPerUnitTotalTierJSON) => BillingPerUnitTotalTier;

  /** Maps the wire JSON; prefer {@link BillingPerUnitTotalTier.fromJSON}. */
  constructor(data: BillingPerUnitTotalTierJSON) {
    super(data);
    this.quantity = data.quantity ?? null;
    this.feePerBlock = BillingMoneyAmount.fromJSON(data.fee_per_block);
    this.total = BillingMoneyAmount.fromJSON(data.total);
  }
  // </generated:BillingPerUnitTotalTier>
}
