import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of a payment method (spec schema `CommercePaymentMethodResponse`).
 * @public
 */
export interface BillingPaymentMethodJSON {
  // <generated:BillingPaymentMethodJSON>
  object: 'commerce_payment_method';
  id: string;
  payer_id: string;
  payment_type: 'card' | 'link' | 'payer-credits';
  is_default?: boolean;
  gateway: string;
  gateway_external_id: string;
  gateway_external_account_id: string | null;
  last4: string | null;
  status: 'active' | 'disconnected';
  wallet_type?: string | null;
  card_type: string | null;
  expiry_year?: number | null;
  expiry_month?: number | null;
  created_at?: number;
  updated_at?: number;
  is_removable?: boolean;
  // </generated:BillingPaymentMethodJSON>
}

/**
 * A saved way for a payer to pay, such as a card.
 * @public
 */
export class BillingPaymentMethod extends ClerkModel<BillingPaymentMethodJSON> {
  // @model BillingPaymentMethod from CommercePaymentMethodResponse
  // <generated:BillingPaymentMethod>
  /** Unique id of the payment method. */
  declare readonly id: string;
  /** Payer the method belongs to. */
  declare readonly payerId: string;
  /** Kind of payment method. */
  declare readonly paymentType: 'card' | 'link' | 'payer-credits';
  /** Whether this is the payer's default method, when reported. */
  declare readonly isDefault: boolean | null;
  /** Payment gateway that holds the method, such as `stripe`. */
  declare readonly gateway: string;
  /** The method's id at the gateway. */
  declare readonly gatewayExternalId: string;
  /** The gateway account the method lives in, if any. */
  declare readonly gatewayExternalAccountId: string | null;
  /** Last four digits of the card, if any. */
  declare readonly last4: string | null;
  /** Whether the method can still be charged. */
  declare readonly status: 'active' | 'disconnected';
  /** Wallet the card is used through (such as Apple Pay), if any. */
  declare readonly walletType: string | null;
  /** Card brand, such as `visa`, if any. */
  declare readonly cardType: string | null;
  /** Card expiry year, if any. */
  declare readonly expiryYear: number | null;
  /** Card expiry month (1-12), if any. */
  declare readonly expiryMonth: number | null;
  /** Creation time, Unix milliseconds, when reported. */
  declare readonly createdAt: number | null;
  /** Last update time, Unix milliseconds, when reported. */
  declare readonly updatedAt: number | null;
  /** Whether the payer may delete the method, when reported. */
  declare readonly isRemovable: boolean | null;
  /** Builds a BillingPaymentMethod from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: BillingPaymentMethodJSON) => BillingPaymentMethod;

  /** Maps the wire JSON; prefer {@link BillingPaymentMethod.fromJSON}. */
  constructor(data: BillingPaymentMethodJSON) {
    super(data);
    this.id = data.id;
    this.payerId = data.payer_id;
    this.paymentType = data.payment_type;
    this.isDefault = data.is_default ?? null;
    this.gateway = data.gateway;
    this.gatewayExternalId = data.gateway_external_id;
    this.gatewayExternalAccountId = data.gateway_external_account_id ?? null;
    this.last4 = data.last4 ?? null;
    this.status = data.status;
    this.walletType = data.wallet_type ?? null;
    this.cardType = data.card_type ?? null;
    this.expiryYear = data.expiry_year ?? null;
    this.expiryMonth = data.expiry_month ?? null;
    this.createdAt = data.created_at ?? null;
    this.updatedAt = data.updated_at ?? null;
    this.isRemovable = data.is_removable ?? null;
  }
  // </generated:BillingPaymentMethod>
}
