import type { FileUpload } from './AbstractAPI';
import type { OrderBy } from '../core/types';
import type { PaginationParams } from '../core/pagination';
import type { OrganizationInvitationStatus } from '../models/OrganizationInvitation';
import type { OrganizationEnrollmentMode } from '../models/OrganizationDomain';

/**
 * How {@link OrganizationAPI.getOrganizationList} may sort: by name, creation time or member count, each
 * optionally prefixed with `+` (ascending, the default) or `-` (descending).
 * @public
 */
export type OrganizationListOrderBy = OrderBy<'name' | 'created_at' | 'members_count'>;

/**
 * How {@link OrganizationAPI.getOrganizationMembershipList} may sort, each key optionally prefixed with `+`
 * (ascending) or `-` (descending).
 * @public
 */
export type OrganizationMembershipListOrderBy = OrderBy<'phone_number' | 'email_address' | 'created_at' | 'first_name' | 'last_name' | 'username'>;

/**
 * How {@link OrganizationAPI.getOrganizationInvitationList} may sort, each key optionally prefixed with `+`
 * (ascending, the default) or `-` (descending).
 * @public
 */
export type OrganizationInvitationListOrderBy = OrderBy<'created_at' | 'email_address'>;

/**
 * Parameters of {@link OrganizationAPI.getOrganizationList}.
 * @public
 */
export interface GetOrganizationListParams extends PaginationParams {
  // @params type orderBy?: OrganizationListOrderBy
  // <generated:GetOrganizationListParams> from ListOrganizations
  /** Include each organization's `membersCount` in the answer. */
  includeMembersCount?: boolean;
  /** Include `missingMemberWithElevatedPermissions` for each organization. */
  includeMissingMemberWithElevatedPermissions?: boolean;
  /** Text to look for: matches an organization id exactly, or part of a name or slug. */
  query?: string;
  /** Only organizations that have one of these users as a member; prefix an id with `-` to exclude instead. */
  userId?: string[];
  /** Only these organizations (up to 100 ids); prefix an id with `-` to exclude instead. */
  organizationId?: string[];
  /** Sort order; `-created_at` (newest first) when not given. */
  orderBy?: OrganizationListOrderBy;
  // </generated:GetOrganizationListParams>
}

/**
 * Parameters of {@link OrganizationAPI.createOrganization}.
 * @public
 */
export interface CreateOrganizationParams {
  // @params type createdAt?: string | Date | null
  // <generated:CreateOrganizationParams> from CreateOrganization
  /** Display name (no URLs or HTML, at most 256 characters). */
  name: string;
  /** Id of the user who becomes the organization's first admin. */
  createdBy?: string | null;
  /** Metadata visible only to the backend; sent with its keys exactly as given. */
  privateMetadata?: Record<string, unknown> | null;
  /** Metadata readable from the frontend; sent with its keys exactly as given. */
  publicMetadata?: Record<string, unknown> | null;
  /** Unique handle of lowercase letters, digits and dashes; only when slugs are enabled for the instance. */
  slug?: string | null;
  /** Cap on the number of memberships (0 for no cap). */
  maxAllowedMemberships?: number | null;
  /** Back-dated creation time, as an RFC 3339 string or a Date (useful for migrations). */
  createdAt?: string | Date | null;
  /** Key of the role set to give the organization. */
  roleSetKey?: string | null;
  // </generated:CreateOrganizationParams>
}

/**
 * Options shared by both ways of calling {@link OrganizationAPI.getOrganization}.
 * @public
 */
export interface GetOrganizationOptions {
  /** Include `membersCount` in the answer. */
  includeMembersCount?: boolean;
  /** Include `missingMemberWithElevatedPermissions` in the answer. */
  includeMissingMemberWithElevatedPermissions?: boolean;
}

/**
 * {@link OrganizationAPI.getOrganization} by id.
 * @public
 */
export interface GetOrganizationByIdParams extends GetOrganizationOptions {
  // @params path organization_id
  // <generated:GetOrganizationByIdParams> from GetOrganization
  /** Id of the organization (`org_...`). */
  organizationId: string;
  // </generated:GetOrganizationByIdParams>
}

/**
 * {@link OrganizationAPI.getOrganization} by slug.
 * @public
 */
export interface GetOrganizationBySlugParams extends GetOrganizationOptions {
  // @params hand-written: the slug goes in the `organization_id` path segment, which the spec names by the id
  /** Slug of the organization. */
  slug: string;
}

/**
 * Parameters of {@link OrganizationAPI.getOrganization}: the organization's id or its slug, plus options.
 * @public
 */
export type GetOrganizationParams = GetOrganizationByIdParams | GetOrganizationBySlugParams;

/**
 * Parameters of {@link OrganizationAPI.updateOrganization}.
 * @public
 */
export interface UpdateOrganizationParams {
  // @params type createdAt?: string | Date | null
  // <generated:UpdateOrganizationParams> from UpdateOrganization
  /** New display name (no URLs or HTML, at most 256 characters). */
  name?: string | null;
  /** New slug, unique within the instance. */
  slug?: string | null;
  /** New cap on the number of memberships (0 for no cap). */
  maxAllowedMemberships?: number | null;
  /** Whether an admin may delete the organization from the frontend. */
  adminDeleteEnabled?: boolean | null;
  /** Back-dated creation time, as an RFC 3339 string or a Date. */
  createdAt?: string | Date | null;
  /** Key of the role set to give the organization. */
  roleSetKey?: string | null;
  // </generated:UpdateOrganizationParams>
  /** Replaces the whole public metadata object (see {@link OrganizationAPI.updateOrganization}). */
  publicMetadata?: Record<string, unknown>;
  /** Replaces the whole private metadata object (see {@link OrganizationAPI.updateOrganization}). */
  privateMetadata?: Record<string, unknown>;
}

/**
 * Parameters of {@link OrganizationAPI.updateOrganizationLogo}.
 * @public
 */
export interface UpdateOrganizationLogoParams {
  // <generated:UpdateOrganizationLogoParams> from UploadOrganizationLogo
  /** Id of the user to credit with the upload. */
  uploaderUserId?: string;
  /** The image (JPEG, PNG, GIF or WebP, at most 10 MB) as a Blob, File, Buffer or Uint8Array; a `File` keeps its name. */
  file: FileUpload;
  // </generated:UpdateOrganizationLogoParams>
}

/**
 * Parameters of {@link OrganizationAPI.updateOrganizationMetadata}.
 * @public
 */
export interface UpdateOrganizationMetadataParams {
  // <generated:UpdateOrganizationMetadataParams> from MergeOrganizationMetadata
  /** Deep-merged into the public metadata; a `null` value removes that key. */
  publicMetadata?: Record<string, unknown>;
  /** Deep-merged into the private metadata; a `null` value removes that key. */
  privateMetadata?: Record<string, unknown>;
  // </generated:UpdateOrganizationMetadataParams>
}

/**
 * Parameters of {@link OrganizationAPI.getOrganizationMembershipList}.
 * @public
 */
export interface GetOrganizationMembershipListParams extends PaginationParams {
  // @params path organization_id
  // @params type orderBy?: OrganizationMembershipListOrderBy
  // @params type lastActiveAtBefore?: number | Date
  // @params type lastActiveAtAfter?: number | Date
  // @params type createdAtBefore?: number | Date
  // @params type createdAtAfter?: number | Date
  // <generated:GetOrganizationMembershipListParams> from ListOrganizationMemberships
  /** Organization whose members to list. */
  organizationId: string;
  /** Sort order. */
  orderBy?: OrganizationMembershipListOrderBy;
  /** Only these users (up to 100); prefix an id with `-` to exclude instead. */
  userId?: string[];
  /** Only members with one of these email addresses (up to 100). */
  emailAddress?: string[];
  /** Only members with one of these phone numbers (up to 100). */
  phoneNumber?: string[];
  /** Only members with one of these usernames (up to 100). */
  username?: string[];
  /** Only members with one of these web3 wallet addresses (up to 100). */
  web3Wallet?: string[];
  /** Only members with one of these role keys (up to 100). */
  role?: string[];
  /** Partial match against emails, phones, usernames, wallets, user ids and names. */
  query?: string;
  /** Case-insensitive partial match on email addresses. */
  emailAddressQuery?: string;
  /** Partial match on phone numbers. */
  phoneNumberQuery?: string;
  /** Case-insensitive partial match on usernames. */
  usernameQuery?: string;
  /** Case-insensitive partial match on first and last names. */
  nameQuery?: string;
  /** Only members whose last session activity was before this time (Unix ms or Date). */
  lastActiveAtBefore?: number | Date;
  /** Only members whose last session activity was after this time (Unix ms or Date). */
  lastActiveAtAfter?: number | Date;
  /** Only members whose user was created before this time (Unix ms or Date). */
  createdAtBefore?: number | Date;
  /** Only members whose user was created after this time (Unix ms or Date). */
  createdAtAfter?: number | Date;
  // </generated:GetOrganizationMembershipListParams>
}

/**
 * Parameters of {@link OrganizationAPI.createOrganizationMembership}.
 * @public
 */
export interface CreateOrganizationMembershipParams {
  // @params path organization_id
  // <generated:CreateOrganizationMembershipParams> from CreateOrganizationMembership
  /** Organization to add the user to. */
  organizationId: string;
  /** User to add; they must belong to the same instance and not be a member already. */
  userId: string;
  /** Role key for the new member, such as `org:member`. */
  role: string;
  /** Membership metadata readable from the frontend; sent with its keys exactly as given. */
  publicMetadata?: Record<string, unknown> | null;
  /** Membership metadata visible only to the backend; sent with its keys exactly as given. */
  privateMetadata?: Record<string, unknown> | null;
  // </generated:CreateOrganizationMembershipParams>
}

/**
 * Parameters of {@link OrganizationAPI.updateOrganizationMembership}.
 * @public
 */
export interface UpdateOrganizationMembershipParams {
  // @params path organization_id, user_id
  // <generated:UpdateOrganizationMembershipParams> from UpdateOrganizationMembership
  /** Organization the membership belongs to. */
  organizationId: string;
  /** User whose membership changes. */
  userId: string;
  /** The member's new role key. */
  role: string;
  // </generated:UpdateOrganizationMembershipParams>
}

/**
 * Parameters of {@link OrganizationAPI.updateOrganizationMembershipMetadata}.
 * @public
 */
export interface UpdateOrganizationMembershipMetadataParams {
  // @params path organization_id, user_id
  // <generated:UpdateOrganizationMembershipMetadataParams> from UpdateOrganizationMembershipMetadata
  /** Organization the membership belongs to. */
  organizationId: string;
  /** User whose membership changes. */
  userId: string;
  /** Deep-merged into the membership's public metadata; a `null` value removes that key. */
  publicMetadata?: Record<string, unknown>;
  /** Deep-merged into the membership's private metadata; a `null` value removes that key. */
  privateMetadata?: Record<string, unknown>;
  // </generated:UpdateOrganizationMembershipMetadataParams>
}

/**
 * Parameters of {@link OrganizationAPI.deleteOrganizationMembership}.
 * @public
 */
export interface DeleteOrganizationMembershipParams {
  // @params path organization_id, user_id
  // <generated:DeleteOrganizationMembershipParams> from DeleteOrganizationMembership
  /** Organization to remove the user from. */
  organizationId: string;
  /** User to remove. */
  userId: string;
  // </generated:DeleteOrganizationMembershipParams>
}

/**
 * Parameters of {@link OrganizationAPI.getOrganizationInvitationList}.
 * @public
 */
export interface GetOrganizationInvitationListParams extends PaginationParams {
  // @params path organization_id
  // @params type status?: OrganizationInvitationStatus[]
  // @params type orderBy?: OrganizationInvitationListOrderBy
  // <generated:GetOrganizationInvitationListParams> from ListOrganizationInvitations
  /** Organization whose invitations to list. */
  organizationId: string;
  /** Only invitations in one of these states (sent as one `status` key per value). */
  status?: OrganizationInvitationStatus[];
  /** Only invitations sent to this email address. */
  emailAddress?: string;
  /** Sort order; `-created_at` (newest first) when not given. */
  orderBy?: OrganizationInvitationListOrderBy;
  // </generated:GetOrganizationInvitationListParams>
}

/**
 * Parameters of {@link OrganizationAPI.getPendingOrganizationInvitationList}.
 * @public
 */
export interface GetPendingOrganizationInvitationListParams extends PaginationParams {
  // @params path organization_id
  // <generated:GetPendingOrganizationInvitationListParams> from ListPendingOrganizationInvitations
  /** Organization whose pending invitations to list. */
  organizationId: string;
  // </generated:GetPendingOrganizationInvitationListParams>
}

/**
 * Parameters of {@link OrganizationAPI.createOrganizationInvitation}.
 * @public
 */
export interface CreateOrganizationInvitationParams {
  // @params path organization_id
  // <generated:CreateOrganizationInvitationParams> from CreateOrganizationInvitation
  /** Organization to invite into. */
  organizationId: string;
  /** Address to send the invitation to. */
  emailAddress: string;
  /** Id of the admin sending the invitation. */
  inviterUserId?: string | null;
  /** Role key the invitee gets on joining, such as `org:member`. */
  role: string;
  /** Metadata copied to the membership's public metadata on acceptance; keys sent exactly as given. */
  publicMetadata?: Record<string, unknown> | null;
  /** Metadata copied to the membership's private metadata on acceptance; keys sent exactly as given. */
  privateMetadata?: Record<string, unknown> | null;
  /** Where to send the invitee after they accept from the email link. */
  redirectUrl?: string | null;
  /** Days until the invitation expires (1 to 365; the API's default is 30). */
  expiresInDays?: number | null;
  /** Whether Clerk emails the invitation (default true). */
  notify?: boolean | null;
  // </generated:CreateOrganizationInvitationParams>
}

/**
 * Parameters of {@link OrganizationAPI.getOrganizationInvitation}.
 * @public
 */
export interface GetOrganizationInvitationParams {
  // @params path organization_id, invitation_id
  // <generated:GetOrganizationInvitationParams> from GetOrganizationInvitation
  /** Organization the invitation belongs to. */
  organizationId: string;
  /** Id of the invitation. */
  invitationId: string;
  // </generated:GetOrganizationInvitationParams>
}

/**
 * Parameters of {@link OrganizationAPI.revokeOrganizationInvitation}.
 * @public
 */
export interface RevokeOrganizationInvitationParams {
  // @params path organization_id, invitation_id
  // <generated:RevokeOrganizationInvitationParams> from RevokeOrganizationInvitation
  /** Organization the invitation belongs to. */
  organizationId: string;
  /** Id of the pending invitation to revoke. */
  invitationId: string;
  /** Id of the admin revoking it. */
  requestingUserId?: string | null;
  // </generated:RevokeOrganizationInvitationParams>
}

/**
 * Parameters of {@link OrganizationAPI.replaceOrganizationMetadata}.
 * @public
 */
export interface ReplaceOrganizationMetadataParams {
  // @params type publicMetadata?: Record<string, unknown> | null
  // @params type privateMetadata?: Record<string, unknown> | null
  // <generated:ReplaceOrganizationMetadataParams> from ReplaceOrganizationMetadata
  /** Becomes the whole public metadata object; leave it out to keep the stored one. */
  publicMetadata?: Record<string, unknown> | null;
  /** Becomes the whole private metadata object; leave it out to keep the stored one. */
  privateMetadata?: Record<string, unknown> | null;
  // </generated:ReplaceOrganizationMetadataParams>
}

/**
 * How {@link OrganizationAPI.getInstanceOrganizationMembershipList} may sort, each key optionally prefixed with
 * `+` (ascending) or `-` (descending).
 * @public
 */
export type InstanceOrganizationMembershipListOrderBy = OrganizationMembershipListOrderBy;

/**
 * Parameters of {@link OrganizationAPI.getInstanceOrganizationMembershipList}.
 * @public
 */
export interface GetInstanceOrganizationMembershipListParams extends PaginationParams {
  // @params type orderBy?: InstanceOrganizationMembershipListOrderBy
  // <generated:GetInstanceOrganizationMembershipListParams> from InstanceGetOrganizationMemberships
  /** Sort order. */
  orderBy?: InstanceOrganizationMembershipListOrderBy;
  // </generated:GetInstanceOrganizationMembershipListParams>
}

/**
 * Parameters of {@link OrganizationAPI.getInstanceOrganizationInvitationList}.
 * @public
 */
export interface GetInstanceOrganizationInvitationListParams extends PaginationParams {
  // @params type orderBy?: OrganizationInvitationListOrderBy
  // @params type status?: OrganizationInvitationStatus
  // <generated:GetInstanceOrganizationInvitationListParams> from ListInstanceOrganizationInvitations
  /** Sort order; `-created_at` (newest first) when not given. */
  orderBy?: OrganizationInvitationListOrderBy;
  /** Only invitations in this state. */
  status?: OrganizationInvitationStatus;
  /** Text to look for in the invited email addresses. */
  query?: string;
  // </generated:GetInstanceOrganizationInvitationListParams>
}

/**
 * One invitation of {@link OrganizationAPI.createOrganizationInvitationBulk}: the fields of
 * {@link CreateOrganizationInvitationParams} without the organization, which is given once for the whole batch.
 * @public
 */
export interface CreateOrganizationInvitationBulkItem {
  /** Address to send the invitation to. */
  emailAddress: string;
  /** Role key the invitee gets on joining, such as `org:member`. */
  role: string;
  /** Id of the admin sending the invitation. */
  inviterUserId?: string | null;
  /** Where to send the invitee after they accept from the email link. */
  redirectUrl?: string | null;
  /** Metadata copied to the membership's public metadata on acceptance; keys sent exactly as given. */
  publicMetadata?: Record<string, unknown> | null;
  /** Metadata copied to the membership's private metadata on acceptance; keys sent exactly as given. */
  privateMetadata?: Record<string, unknown> | null;
  /** Days until the invitation expires (1 to 365; the API's default is 30). */
  expiresInDays?: number | null;
  /** Whether Clerk emails the invitation (default true). */
  notify?: boolean | null;
}

/**
 * Parameters of {@link OrganizationAPI.getOrganizationDomainList}.
 * @public
 */
export interface GetOrganizationDomainListParams extends PaginationParams {
  // @params path organization_id
  // @params type verified?: boolean
  // @params type enrollmentMode?: OrganizationDomainEnrollmentModeFilter
  // <generated:GetOrganizationDomainListParams> from ListOrganizationDomains
  /** Organization whose domains to list. */
  organizationId: string;
  /** Only verified (`true`) or only unverified (`false`) domains. */
  verified?: boolean;
  /** Only domains with this enrollment mode, or (prefixed with `-`) only those without it. */
  enrollmentMode?: OrganizationDomainEnrollmentModeFilter;
  // </generated:GetOrganizationDomainListParams>
}

/**
 * Parameters of {@link OrganizationAPI.createOrganizationDomain}.
 * @public
 */
export interface CreateOrganizationDomainParams {
  // @params path organization_id
  // @params type name: string
  // @params type enrollmentMode?: OrganizationEnrollmentMode
  // <generated:CreateOrganizationDomainParams> from CreateOrganizationDomain
  /** Organization to add the domain to. */
  organizationId: string;
  /** The domain name, such as `acme.com`. */
  name: string;
  /** How users with an address on the domain join the organization. */
  enrollmentMode?: OrganizationEnrollmentMode;
  /** Whether to store the domain as already verified (the API's default is true). */
  verified?: boolean | null;
  // </generated:CreateOrganizationDomainParams>
}

/**
 * Parameters of {@link OrganizationAPI.updateOrganizationDomain}.
 * @public
 */
export interface UpdateOrganizationDomainParams {
  // @params path organization_id, domain_id
  // @params type enrollmentMode?: OrganizationEnrollmentMode | null
  // <generated:UpdateOrganizationDomainParams> from UpdateOrganizationDomain
  /** Organization the domain belongs to. */
  organizationId: string;
  /** Id of the domain to change. */
  domainId: string;
  /** New enrollment mode. */
  enrollmentMode?: OrganizationEnrollmentMode | null;
  /** Mark the domain verified or unverified. */
  verified?: boolean | null;
  // </generated:UpdateOrganizationDomainParams>
}

/**
 * Parameters of {@link OrganizationAPI.deleteOrganizationDomain}.
 * @public
 */
export interface DeleteOrganizationDomainParams {
  // @params path organization_id, domain_id
  // <generated:DeleteOrganizationDomainParams> from DeleteOrganizationDomain
  /** Organization the domain belongs to. */
  organizationId: string;
  /** Id of the domain to remove. */
  domainId: string;
  // </generated:DeleteOrganizationDomainParams>
}

/**
 * An enrollment mode filter of {@link OrganizationAPI.getInstanceOrganizationDomainList}: a mode to include, or
 * one prefixed with `-` to exclude.
 * @public
 */
export type OrganizationDomainEnrollmentModeFilter = OrganizationEnrollmentMode | `-${OrganizationEnrollmentMode}`;

/**
 * How {@link OrganizationAPI.getInstanceOrganizationDomainList} may sort, each key optionally prefixed with `+`
 * (ascending) or `-` (descending).
 * @public
 */
export type InstanceOrganizationDomainListOrderBy = OrderBy<'name' | 'created_at'>;

/**
 * Parameters of {@link OrganizationAPI.getInstanceOrganizationDomainList}.
 * @public
 */
export interface GetInstanceOrganizationDomainListParams extends PaginationParams {
  // @params type verified?: boolean
  // @params type enrollmentMode?: OrganizationDomainEnrollmentModeFilter[]
  // @params type orderBy?: InstanceOrganizationDomainListOrderBy
  // <generated:GetInstanceOrganizationDomainListParams> from ListAllOrganizationDomains
  /** Only the domains of this organization. */
  organizationId?: string;
  /** Only verified (`true`) or only unverified (`false`) domains. */
  verified?: boolean;
  /**
   * Enrollment modes to include (or, prefixed with `-`, to exclude). Unlike the other list filters, the API wants
   * these as one comma-separated value, so the method joins them for you.
   */
  enrollmentMode?: OrganizationDomainEnrollmentModeFilter[];
  /**
   * Search text: an exact organization id when it starts with `org_`, otherwise part of a domain name (case does not
   * matter). The API refuses an empty or blank value.
   */
  query?: string;
  /** Only these exact domain names (each sent as its own `domains` key). */
  domains?: string[];
  /** Sort order; `-created_at` (newest first) when not given. */
  orderBy?: InstanceOrganizationDomainListOrderBy;
  // </generated:GetInstanceOrganizationDomainListParams>
}
