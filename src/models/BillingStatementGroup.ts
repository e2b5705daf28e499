import { BillingPaymentAttempt, type BillingPaymentAttemptJSON } from './BillingPaymentAttempt';
import { ClerkModel } from './ClerkModel';

/**
 * Wire shape of a group of a billing statement (declared inline in the spec, under `BillingStatement.groups`).
 * @public
 */
export interface BillingStatementGroupJSON {
  // <generated:BillingStatementGroupJSON>
  object: 'commerce_statement_group';
  timestamp: number;
  items: BillingPaymentAttemptJSON[];
  // </generated:BillingStatementGroupJSON>
}

/**
 * The payment attempts of a statement that share a date.
 * @public
 */
export class BillingStatementGroup extends ClerkModel<BillingStatementGroupJSON> {
  // @model BillingStatementGroup from #/components/schemas/BillingStatement/properties/groups/items
  // <generated:BillingStatementGroup>
  /** Date of the group, Unix milliseconds. */
  declare readonly timestamp: number;
  /** Payment attempts in the group. */
  declare readonly items: BillingPaymentAttempt[];
  /** Builds a BillingStatementGroup from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: BillingStatementGroupJSON) => BillingStatementGroup;

  /** Maps the wire JSON; prefer {@link BillingStatementGroup.fromJSON}. */
  constructor(data: BillingStatementGroupJSON) {
    super(data);
    this.timestamp = data.timestamp;
    this.items = (data.items ?? []).map(BillingPaymentAttempt.fromJSON);
  }
  // </generated:BillingStatementGroup>
}
