import { OrganizationInvitationPublicUserData, type OrganizationInvitationPublicUserDataJSON } from './OrganizationInvitationPublicUserData';
import { ClerkModel } from './ClerkModel';

/**
 * States an organization invitation can be in, as the list filter names them.
 * @public
 */
export type OrganizationInvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

/**
 * Wire shape of an organization invitation.
 * @public
 */
export interface OrganizationInvitationJSON {
  // <generated:OrganizationInvitationJSON>
  object: 'organization_invitation';
  id: string;
  email_address: string;
  role: string;
  role_name: string;
  organization_id?: string;
  inviter_id: string | null;
  public_inviter_data: OrganizationInvitationPublicUserDataJSON | null;
  status?: string;
  public_metadata: Record<string, unknown>;
  private_metadata?: Record<string, unknown>;
  url: string | null;
  expires_at: number | null;
  created_at: number;
  updated_at: number;
  // </generated:OrganizationInvitationJSON>
}

/**
 * An invitation, sent by email, for someone to join an organization with a given role.
 * @public
 */
export class OrganizationInvitation extends ClerkModel<OrganizationInvitationJSON> {
  // @model OrganizationInvitation from OrganizationInvitation
  // @override public_inviter_data json: : OrganizationInvitationPublicUserDataJSON | null
  // <generated:OrganizationInvitation>
  /** Unique id of the invitation (`orginv_...`). */
  declare readonly id: string;
  /** Address the invitation was sent to. */
  declare readonly emailAddress: string;
  /** Key of the role the invitee gets on joining, such as `org:member`. */
  declare readonly role: string;
  /** Human-readable name of that role. */
  declare readonly roleName: string;
  /** Organization the invitation is for, when reported. */
  declare readonly organizationId: string | null;
  /** Id of the user who sent the invitation, if one was named. */
  declare readonly inviterId: string | null;
  /** Public profile of the user who sent the invitation, if one was named. */
  declare readonly publicInviterData: OrganizationInvitationPublicUserData | null;
  /** Where the invitation stands: `pending`, `accepted`, `revoked` or `expired`, when reported. */
  declare readonly status: string | null;
  /** Metadata readable from the frontend, copied to the membership on acceptance; keys exactly as stored. */
  declare readonly publicMetadata: Record<string, unknown>;
  /** Backend-only metadata, copied to the membership on acceptance; keys exactly as stored. */
  declare readonly privateMetadata: Record<string, unknown>;
  /** Link the invitee follows to accept, when the API exposes it. */
  declare readonly url: string | null;
  /** Expiry time, Unix milliseconds, if the invitation expires. */
  declare readonly expiresAt: number | null;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number;

  /** Maps the wire JSON; prefer {@link OrganizationInvitation.fromJSON}. */
  constructor(data: OrganizationInvitationJSON) {
    super(data);
    this.id = data.id;
    this.emailAddress = data.email_address;
    this.role = data.role;
    this.roleName = data.role_name;
    this.organizationId = data.organization_id ?? null;
    this.inviterId = data.inviter_id ?? null;
    this.publicInviterData = data.public_inviter_data ? OrganizationInvitationPublicUserData.fromJSON(data.public_inviter_data) : null;
    this.status = data.status ?? null;
    this.publicMetadata = data.public_metadata ?? {};
    this.privateMetadata = data.private_metadata ?? {};
    this.url = data.url ?? null;
    this.expiresAt = data.expires_at ?? null;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
  }

  /** Builds an OrganizationInvitation from the API's JSON. */
  static fromJSON(data: OrganizationInvitationJSON): OrganizationInvitation {
    return make(data);
  }
  // </generated:OrganizationInvitation>
}

// <generated:make-OrganizationInvitation>
function make(data: OrganizationInvitationJSON): OrganizationInvitation {
  return new OrganizationInvitation(data);
}
// </generated:make-OrganizationInvitation>
