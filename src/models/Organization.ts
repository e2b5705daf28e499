/**
 * Wire shape of an organization (the spec's `Organization`, plus the `logo_url` that logo uploads add).
 * @public
 */
export interface OrganizationJSON {
  object: 'organization';
  id: string;
  name: string;
  slug: string;
  image_url?: string;
  has_image: boolean;
  members_count?: number;
  missing_member_with_elevated_permissions?: boolean;
  pending_invitations_count?: number;
  max_allowed_memberships: number;
  admin_delete_enabled: boolean;
  public_metadata: Record<string, unknown>;
  private_metadata?: Record<string, unknown>;
  created_by?: string;
  created_at: number;
  updated_at: number;
  last_active_at?: number;
  role_set_key?: string | null;
  /** Only in logo upload responses, and deprecated there in favour of `image_url`. */
  logo_url?: string;
}

/**
 * A group of users that share access to an application, with its own members, roles and metadata.
 * @public
 */
export class Organization {
  /** Unique id of the organization (`org_...`). */
  readonly id: string;
  /** Display name. */
  readonly name: string;
  /** URL-friendly handle, unique within the instance. */
  readonly slug: string;
  /** URL of the organization's logo, or of a generated placeholder when it has none. */
  readonly imageUrl: string | null;
  /** Whether a logo has been uploaded (as opposed to the placeholder image). */
  readonly hasImage: boolean;
  /** Number of members; only reported when the request asked for it. */
  readonly membersCount: number | null;
  /** Whether an admin-level user is missing from the members; only reported when the request asked for it. */
  readonly missingMemberWithElevatedPermissions: boolean | null;
  /** Number of invitations still waiting for an answer, when reported. */
  readonly pendingInvitationsCount: number | null;
  /** Cap on the number of memberships (0 means no cap). */
  readonly maxAllowedMemberships: number;
  /** Whether an admin may delete the organization from the frontend. */
  readonly adminDeleteEnabled: boolean;
  /** Metadata readable from the frontend, writable only from the backend; keys exactly as stored. */
  readonly publicMetadata: Record<string, unknown>;
  /** Metadata visible only to the backend; keys exactly as stored. */
  readonly privateMetadata: Record<string, unknown>;
  /** Id of the user who created the organization, when known. */
  readonly createdBy: string | null;
  /** Creation time, Unix milliseconds. */
  readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  readonly updatedAt: number;
  /** Time of the latest activity in the organization, Unix milliseconds, when reported. */
  readonly lastActiveAt: number | null;
  /** Key of the role set assigned to the organization, if any. */
  readonly roleSetKey: string | null;
  /**
   * Logo URL, sent only in answers to a logo upload.
   * @deprecated Read {@link Organization.imageUrl} instead.
   */
  readonly logoUrl: string | null;
  readonly #raw: OrganizationJSON;

  /** Maps the wire JSON; prefer {@link Organization.fromJSON}. */
  constructor(data: OrganizationJSON) {
    this.id = data.id;
    this.name = data.name;
    this.slug = data.slug;
    this.imageUrl = data.image_url ?? null;
    this.hasImage = data.has_image;
    this.membersCount = data.members_count ?? null;
    this.missingMemberWithElevatedPermissions = data.missing_member_with_elevated_permissions ?? null;
    this.pendingInvitationsCount = data.pending_invitations_count ?? null;
    this.maxAllowedMemberships = data.max_allowed_memberships;
    this.adminDeleteEnabled = data.admin_delete_enabled;
    this.publicMetadata = data.public_metadata ?? {};
    this.privateMetadata = data.private_metadata ?? {};
    this.createdBy = data.created_by ?? null;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
    this.lastActiveAt = data.last_active_at ?? null;
    this.roleSetKey = data.role_set_key ?? null;
    this.logoUrl = data.logo_url ?? null;
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): OrganizationJSON {
    return this.#raw;
  }

  /** Builds an Organization from the API's JSON. */
  static fromJSON(data: OrganizationJSON): Organization {
    return new Organization(data);
  }
}
