import { BillingMoneyAmount, type BillingMoneyAmountJSON } from './BillingMoneyAmount';
import { ClerkModel } from './ClerkModel';

/**
 * Wire shape of a credit ledger entry (spec schema `CommerceCreditLedgerResponse`).
 * @public
 */
export interface BillingCreditLedgerEntryJSON {
  // <generated:BillingCreditLedgerEntryJSON>
  object: string;
  id: string;
  payer_id: string;
  amount: BillingMoneyAmountJSON;
  source_type: string;
  source_id: string;
  note?: string | null;
  created_at: string;
  // </generated:BillingCreditLedgerEntryJSON>
}

/**
 * One recorded change to a credit balance.
 * @public
 */
export class BillingCreditLedgerEntry extends ClerkModel<BillingCreditLedgerEntryJSON> {
  // @model BillingCreditLedgerEntry from CommerceCreditLedgerResponse
  // <generated:BillingCreditLedgerEntry>
  /** Unique id of the ledger entry. */
  declare readonly id: string;
  /** Payer whose balance changed. */
  declare readonly payerId: string;
  /** Size of the change. */
  declare readonly amount: BillingMoneyAmount;
  /** What caused the change, such as a manual adjustment. */
  declare readonly sourceType: string;
  /** Id of what caused the change. */
  declare readonly sourceId: string;
  /** Note attached to the change, if any. */
  declare readonly note: string | null;
  /** When the change was recorded, as an ISO 8601 date-time string (this endpoint does not use Unix milliseconds). */
  declare readonly createdAt: string;
  /** Builds a BillingCreditLedgerEntry from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: BillingCreditLedgerEntryJSON) => BillingCreditLedgerEntry;

  /** Maps the wire JSON; prefer {@link BillingCreditLedgerEntry.fromJSON}. */
  constructor(data: BillingCreditLedgerEntryJSON) {
    super(data);
    this.id = data.id;
    this.payerId = data.payer_id;
    this.amount = BillingMoneyAmount.fromJSON(data.amount);
    this.sourceType = data.source_type;
    this.sourceId = data.source_id;
    this.note = data.note ?? null;
    this.createdAt = data.created_at;
  }
  // </generated:BillingCreditLedgerEntry>
}
