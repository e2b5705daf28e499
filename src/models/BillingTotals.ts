import { BillingCredits, type BillingCreditsJSON } from './BillingCredits';
import { BillingDiscounts, type BillingDiscountsJSON } from './BillingDiscounts';
import { BillingMoneyAmount, type BillingMoneyAmountJSON } from './BillingMoneyAmount';
import { BillingPerUnitTotal, type BillingPerUnitTotalJSON } from './BillingPerUnitTotal';
import { ClerkModel } from './ClerkModel';

/**
 * Wire shape of the totals of a charge (also used for statement totals, which carry only the four money fields) (spec schemas `CommerceTotalsResponse` and `CommerceTotalsResponse-2`).
 * @public
 */
export interface BillingTotalsJSON {
  // <generated:BillingTotalsJSON>
  subtotal: BillingMoneyAmountJSON;
  base_fee: BillingMoneyAmountJSON;
  tax_total: BillingMoneyAmountJSON;
  grand_total: BillingMoneyAmountJSON;
  per_unit_totals?: BillingPerUnitTotalJSON[];
  credits?: BillingCreditsJSON | null;
  discounts?: BillingDiscountsJSON | null;
  // </generated:BillingTotalsJSON>
}

/**
 * The breakdown of a charge: subtotal, base fee, tax, credits, discounts and grand total.
 * @public
 */
export class BillingTotals extends ClerkModel<BillingTotalsJSON> {
  // @model BillingTotals from CommerceTotalsResponse CommerceTotalsResponse-2
  // <generated:BillingTotals>
  /** Sum before tax, credits and discounts. */
  declare readonly subtotal: BillingMoneyAmount;
  /** The plan's base fee part of the subtotal. */
  declare readonly baseFee: BillingMoneyAmount;
  /** Tax charged. */
  declare readonly taxTotal: BillingMoneyAmount;
  /** Amount actually due. */
  declare readonly grandTotal: BillingMoneyAmount;
  /** Per-unit parts of the subtotal; empty when there are none. */
  declare readonly perUnitTotals: BillingPerUnitTotal[];
  /** Credits applied, if any. */
  declare readonly credits: BillingCredits | null;
  /** Discounts applied, if any. */
  declare readonly discounts: BillingDiscounts | null;
  /** Builds a BillingTotals from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: BillingTotalsJSON) => BillingTotals;

  /** Maps the wire JSON; prefer {@link BillingTotals.fromJSON}. */
  constructor(data: BillingTotalsJSON) {
    super(data);
    this.subtotal = BillingMoneyAmount.fromJSON(data.subtotal);
    this.baseFee = BillingMoneyAmount.fromJSON(data.base_fee);
    this.taxTotal = BillingMoneyAmount.fromJSON(data.tax_total);
    this.grandTotal = BillingMoneyAmount.fromJSON(data.grand_total);
    this.perUnitTotals = (data.per_unit_totals ?? []).map(BillingPerUnitTotal.fromJSON);
    this.credits = data.credits ? BillingCredits.fromJSON(data.credits) : null;
    this.discounts = data.discounts ? BillingDiscounts.fromJSON(data.discounts) : null;
  }
  // </generated:BillingTotals>
}
