/**
 * Wire shape of the protection settings of an instance (spec schema `InstanceProtect`).
 * @public
 */
export interface InstanceProtectJSON {
  // <generated:InstanceProtectJSON>
  object: 'instance_protect';
  rules_enabled: boolean;
  specter_enabled: boolean;
  checks_bypassed: boolean;
  // </generated:InstanceProtectJSON>
}

/**
 * Bot and abuse protection settings of the instance.
 * @public
 */
export class InstanceProtect {
  // @model InstanceProtect from InstanceProtect
  // <generated:InstanceProtect>
  /** Whether custom protection rules are applied. */
  declare readonly rulesEnabled: boolean;
  /** Whether Clerk's automated abuse detection is on. */
  declare readonly specterEnabled: boolean;
  /** Whether protection checks are currently skipped. */
  declare readonly checksBypassed: boolean;
  readonly #raw: InstanceProtectJSON;

  /** Maps the wire JSON; prefer {@link InstanceProtect.fromJSON}. */
  constructor(data: InstanceProtectJSON) {
    this.rulesEnabled = data.rules_enabled;
    this.specterEnabled = data.specter_enabled;
    this.checksBypassed = data.checks_bypassed;
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): InstanceProtectJSON {
    return this.#raw;
  }

  /** Builds an InstanceProtect from the API's JSON. */
  static fromJSON(data: InstanceProtectJSON): InstanceProtect {
    return make(data);
  }
  // </generated:InstanceProtect>
}

// <generated:make-InstanceProtect>
function make(data: InstanceProtectJSON): InstanceProtect {
  return new InstanceProtect(data);
}
// </generated:make-InstanceProtect>
