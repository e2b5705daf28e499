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
export class IdentificationLink {
  // @model IdentificationLink from IdentificationLink
  // <generated:IdentificationLink>
  /** Kind of the linked account, such as `oauth_google`. */
  declare readonly type: string;
  /** Id of the linked account (for example an external account id). */
  declare readonly id: string;
  readonly #raw: IdentificationLinkJSON;

  /** Maps the wire JSON; prefer {@link IdentificationLink.fromJSON}. */
  constructor(data: IdentificationLinkJSON) {
    this.type = data.type;
    this.id = data.id;
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): IdentificationLinkJSON {
    return this.#raw;
  }

  /** Builds an IdentificationLink from the API's JSON. */
  static fromJSON(data: IdentificationLinkJSON): IdentificationLink {
    return make(data);
  }
  // </generated:IdentificationLink>
}

// <generated:make-IdentificationLink>
function make(data: IdentificationLinkJSON): IdentificationLink {
  return new IdentificationLink(data);
}
// </generated:make-IdentificationLink>
