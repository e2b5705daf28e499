import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of a payment source (older shape) (spec schema `CommercePaymentSourceResponse`).
 * @public
 */
export interface BillingPaymentSourceJSON {
  // <generated:BillingPaymentSourceJSON>
  object: 'commerce_source';
  id: string;
  payer_id: string;
  payment_method: 'card' | 'apple_pay' | 'google_pay';
  is_default?: boolean | null;
  gateway: string;
  gateway_external_id: string;
  gateway_external_account_id?: string | null;
  last4: string;
  status: 'active' | 'disconnected';
  wallet_type: string;
  card_type: string;
  expiry_year?: number;
  expiry_month?: number;
  created_at: number;
  updated_at: number;
  is_removable?: boolean | null;
  // </generated:BillingPaymentSourceJSON>
}

/**
 * A payment source in the older subscription item shape (newer responses use a payment method instead).
 * @public
 */
export class BillingPaymentSource extends ClerkModel<BillingPaymentSourceJSON> {
  // @model BillingPaymentSource from CommercePaymentSourceResponse
  // <generated:BillingPaymentSource>
  /** Unique id of the payment source. */
  declare readonly id: string;
  /** Payer the source belongs to. */
  declare readonly payerId: string;
  /** Kind of source. */
  declare readonly paymentMethod: 'card' | 'apple_pay' | 'google_pay';
  /** Whether this is the payer's default source, when reported. */
  declare readonly isDefault: boolean | null;
  /** Payment gateway that holds the source. */
  declare readonly gateway: string;
  /** The source's id at the gateway. */
  declare readonly gatewayExternalId: string;
  /** The gateway account the source lives in, if any. */
  declare readonly gatewayExternalAccountId: string | null;
  /** Last four digits of the card. */
  declare readonly last4: string;
  /** Whether the source can still be charged. */
  declare readonly status: 'active' | 'disconnected';
  /** Wallet the card is used through. */
  declare readonly walletType: string;
  /** Card brand. */
  declare readonly cardType: string;
  /** Card expiry year, when reported. */
  declare readonly expiryYear: number | null;
  /** Card expiry month (1-12), when reported. */
  declare readonly expiryMonth: number | null;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number;
  /** Whether the payer may delete the source, when reported. */
  declare readonly isRemovable: boolean | null;
  /** Builds a BillingPaymentSource from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: BillingPaymentSourceJSON) => BillingPaymentSource;

  /** Maps the wire JSON; prefer {@link BillingPaymentSource.fromJSON}. */
  constructor(data: BillingPaymentSourceJSON) {
    super(data);
    this.id = data.id;
    this.payerId = data.payer_id;
    this.paymentMethod = data.payment_method;
    this.isDefault = data.is_default ?? null;
    this.gateway = data.gateway;
    this.gatewayExternalId = data.gateway_external_id;
    this.gatewayExternalAccountId = data.gateway_external_account_id ?? null;
    this.last4 = data.last4;
    this.status = data.status;
    this.walletType = data.wallet_type;
    this.cardType = data.card_type;
    this.expiryYear = data.expiry_year ?? null;
    this.expiryMonth = data.expiry_month ?? null;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
    this.isRemovable = data.is_removable ?? null;
  }
  // </generated:BillingPaymentSource>
}
