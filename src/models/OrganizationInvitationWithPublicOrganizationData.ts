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
  // <generated:OrganizationInvitationWithPublicOrganizationDataJSON>
  public_organization_data?: OrganizationInvitationPublicOrganizationDataJSON;
  // </generated:OrganizationInvitationWithPublicOrganizationDataJSON>
}

/**
 * An organization invitation, as listed across the whole instance, with a summary of the organization it is for.
 * @public
 */
export class OrganizationInvitationWithPublicOrganizationData extends OrganizationInvitation {
  // @model OrganizationInvitationWithPublicOrganizationData from OrganizationInvitationWithPublicOrganizationData extends OrganizationInvitation
  // @override public_organization_data json: ?: OrganizationInvitationPublicOrganizationDataJSON
  // @override public_organization_data type: OrganizationInvitationPublicOrganizationData | null
  // @override public_organization_data value: data.public_organization_data ? OrganizationInvitationPublicOrganizationData.fromJSON(data.public_organization_data) : null
  // <generated:OrganizationInvitationWithPublicOrganizationData>
  /** Public summary of the inviting organization, when reported. */
  declare readonly publicOrganizationData: OrganizationInvitationPublicOrganizationData | null;

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
    return make(data);
  }
  // </generated:OrganizationInvitationWithPublicOrganizationData>
}

// <generated:make-OrganizationInvitationWithPublicOrganizationData>
function make(data: OrganizationInvitationWithPublicOrganizationDataJSON): OrganizationInvitationWithPublicOrganizationData {
  return new OrganizationInvitationWithPublicOrganizationData(data);
}
// </generated:make-OrganizationInvitationWithPublicOrganizationData>
