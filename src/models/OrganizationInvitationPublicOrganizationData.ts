import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of the public summary of an organization, as embedded in invitations and domains.
 * @public
 */
export interface OrganizationInvitationPublicOrganizationDataJSON {
  // <generated:OrganizationInvitationPublicOrganizationDataJSON>
  id: string;
  name: string;
  slug: string;
  image_url?: string;
  has_image: boolean;
  // </generated:OrganizationInvitationPublicOrganizationDataJSON>
}

/**
 * The few organization details that may be shown to someone who is not (yet) a member.
 * @public
 */
export class OrganizationInvitationPublicOrganizationData extends ClerkModel<OrganizationInvitationPublicOrganizationDataJSON> {
  // @model OrganizationInvitationPublicOrganizationData from OrganizationInvitationPublicOrganizationData
  // <generated:OrganizationInvitationPublicOrganizationData>
  /** Id of the organization (`org_...`). */
  declare readonly id: string;
  /** Display name. */
  declare readonly name: string;
  /** URL-friendly handle. */
  declare readonly slug: string;
  /** URL of the logo (or placeholder), when reported. */
  declare readonly imageUrl: string | null;
  /** Whether a logo has been uploaded. */
  declare readonly hasImage: boolean;
  /** Builds an OrganizationInvitationPublicOrganizationData from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: OrganizationInvitationPublicOrganizationDataJSON) => OrganizationInvitationPublicOrganizationData;

  /** Maps the wire JSON; prefer {@link OrganizationInvitationPublicOrganizationData.fromJSON}. */
  constructor(data: OrganizationInvitationPublicOrganizationDataJSON) {
    super(data);
    this.id = data.id;
    this.name = data.name;
    this.slug = data.slug;
    this.imageUrl = data.image_url ?? null;
    this.hasImage = data.has_image;
  }
  // </generated:OrganizationInvitationPublicOrganizationData>
}
