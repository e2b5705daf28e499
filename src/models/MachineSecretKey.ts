/**
 * Wire shape of a machine's secret key.
 * @public
 */
export interface MachineSecretKeyJSON {
  // <generated:MachineSecretKeyJSON>
  object: 'machine_secret_key';
  secret: string;
  // </generated:MachineSecretKeyJSON>
}

/**
 * The secret key a machine uses to authenticate its machine-to-machine calls.
 * @public
 */
export class MachineSecretKey {
  // @model MachineSecretKey from #/components/responses/Machine.SecretKey/content/application~1json/schema
  // <generated:MachineSecretKey>
  /** The secret itself; treat it like a password. */
  declare readonly secret: string;
  readonly #raw: MachineSecretKeyJSON;

  /** Maps the wire JSON; prefer {@link MachineSecretKey.fromJSON}. */
  constructor(data: MachineSecretKeyJSON) {
    this.secret = data.secret;
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): MachineSecretKeyJSON {
    return this.#raw;
  }

  /** Builds a MachineSecretKey from the API's JSON. */
  static fromJSON(data: MachineSecretKeyJSON): MachineSecretKey {
    return make(data);
  }
  // </generated:MachineSecretKey>
}

// <generated:make-MachineSecretKey>
function make(data: MachineSecretKeyJSON): MachineSecretKey {
  return new MachineSecretKey(data);
}
// </generated:make-MachineSecretKey>
