import { OrganizationDomainVerification, type OrganizationDomainVerificationJSON } from './OrganizationDomainVerification';
import {
  OrganizationInvitationPublicOrganizationData,
  type OrganizationInvitationPublicOrganizationDataJSON,
} from './OrganizationInvitationPublicOrganizationData';
import { ClerkModel } from './ClerkModel';

/**
 * How users whose email address is on an organization domain get into the organization.
 * @public
 */
export type OrganizationEnrollmentMode = 'manual_invitation' | 'automatic_invitation' | 'automatic_suggestion' | 'enterprise_sso';

/**
 * Wire shape of an organization domain.
 * @public
 */
export interface OrganizationDomainJSON {
  // <generated:OrganizationDomainJSON>
  object: 'organization_domain';
  id: string;
  organization_id: string;
  name: string;
  enrollment_mode: OrganizationEnrollmentMode;
  affiliation_email_address: string | null;
  affiliation_verification: OrganizationDomainVerificationJSON | null;
  ownership_verification: OrganizationDomainVerificationJSON | null;
  /** Deprecated by the API: the same record as `affiliation_verification`. */
  verification: OrganizationDomainVerificationJSON | null;
  total_pending_invitations: number;
  total_pending_suggestions: number;
  public_organization_data?: OrganizationInvitationPublicOrganizationDataJSON | null;
  created_at: number;
  updated_at: number;
  // </generated:OrganizationDomainJSON>
}

/**
 * An email domain tied to an organization, so people with addresses on it can be invited or offered to join.
 * @public
 */
export class OrganizationDomain extends ClerkModel<OrganizationDomainJSON> {
  // @model OrganizationDomain from OrganizationDomain
  // @override affiliation_verification value: verificationOf(data.affiliation_verification)
  // @override ownership_verification value: verificationOf(data.ownership_verification)
  // @override verification value: verificationOf(data.verification)
  // <generated:OrganizationDomain>
  /** Unique id of the domain record. */
  declare readonly id: string;
  /** Organization the domain belongs to. */
  declare readonly organizationId: string;
  /** The domain name, such as `acme.com`. */
  declare readonly name: string;
  /** How matching users join: manual invitation, automatic invitation, automatic suggestion or enterprise SSO. */
  declare readonly enrollmentMode: OrganizationEnrollmentMode;
  /** Address a member used to prove their affiliation with the domain, if any. */
  declare readonly affiliationEmailAddress: string | null;
  /** State of the affiliation check, if one was started. */
  declare readonly affiliationVerification: OrganizationDomainVerification | null;
  /** State of the DNS ownership check; null until one is attempted. */
  declare readonly ownershipVerification: OrganizationDomainVerification | null;
  /**
   * Older name of the affiliation check.
   * @deprecated Read {@link OrganizationDomain.affiliationVerification} instead.
   */
  declare readonly verification: OrganizationDomainVerification | null;
  /** Invitations sent because of this domain that are still pending. */
  declare readonly totalPendingInvitations: number;
  /** Join suggestions made because of this domain that are still pending. */
  declare readonly totalPendingSuggestions: number;
  /** Public summary of the organization, when reported (instance-wide listings include it). */
  declare readonly publicOrganizationData: OrganizationInvitationPublicOrganizationData | null;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number;
  /** Builds an OrganizationDomain from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: OrganizationDomainJSON) => OrganizationDomain;

  /** Maps the wire JSON; prefer {@link OrganizationDomain.fromJSON}. */
  constructor(data: OrganizationDomainJSON) {
    super(data);
    this.id = data.id;
    this.organizationId = data.organization_id;
    this.name = data.name;
    this.enrollmentMode = data.enrollment_mode;
    this.affiliationEmailAddress = data.affiliation_email_address ?? null;
    this.affiliationVerification = verificationOf(data.affiliation_verification);
    this.ownershipVerification = verificationOf(data.ownership_verification);
    this.verification = verificationOf(data.verification);
    this.totalPendingInvitations = data.total_pending_invitations;
    this.totalPendingSuggestions = data.total_pending_suggestions;
    this.publicOrganizationData = data.public_organization_data ? OrganizationInvitationPublicOrganizationData.fromJSON(data.public_organization_data) : null;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
  }
  // </generated:OrganizationDomain>
}

function verificationOf(data: OrganizationDomainVerificationJSON | null | undefined): OrganizationDomainVerification | null {
  return data ? OrganizationDomainVerification.fromJSON(data) : null;
}
