/**
 * Wire shape of the public profile of the user who sent an organization invitation.
 * @public
 */
export interface OrganizationInvitationPublicUserDataJSON {
  user_id: string;
  first_name: string | null;
  last_name: string | null;
  image_url: string;
  has_image: boolean;
  identifier: string;
}

/**
 * The public profile of the user who sent an organization invitation.
 * @public
 */
export class OrganizationInvitationPublicUserData {
  /** Id of the inviting user. */
  readonly userId: string;
  /** Given name, if set. */
  readonly firstName: string | null;
  /** Family name, if set. */
  readonly lastName: string | null;
  /** URL of the inviter's avatar (a generated one when no photo was uploaded). */
  readonly imageUrl: string;
  /** Whether the inviter uploaded their own avatar. */
  readonly hasImage: boolean;
  /** The inviter's main identifier, usually their primary email address. */
  readonly identifier: string;
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
    return new OrganizationInvitationPublicUserData(data);
  }
}
