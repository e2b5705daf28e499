import { BillingMoneyAmount, type BillingMoneyAmountJSON } from './BillingMoneyAmount';
import { BillingPayer, type BillingPayerJSON } from './BillingPayer';
import { BillingPaymentMethod, type BillingPaymentMethodJSON } from './BillingPaymentMethod';
import { BillingTotals, type BillingTotalsJSON } from './BillingTotals';

/**
 * Outcomes of a payment attempt.
 * @public
 */
export type BillingPaymentAttemptStatus = 'pending' | 'paid' | 'failed';

/**
 * Wire shape of a payment attempt (spec schema `BillingPaymentAttempt`).
 * @public
 */
export interface BillingPaymentAttemptJSON {
  object: 'commerce_payment';
  id: string;
  payment_id: string;
  instance_id: string;
  charge_type: string;
  payee_id: string;
  payee: Record<string, unknown>;
  payer_id: string;
  payer: BillingPayerJSON;
  subscription_item_id?: string;
  subscription_item?: Record<string, unknown>;
  amount: BillingMoneyAmountJSON;
  totals?: BillingTotalsJSON | null;
  payment_method_id: string;
  payment_method: BillingPaymentMethodJSON;
  statement_id: string;
  gateway_external_id: string | null;
  gateway_external_url: string | null;
  status: BillingPaymentAttemptStatus;
  paid_at: number | null;
  failed_at: number | null;
  created_at: number;
  updated_at: number;
}

/**
 * One attempt to collect a payment, as listed on a billing statement.
 * @public
 */
export class BillingPaymentAttempt {
  /** Unique id of the attempt. */
  readonly id: string;
  /** Payment the attempt belongs to. */
  readonly paymentId: string;
  /** Instance the attempt belongs to. */
  readonly instanceId: string;
  /** Why the charge was made, such as a recurring or checkout charge. */
  readonly chargeType: string;
  /** Who receives the payment. */
  readonly payeeId: string;
  /** The payee as the API sent it (an untyped object, copied verbatim). */
  readonly payee: Record<string, unknown>;
  /** Who pays. */
  readonly payerId: string;
  /** The payer. */
  readonly payer: BillingPayer;
  /** Subscription item charged for, if any. */
  readonly subscriptionItemId: string | null;
  /** The subscription item as the API sent it (an untyped object, copied verbatim), if any. */
  readonly subscriptionItem: Record<string, unknown> | null;
  /** Amount of the attempt. */
  readonly amount: BillingMoneyAmount;
  /** Breakdown of the charge, if reported. */
  readonly totals: BillingTotals | null;
  /** Payment method charged. */
  readonly paymentMethodId: string;
  /** The payment method charged. */
  readonly paymentMethod: BillingPaymentMethod;
  /** Statement the attempt is listed on. */
  readonly statementId: string;
  /** The charge's id at the payment gateway, if any. */
  readonly gatewayExternalId: string | null;
  /** Link to the charge at the payment gateway, if any. */
  readonly gatewayExternalUrl: string | null;
  /** Outcome of the attempt. */
  readonly status: BillingPaymentAttemptStatus;
  /** When the payment succeeded, Unix milliseconds; null if it has not. */
  readonly paidAt: number | null;
  /** When the payment failed, Unix milliseconds; null if it has not. */
  readonly failedAt: number | null;
  /** Creation time, Unix milliseconds. */
  readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  readonly updatedAt: number;
  readonly #raw: BillingPaymentAttemptJSON;

  /** Maps the wire JSON; prefer {@link BillingPaymentAttempt.fromJSON}. */
  constructor(data: BillingPaymentAttemptJSON) {
    this.id = data.id;
    this.paymentId = data.payment_id;
    this.instanceId = data.instance_id;
    this.chargeType = data.charge_type;
    this.payeeId = data.payee_id;
    this.payee = data.payee;
    this.payerId = data.payer_id;
    this.payer = BillingPayer.fromJSON(data.payer);
    this.subscriptionItemId = data.subscription_item_id ?? null;
    this.subscriptionItem = data.subscription_item ?? null;
    this.amount = BillingMoneyAmount.fromJSON(data.amount);
    this.totals = data.totals ? BillingTotals.fromJSON(data.totals) : null;
    this.paymentMethodId = data.payment_method_id;
    this.paymentMethod = BillingPaymentMethod.fromJSON(data.payment_method);
    this.statementId = data.statement_id;
    this.gatewayExternalId = data.gateway_external_id ?? null;
    this.gatewayExternalUrl = data.gateway_external_url ?? null;
    this.status = data.status;
    this.paidAt = data.paid_at ?? null;
    this.failedAt = data.failed_at ?? null;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): BillingPaymentAttemptJSON {
    return this.#raw;
  }

  /** Builds a BillingPaymentAttempt from the API's JSON. */
  static fromJSON(data: BillingPaymentAttemptJSON): BillingPaymentAttempt {
    return new BillingPaymentAttempt(data);
  }
}
