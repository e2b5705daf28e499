import { BillingPaymentAttempt, type BillingPaymentAttemptJSON } from './BillingPaymentAttempt';

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
export class BillingStatementGroup {
  // @model BillingStatementGroup from #/components/schemas/BillingStatement/properties/groups/items
  // <generated:BillingStatementGroup>
  /** Date of the group, Unix milliseconds. */
  declare readonly timestamp: number;
  /** Payment attempts in the group. */
  declare readonly items: BillingPaymentAttempt[];
  readonly #raw: BillingStatementGroupJSON;

  /** Maps the wire JSON; prefer {@link BillingStatementGroup.fromJSON}. */
  constructor(data: BillingStatementGroupJSON) {
    this.timestamp = data.timestamp;
    this.items = (data.items ?? []).map(BillingPaymentAttempt.fromJSON);
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): BillingStatementGroupJSON {
    return this.#raw;
  }

  /** Builds a BillingStatementGroup from the API's JSON. */
  static fromJSON(data: BillingStatementGroupJSON): BillingStatementGroup {
    return make(data);
  }
  // </generated:BillingStatementGroup>
}

// <generated:make-BillingStatementGroup>
function make(data: BillingStatementGroupJSON): BillingStatementGroup {
  return new BillingStatementGroup(data);
}
// </generated:make-BillingStatementGroup>
