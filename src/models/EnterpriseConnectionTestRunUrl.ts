/**
 * Wire shape of the answer to starting an enterprise connection test run (spec schema
 * `EnterpriseConnectionTestRunResponse`).
 * @public
 */
export interface EnterpriseConnectionTestRunUrlJSON {
  // <generated:EnterpriseConnectionTestRunUrlJSON>
  url: string;
  // </generated:EnterpriseConnectionTestRunUrlJSON>
}

/**
 * Where to send an admin to perform a test sign-in through an enterprise connection.
 * @public
 */
export class EnterpriseConnectionTestRunUrl {
  // @model EnterpriseConnectionTestRunUrl from EnterpriseConnectionTestRunResponse
  // <generated:EnterpriseConnectionTestRunUrl>
  /** Short-lived URL that starts the test sign-in flow; open it in a browser. */
  declare readonly url: string;
  readonly #raw: EnterpriseConnectionTestRunUrlJSON;

  /** Maps the wire JSON; prefer {@link EnterpriseConnectionTestRunUrl.fromJSON}. */
  constructor(data: EnterpriseConnectionTestRunUrlJSON) {
    this.url = data.url;
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): EnterpriseConnectionTestRunUrlJSON {
    return this.#raw;
  }

  /** Builds an EnterpriseConnectionTestRunUrl from the API's JSON. */
  static fromJSON(data: EnterpriseConnectionTestRunUrlJSON): EnterpriseConnectionTestRunUrl {
    return make(data);
  }
  // </generated:EnterpriseConnectionTestRunUrl>
}

// <generated:make-EnterpriseConnectionTestRunUrl>
function make(data: EnterpriseConnectionTestRunUrlJSON): EnterpriseConnectionTestRunUrl {
  return new EnterpriseConnectionTestRunUrl(data);
}
// </generated:make-EnterpriseConnectionTestRunUrl>
