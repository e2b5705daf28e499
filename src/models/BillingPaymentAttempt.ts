import { BillingMoneyAmount, type BillingMoneyAmountJSON } from './BillingMoneyAmount';
import { BillingPayer, type BillingPayerJSON } from './BillingPayer';
import { BillingPaymentMethod, type BillingPaymentMethodJSON } from './BillingPaymentMethod';
import { BillingTotals, type BillingTotalsJSON } from './BillingTotals';
import { ClerkModel } from './ClerkModel';

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
  // <generated:BillingPaymentAttemptJSON>
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
  // </generated:BillingPaymentAttemptJSON>
}

/**
 * One attempt to collect a payment, as listed on a billing statement.
 * @public
 */
export class BillingPaymentAttempt extends ClerkModel<BillingPaymentAttemptJSON> {
  // @model BillingPaymentAttempt from BillingPaymentAttempt
  // @override payee value: data.payee
  // @override subscription_item type: Record<string, unknown> | null
  // @override subscription_item value: data.subscription_item ?? null
  // <generated:BillingPaymentAttempt>
  /** Unique id of the attempt. */
  declare readonly id: string;
  /** Payment the attempt belongs to. */
  declare readonly paymentId: string;
  /** Instance the attempt belongs to. */
  declare readonly instanceId: string;
  /** Why the charge was made, such as a recurring or checkout charge. */
  declare readonly chargeType: string;
  /** Who receives the payment. */
  declare readonly payeeId: string;
  /** The payee as the API sent it (an untyped object, copied verbatim). */
  declare readonly payee: Record<string, unknown>;
  /** Who pays. */
  declare readonly payerId: string;
  /** The payer. */
  declare readonly payer: BillingPayer;
  /** Subscription item charged for, if any. */
  declare readonly subscriptionItemId: string | null;
  /** The subscription item as the API sent it (an untyped object, copied verbatim), if any. */
  declare readonly subscriptionItem: Record<string, unknown> | null;
  /** Amount of the attempt. */
  declare readonly amount: BillingMoneyAmount;
  /** Breakdown of the charge, if reported. */
  declare readonly totals: BillingTotals | null;
  /** Payment method charged. */
  declare readonly paymentMethodId: string;
  /** The payment method charged. */
  declare readonly paymentMethod: BillingPaymentMethod;
  /** Statement the attempt is listed on. */
  declare readonly statementId: string;
  /** The charge's id at the payment gateway, if any. */
  declare readonly gatewayExternalId: string | null;
  /** Link to the charge at the payment gateway, if any. */
  declare readonly gatewayExternalUrl: string | null;
  /** Outcome of the attempt. */
  declare readonly status: BillingPaymentAttemptStatus;
  /** When the payment succeeded, Unix milliseconds; null if it has not. */
  declare readonly paidAt: number | null;
  /** When the payment failed, Unix milliseconds; null if it has not. */
  declare readonly failedAt: number | null;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number;
  /** Builds a BillingPaymentAttempt from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: BillingPaymentAttemptJSON) => BillingPaymentAttempt;

  /** Maps the wire JSON; prefer {@link BillingPaymentAttempt.fromJSON}. */
  constructor(data: BillingPaymentAttemptJSON) {
    super(data);
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
  }
  // </generated:BillingPaymentAttempt>
}
