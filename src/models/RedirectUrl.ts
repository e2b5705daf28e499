/**
 * Wire shape of a redirect URL.
 * @public
 */
export interface RedirectUrlJSON {
  // <generated:RedirectUrlJSON>
  object: 'redirect_url';
  id: string;
  url: string;
  created_at: number;
  updated_at: number;
  // </generated:RedirectUrlJSON>
}

/**
 * A URL that Clerk may redirect to after OAuth or other flows (used by native and mobile apps).
 * @public
 */
export class RedirectUrl {
  // @model RedirectUrl from RedirectURL
  // <generated:RedirectUrl>
  /** Unique id of the entry. */
  declare readonly id: string;
  /** The allowed redirect target, a full URL or a custom scheme. */
  declare readonly url: string;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number;
  readonly #raw: RedirectUrlJSON;

  /** Maps the wire JSON; prefer {@link RedirectUrl.fromJSON}. */
  constructor(data: RedirectUrlJSON) {
    this.id = data.id;
    this.url = data.url;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): RedirectUrlJSON {
    return this.#raw;
  }

  /** Builds a RedirectUrl from the API's JSON. */
  static fromJSON(data: RedirectUrlJSON): RedirectUrl {
    return make(data);
  }
  // </generated:RedirectUrl>
}

// <generated:make-RedirectUrl>
function make(data: RedirectUrlJSON): RedirectUrl {
  return new RedirectUrl(data);
}
// </generated:make-RedirectUrl>
