import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of a link between an identifier (email address or phone number) and the account that provided it.
 * @public
 */
export interface IdentificationLinkJSON {
  // <generated:IdentificationLinkJSON>
  /** Kind of linked account, such as `oauth_google`. */
  type: string;
  id: string;
  // </generated:IdentificationLinkJSON>
}

/**
 * Ties an email address or phone number to the external account it came from.
 * @public
 */
export class IdentificationLink extends ClerkModel<IdentificationLinkJSON> {
  // @model IdentificationLink from IdentificationLink
  // <generated:IdentificationLink>
  /** Kind of the linked account, such as `oauth_google`. */
  declare readonly type: string;
  /** Id of the linked account (for example an external account id). */
  declare readonly id: string;
  /** Builds an IdentificationLink from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: IdentificationLinkJSON) => IdentificationLink;

  /** Maps the wire JSON; prefer {@link IdentificationLink.fromJSON}. */
  constructor(data: IdentificationLinkJSON) {
    super(data);
    this.type = data.type;
    this.id = data.id;
  }
  // </generated:IdentificationLink>
}
