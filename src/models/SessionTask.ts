/**
 * Wire shape of a step the user still has to complete before a pending session becomes active.
 * @public
 */
export interface SessionTaskJSON {
  // <generated:SessionTaskJSON>
  key: string;
  // </generated:SessionTaskJSON>
}

/**
 * A step the user must finish (for example choosing an organization) before the session is fully active.
 * @public
 */
export class SessionTask {
  // @model SessionTask from SessionTask
  // <generated:SessionTask>
  /** Identifies which step is outstanding. */
  declare readonly key: string;
  readonly #raw: SessionTaskJSON;

  /** Maps the wire JSON; prefer {@link SessionTask.fromJSON}. */
  constructor(data: SessionTaskJSON) {
    this.key = data.key;
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): SessionTaskJSON {
    return this.#raw;
  }

  /** Builds a SessionTask from the API's JSON. */
  static fromJSON(data: SessionTaskJSON): SessionTask {
    return make(data);
  }
  // </generated:SessionTask>
}

// <generated:make-SessionTask>
function make(data: SessionTaskJSON): SessionTask {
  return new SessionTask(data);
}
// </generated:make-SessionTask>
