import { BillingPayer, type BillingPayerJSON } from './BillingPayer';
import { BillingStatementGroup, type BillingStatementGroupJSON } from './BillingStatementGroup';
import { BillingTotals, type BillingTotalsJSON } from './BillingTotals';
import { ClerkModel } from './ClerkModel';

/**
 * Wire shape of a billing statement (spec schema `BillingStatement`).
 * @public
 */
export interface BillingStatementJSON {
  // <generated:BillingStatementJSON>
  object: 'commerce_statement';
  id: string;
  instance_id: string;
  timestamp: number;
  payer: BillingPayerJSON;
  status: 'open' | 'closed';
  totals: BillingTotalsJSON;
  groups: BillingStatementGroupJSON[];
  // </generated:BillingStatementJSON>
}

/**
 * A billing statement: what a payer was charged over one period.
 * @public
 */
export class BillingStatement extends ClerkModel<BillingStatementJSON> {
  // @model BillingStatement from BillingStatement
  // @override totals json: : BillingTotalsJSON
  // @override totals type: BillingTotals
  // @override totals value: BillingTotals.fromJSON(data.totals)
  // <generated:BillingStatement>
  /** Unique id of the statement. */
  declare readonly id: string;
  /** Instance the statement belongs to. */
  declare readonly instanceId: string;
  /** Date of the statement, Unix milliseconds. */
  declare readonly timestamp: number;
  /** Who the statement is for. */
  declare readonly payer: BillingPayer;
  /** Whether the statement is still collecting charges. */
  declare readonly status: 'open' | 'closed';
  /** Totals of the statement (the subtotal, base fee, tax and grand total fields are set; the others are empty). */
  declare readonly totals: BillingTotals;
  /** Payment attempts, grouped by date. */
  declare readonly groups: BillingStatementGroup[];
  /** Builds a BillingStatement from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: BillingStatementJSON) => BillingStatement;

  /** Maps the wire JSON; prefer {@link BillingStatement.fromJSON}. */
  constructor(data: BillingStatementJSON) {
    super(data);
    this.id = data.id;
    this.instanceId = data.instance_id;
    this.timestamp = data.timestamp;
    this.payer = BillingPayer.fromJSON(data.payer);
    this.status = data.status;
    this.totals = BillingTotals.fromJSON(data.totals);
    this.groups = (data.groups ?? []).map(BillingStatementGroup.fromJSON);
  }
  // </generated:BillingStatement>
}
