/**
 * Wire shape of a Svix dashboard link (spec schema `SvixURL`).
 * @public
 */
export interface SvixURLJSON {
  // <generated:SvixURLJSON>
  svix_url: string;
  // </generated:SvixURLJSON>
}

/**
 * A short-lived link to the Svix webhook dashboard of the instance.
 * @public
 */
export class SvixURL {
  // @model SvixURL from SvixURL
  // <generated:SvixURL>
  /** The dashboard link; open it soon, it expires. */
  declare readonly svixUrl: string;
  readonly #raw: SvixURLJSON;

  /** Maps the wire JSON; prefer {@link SvixURL.fromJSON}. */
  constructor(data: SvixURLJSON) {
    this.svixUrl = data.svix_url;
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): SvixURLJSON {
    return this.#raw;
  }

  /** Builds a SvixURL from the API's JSON. */
  static fromJSON(data: SvixURLJSON): SvixURL {
    return make(data);
  }
  // </generated:SvixURL>
}

// <generated:make-SvixURL>
function make(data: SvixURLJSON): SvixURL {
  return new SvixURL(data);
}
// </generated:make-SvixURL>
