import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of one verification record attached to an organization domain.
 * @public
 */
export interface OrganizationDomainVerificationJSON {
  // <generated:OrganizationDomainVerificationJSON>
  status: string;
  strategy: string;
  attempts: number | null;
  expire_at: number | null;
  verified_at: number | null;
  // </generated:OrganizationDomainVerificationJSON>
}

/**
 * Progress of one check on an organization domain: either the affiliation check (a member proving they own an
 * address there) or the DNS ownership check.
 * @public
 */
export class OrganizationDomainVerification extends ClerkModel<OrganizationDomainVerificationJSON> {
  // @model OrganizationDomainVerification from OrganizationDomainVerification
  // <generated:OrganizationDomainVerification>
  /** Where the check stands: `unverified`, `verified`, `failed` or `expired`. */
  declare readonly status: string;
  /** How the check is carried out, for example `email_code` or a DNS TXT challenge. */
  declare readonly strategy: string;
  /** Number of tries made so far, when counted. */
  declare readonly attempts: number | null;
  /** When the pending check lapses, Unix milliseconds, if it does. */
  declare readonly expireAt: number | null;
  /** When ownership was proven, Unix milliseconds; only ever set on the ownership check. */
  declare readonly verifiedAt: number | null;
  /** Builds an OrganizationDomainVerification from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: OrganizationDomainVerificationJSON) => OrganizationDomainVerification;

  /** Maps the wire JSON; prefer {@link OrganizationDomainVerification.fromJSON}. */
  constructor(data: OrganizationDomainVerificationJSON) {
    super(data);
    this.status = data.status;
    this.strategy = data.strategy;
    this.attempts = data.attempts ?? null;
    this.expireAt = data.expire_at ?? null;
    this.verifiedAt = data.verified_at ?? null;
  }
  // </generated:OrganizationDomainVerification>
}
