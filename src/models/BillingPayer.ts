import { BillingMoneyAmount, type BillingMoneyAmountJSON } from './BillingMoneyAmount';
import { ClerkModel } from './ClerkModel';

/**
 * Wire shape of a payer (spec schemas `CommercePayerResponse` and `CommercePayerResponse-2`).
 * @public
 */
export interface BillingPayerJSON {
  // <generated:BillingPayerJSON>
  object: 'commerce_payer';
  id: string;
  instance_id: string;
  user_id?: string | null;
  first_name?: string | null;
  last_name?: string | null;
  email?: string | null;
  organization_id?: string | null;
  organization_name?: string | null;
  image_url?: string;
  credits_balance?: BillingMoneyAmountJSON;
  created_at?: number;
  updated_at?: number;
  // </generated:BillingPayerJSON>
}

/**
 * The user or organization that pays for a subscription.
 * @public
 */
export class BillingPayer extends ClerkModel<BillingPayerJSON> {
  // @model BillingPayer from CommercePayerResponse CommercePayerResponse-2
  // <generated:BillingPayer>
  /** Unique id of the payer. */
  declare readonly id: string;
  /** Instance the payer belongs to. */
  declare readonly instanceId: string;
  /** The paying user, when the payer is a user. */
  declare readonly userId: string | null;
  /** The paying user's first name, when known. */
  declare readonly firstName: string | null;
  /** The paying user's last name, when known. */
  declare readonly lastName: string | null;
  /** Billing email address, when known. */
  declare readonly email: string | null;
  /** The paying organization, when the payer is an organization. */
  declare readonly organizationId: string | null;
  /** The paying organization's name, when known. */
  declare readonly organizationName: string | null;
  /** Avatar or logo of the payer, when reported. */
  declare readonly imageUrl: string | null;
  /** Credit the payer has left, when reported. */
  declare readonly creditsBalance: BillingMoneyAmount | null;
  /** Creation time, Unix milliseconds, when reported. */
  declare readonly createdAt: number | null;
  /** Last update time, Unix milliseconds, when reported. */
  declare readonly updatedAt: number | null;
  /** Builds a BillingPayer from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: BillingPayerJSON) => BillingPayer;

  /** Maps the wire JSON; prefer {@link BillingPayer.fromJSON}. */
  constructor(data: BillingPayerJSON) {
    super(data);
    this.id = data.id;
    this.instanceId = data.instance_id;
    this.userId = data.user_id ?? null;
    this.firstName = data.first_name ?? null;
    this.lastName = data.last_name ?? null;
    this.email = data.email ?? null;
    this.organizationId = data.organization_id ?? null;
    this.organizationName = data.organization_name ?? null;
    this.imageUrl = data.image_url ?? null;
    this.creditsBalance = data.credits_balance ? BillingMoneyAmount.fromJSON(data.credits_balance) : null;
    this.createdAt = data.created_at ?? null;
    this.updatedAt = data.updated_at ?? null;
  }
  // </generated:BillingPayer>
}
