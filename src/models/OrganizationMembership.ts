import { Organization, type OrganizationJSON } from './Organization';
import { OrganizationMembershipPublicUserData, type OrganizationMembershipPublicUserDataJSON } from './OrganizationMembershipPublicUserData';
import { ClerkModel } from './ClerkModel';

/**
 * Wire shape of an organization membership.
 * @public
 */
export interface OrganizationMembershipJSON {
  // <generated:OrganizationMembershipJSON>
  id: string;
  object: 'organization_membership';
  role: string;
  role_name?: string;
  permissions: string[];
  public_metadata: Record<string, unknown>;
  private_metadata?: Record<string, unknown>;
  organization: OrganizationJSON;
  public_user_data?: OrganizationMembershipPublicUserDataJSON;
  created_at: number;
  updated_at: number;
  // </generated:OrganizationMembershipJSON>
}

/**
 * Links one user to one organization with a role.
 * @public
 */
export class OrganizationMembership extends ClerkModel<OrganizationMembershipJSON> {
  // @model OrganizationMembership from OrganizationMembership
  // <generated:OrganizationMembership>
  /** Unique id of the membership (`orgmem_...`). */
  declare readonly id: string;
  /** Key of the member's role, such as `org:admin`. */
  declare readonly role: string;
  /** Human-readable name of that role, when reported. */
  declare readonly roleName: string | null;
  /** Permission keys the role grants, such as `org:sys_memberships:manage`. */
  declare readonly permissions: string[];
  /** Membership metadata readable from the frontend; keys exactly as stored. */
  declare readonly publicMetadata: Record<string, unknown>;
  /** Membership metadata visible only to the backend; keys exactly as stored. */
  declare readonly privateMetadata: Record<string, unknown>;
  /** The organization this membership belongs to. */
  declare readonly organization: Organization;
  /** Public profile of the member, when the API includes it. */
  declare readonly publicUserData: OrganizationMembershipPublicUserData | null;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number;
  /** Builds an OrganizationMembership from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: OrganizationMembershipJSON) => OrganizationMembership;

  /** Maps the wire JSON; prefer {@link OrganizationMembership.fromJSON}. */
  constructor(data: OrganizationMembershipJSON) {
    super(data);
    this.id = data.id;
    this.role = data.role;
    this.roleName = data.role_name ?? null;
    this.permissions = data.permissions ?? [];
    this.publicMetadata = data.public_metadata ?? {};
    this.privateMetadata = data.private_metadata ?? {};
    this.organization = Organization.fromJSON(data.organization);
    this.publicUserData = data.public_user_data ? OrganizationMembershipPublicUserData.fromJSON(data.public_user_data) : null;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
  }
  // </generated:OrganizationMembership>
}
