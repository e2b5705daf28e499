/**
 * Wire shape of a link between an identifier (email address or phone number) and the account that provided it.
 * @public
 */
export interface IdentificationLinkJSON {
  /** Kind of linked account, such as `oauth_google`. */
  type: string;
  id: string;
}

/**
 * Ties an email address or phone number to the external account it came from.
 * @public
 */
export class IdentificationLink {
  /** Id of the linked account (for example an external account id). */
  readonly id: string;
  /** Kind of the linked account, such as `oauth_google`. */
  readonly type: string;
  readonly #raw: IdentificationLinkJSON;

  /** Maps the wire JSON; prefer {@link IdentificationLink.fromJSON}. */
  constructor(data: IdentificationLinkJSON) {
    this.id = data.id;
    this.type = data.type;
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): IdentificationLinkJSON {
    return this.#raw;
  }

  /** Builds an IdentificationLink from the API's JSON. */
  static fromJSON(data: IdentificationLinkJSON): IdentificationLink {
    return new IdentificationLink(data);
  }
}
