import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of the public profile of the user who sent an organization invitation.
 * @public
 */
export interface OrganizationInvitationPublicUserDataJSON {
  // <generated:OrganizationInvitationPublicUserDataJSON>
  user_id: string;
  first_name: string | null;
  last_name: string | null;
  image_url: string;
  has_image: boolean;
  identifier: string;
  // </generated:OrganizationInvitationPublicUserDataJSON>
}

/**
 * The public profile of the user who sent an organization invitation.
 * @public
 */
export class OrganizationInvitationPublicUserData extends ClerkModel<OrganizationInvitationPublicUserDataJSON> {
  // @model OrganizationInvitationPublicUserData from OrganizationInvitationPublicUserData
  // @override first_name value: data.first_name
  // @override last_name value: data.last_name
  // <generated:OrganizationInvitationPublicUserData>
  /** Id of the inviting user. */
  declare readonly userId: string;
  /** Given name, if set. */
  declare readonly firstName: string | null;
  /** Family name, if set. */
  declare readonly lastName: string | null;
  /** URL of the inviter's avatar (a generated one when no photo was uploaded). */
  declare readonly imageUrl: string;
  /** Whether the inviter uploaded their own avatar. */
  declare readonly hasImage: boolean;
  /** The inviter's main identifier, usually their primary email address. */
  declare readonly identifier: string;
  /** Builds an OrganizationInvitationPublicUserData from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: OrganizationInvitationPublicUserDataJSON) => OrganizationInvitationPublicUserData;

  /** Maps the wire JSON; prefer {@link OrganizationInvitationPublicUserData.fromJSON}. */
  constructor(data: OrganizationInvitationPublicUserDataJSON) {
    super(data);
    this.userId = data.user_id;
    this.firstName = data.first_name;
    this.lastName = data.last_name;
    this.imageUrl = data.image_url;
    this.hasImage = data.has_image;
    this.identifier = data.identifier;
  }
  // </generated:OrganizationInvitationPublicUserData>
}
