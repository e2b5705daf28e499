import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of an organization (the spec's `Organization`, plus the `logo_url` that logo uploads add).
 * @public
 */
export interface OrganizationJSON {
  // <generated:OrganizationJSON>
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
  // </generated:OrganizationJSON>
}

/**
 * A group of users that share access to an application, with its own members, roles and metadata.
 * @public
 */
export class Organization extends ClerkModel<OrganizationJSON> {
  // @model Organization from Organization OrganizationWithLogo
  // @override object json: : 'organization'
  // @override id json: : string
  // @override id type: string
  // @override id value: data.id
  // @override name json: : string
  // @override name type: string
  // @override name value: data.name
  // @override slug json: : string
  // @override slug type: string
  // @override slug value: data.slug
  // @override has_image json: : boolean
  // @override has_image type: boolean
  // @override has_image value: data.has_image
  // @override max_allowed_memberships json: : number
  // @override max_allowed_memberships type: number
  // @override max_allowed_memberships value: data.max_allowed_memberships
  // @override admin_delete_enabled json: : boolean
  // @override admin_delete_enabled type: boolean
  // @override admin_delete_enabled value: data.admin_delete_enabled
  // @override public_metadata json: : Record<string, unknown>
  // @override created_at json: : number
  // @override created_at type: number
  // @override created_at value: data.created_at
  // @override updated_at json: : number
  // @override updated_at type: number
  // @override updated_at value: data.updated_at
  // @override logo_url json: ?: string
  // @override logo_url type: string | null
  // @override logo_url value: data.logo_url ?? null
  // <generated:Organization>
  /** Unique id of the organization (`org_...`). */
  declare readonly id: string;
  /** Display name. */
  declare readonly name: string;
  /** URL-friendly handle, unique within the instance. */
  declare readonly slug: string;
  /** URL of the organization's logo, or of a generated placeholder when it has none. */
  declare readonly imageUrl: string | null;
  /** Whether a logo has been uploaded (as opposed to the placeholder image). */
  declare readonly hasImage: boolean;
  /** Number of members; only reported when the request asked for it. */
  declare readonly membersCount: number | null;
  /** Whether an admin-level user is missing from the members; only reported when the request asked for it. */
  declare readonly missingMemberWithElevatedPermissions: boolean | null;
  /** Number of invitations still waiting for an answer, when reported. */
  declare readonly pendingInvitationsCount: number | null;
  /** Cap on the number of memberships (0 means no cap). */
  declare readonly maxAllowedMemberships: number;
  /** Whether an admin may delete the organization from the frontend. */
  declare readonly adminDeleteEnabled: boolean;
  /** Metadata readable from the frontend, writable only from the backend; keys exactly as stored. */
  declare readonly publicMetadata: Record<string, unknown>;
  /** Metadata visible only to the backend; keys exactly as stored. */
  declare readonly privateMetadata: Record<string, unknown>;
  /** Id of the user who created the organization, when known. */
  declare readonly createdBy: string | null;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number;
  /** Time of the latest activity in the organization, Unix milliseconds, when reported. */
  declare readonly lastActiveAt: number | null;
  /** Key of the role set assigned to the organization, if any. */
  declare readonly roleSetKey: string | null;
  /**
   * Logo URL, sent only in answers to a logo upload.
   * @deprecated Read {@link Organization.imageUrl} instead.
   */
  declare readonly logoUrl: string | null;
  /** Builds an Organization from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: OrganizationJSON) => Organization;

  /** Maps the wire JSON; prefer {@link Organization.fromJSON}. */
  constructor(data: OrganizationJSON) {
    super(data);
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
  }
  // </generated:Organization>
}
