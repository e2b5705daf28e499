import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of the public profile of the user behind an organization membership.
 * @public
 */
export interface OrganizationMembershipPublicUserDataJSON {
  // <generated:OrganizationMembershipPublicUserDataJSON>
  user_id: string;
  first_name: string | null;
  last_name: string | null;
  /** Deprecated by the API in favour of `image_url`. */
  profile_image_url: string | null;
  image_url: string;
  has_image: boolean;
  identifier?: string | null;
  username?: string | null;
  banned?: boolean;
  deprovisioned?: boolean;
  // </generated:OrganizationMembershipPublicUserDataJSON>
}

/**
 * The part of a member's profile that other members may see.
 * @public
 */
export class OrganizationMembershipPublicUserData extends ClerkModel<OrganizationMembershipPublicUserDataJSON> {
  // @model OrganizationMembershipPublicUserData from OrganizationMembershipPublicUserData
  // @override first_name value: data.first_name
  // @override last_name value: data.last_name
  // @override profile_image_url value: data.profile_image_url
  // <generated:OrganizationMembershipPublicUserData>
  /** Id of the member's user. */
  declare readonly userId: string;
  /** Given name, if set. */
  declare readonly firstName: string | null;
  /** Family name, if set. */
  declare readonly lastName: string | null;
  /**
   * Former name of the avatar URL.
   * @deprecated Read {@link OrganizationMembershipPublicUserData.imageUrl} instead.
   */
  declare readonly profileImageUrl: string | null;
  /** URL of the member's avatar (a generated one when no photo was uploaded). */
  declare readonly imageUrl: string;
  /** Whether the member uploaded their own avatar. */
  declare readonly hasImage: boolean;
  /** The member's main identifier (usually their primary email address), when reported. */
  declare readonly identifier: string | null;
  /** The member's username, if they have one. */
  declare readonly username: string | null;
  /** Whether the user is banned, when reported. */
  declare readonly banned: boolean | null;
  /** Whether the user was removed by directory sync (deprovisioned), when reported. */
  declare readonly deprovisioned: boolean | null;
  /** Builds an OrganizationMembershipPublicUserData from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: OrganizationMembershipPublicUserDataJSON) => OrganizationMembershipPublicUserData;

  /** Maps the wire JSON; prefer {@link OrganizationMembershipPublicUserData.fromJSON}. */
  constructor(data: OrganizationMembershipPublicUserDataJSON) {
    super(data);
    this.userId = data.user_id;
    this.firstName = data.first_name;
    this.lastName = data.last_name;
    this.profileImageUrl = data.profile_image_url;
    this.imageUrl = data.image_url;
    this.hasImage = data.has_image;
    this.identifier = data.identifier ?? null;
    this.username = data.username ?? null;
    this.banned = data.banned ?? null;
    this.deprovisioned = data.deprovisioned ?? null;
  }
  // </generated:OrganizationMembershipPublicUserData>
}
