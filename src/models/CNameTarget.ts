/**
 * Wire shape of a DNS CNAME record a domain needs.
 * @public
 */
export interface CNameTargetJSON {
  // <generated:CNameTargetJSON>
  host: string;
  value: string;
  required: boolean;
  // </generated:CNameTargetJSON>
}

/**
 * One CNAME record to create at your DNS provider so Clerk can serve a domain.
 * @public
 */
export class CNameTarget {
  // @model CNameTarget from CNameTarget
  // <generated:CNameTarget>
  /** Host name the record is created on. */
  declare readonly host: string;
  /** Target the record must point to. */
  declare readonly value: string;
  /** Whether the domain cannot work without this record (false for optional ones). */
  declare readonly required: boolean;
  readonly #raw: CNameTargetJSON;

  /** Maps the wire JSON; prefer {@link CNameTarget.fromJSON}. */
  constructor(data: CNameTargetJSON) {
    this.host = data.host;
    this.value = data.value;
    this.required = data.required;
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): CNameTargetJSON {
    return this.#raw;
  }

  /** Builds a CNameTarget from the API's JSON. */
  static fromJSON(data: CNameTargetJSON): CNameTarget {
    return make(data);
  }
  // </generated:CNameTarget>
}

// <generated:make-CNameTarget>
function make(data: CNameTargetJSON): CNameTarget {
  return new CNameTarget(data);
}
// </generated:make-CNameTarget>
