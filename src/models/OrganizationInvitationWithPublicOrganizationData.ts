import { OrganizationInvitation, type OrganizationInvitationJSON } from './OrganizationInvitation';
import {
  OrganizationInvitationPublicOrganizationData,
  type OrganizationInvitationPublicOrganizationDataJSON,
} from './OrganizationInvitationPublicOrganizationData';

/**
 * Wire shape of an organization invitation that also carries the organization's public details.
 * @public
 */
export interface OrganizationInvitationWithPublicOrganizationDataJSON extends OrganizationInvitationJSON {
  public_organization_data?: OrganizationInvitationPublicOrganizationDataJSON;
}

/**
 * An organization invitation, as listed across the whole instance, with a summary of the organization it is for.
 * @public
 */
export class OrganizationInvitationWithPublicOrganizationData extends OrganizationInvitation {
  /** Public summary of the inviting organization, when reported. */
  readonly publicOrganizationData: OrganizationInvitationPublicOrganizationData | null;

  /** Maps the wire JSON; prefer {@link OrganizationInvitationWithPublicOrganizationData.fromJSON}. */
  constructor(data: OrganizationInvitationWithPublicOrganizationDataJSON) {
    super(data);
    this.publicOrganizationData = data.public_organization_data ? OrganizationInvitationPublicOrganizationData.fromJSON(data.public_organization_data) : null;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  override get raw(): OrganizationInvitationWithPublicOrganizationDataJSON {
    return super.raw as OrganizationInvitationWithPublicOrganizationDataJSON;
  }

  /** Builds an OrganizationInvitationWithPublicOrganizationData from the API's JSON. */
  static override fromJSON(data: OrganizationInvitationWithPublicOrganizationDataJSON): OrganizationInvitationWithPublicOrganizationData {
    return new OrganizationInvitationWithPublicOrganizationData(data);
  }
}
