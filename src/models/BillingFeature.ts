import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of a plan feature (spec schemas `FeatureResponse` and `FeatureResponse-2`).
 * @public
 */
export interface BillingFeatureJSON {
  // <generated:BillingFeatureJSON>
  object: 'feature';
  id: string;
  name: string;
  description: string | null;
  slug: string;
  avatar_url: string | null;
  // </generated:BillingFeatureJSON>
}

/**
 * A feature that a billing plan grants to its subscribers.
 * @public
 */
export class BillingFeature extends ClerkModel<BillingFeatureJSON> {
  // @model BillingFeature from FeatureResponse FeatureResponse-2
  // <generated:BillingFeature>
  /** Unique id of the feature. */
  declare readonly id: string;
  /** Display name of the feature. */
  declare readonly name: string;
  /** Longer text about the feature, if one was written. */
  declare readonly description: string | null;
  /** Stable key of the feature, as used in permission and entitlement checks. */
  declare readonly slug: string;
  /** Image shown for the feature, if any. */
  declare readonly avatarUrl: string | null;
  /** Builds a BillingFeature from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: BillingFeatureJSON) => BillingFeature;

  /** Maps the wire JSON; prefer {@link BillingFeature.fromJSON}. */
  constructor(data: BillingFeatureJSON) {
    super(data);
    this.id = data.id;
    this.name = data.name;
    this.description = data.description ?? null;
    this.slug = data.slug;
    this.avatarUrl = data.avatar_url ?? null;
  }
  // </generated:BillingFeature>
}
