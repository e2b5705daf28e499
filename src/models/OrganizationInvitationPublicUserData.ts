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
export class OrganizationInvitationPublicUserData {
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
  readonly #raw: OrganizationInvitationPublicUserDataJSON;

  /** Maps the wire JSON; prefer {@link OrganizationInvitationPublicUserData.fromJSON}. */
  constructor(data: OrganizationInvitationPublicUserDataJSON) {
    this.userId = data.user_id;
    this.firstName = data.first_name;
    this.lastName = data.last_name;
    this.imageUrl = data.image_url;
    this.hasImage = data.has_image;
    this.identifier = data.identifier;
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): OrganizationInvitationPublicUserDataJSON {
    return this.#raw;
  }

  /** Builds an OrganizationInvitationPublicUserData from the API's JSON. */
  static fromJSON(data: OrganizationInvitationPublicUserDataJSON): OrganizationInvitationPublicUserData {
    return make(data);
  }
  // </generated:OrganizationInvitationPublicUserData>
}

// <generated:make-OrganizationInvitationPublicUserData>
function make(data: OrganizationInvitationPublicUserDataJSON): OrganizationInvitationPublicUserData {
  return new OrganizationInvitationPublicUserData(data);
}
// </generated:make-OrganizationInvitationPublicUserData>
