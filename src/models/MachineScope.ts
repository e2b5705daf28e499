/**
 * Wire shape of a machine scope.
 * @public
 */
export interface MachineScopeJSON {
  // <generated:MachineScopeJSON>
  object: 'machine_scope';
  from_machine_id: string;
  to_machine_id: string;
  created_at: number;
  // </generated:MachineScopeJSON>
}

/**
 * A grant that lets one machine call another with its machine-to-machine tokens.
 * @public
 */
export class MachineScope {
  // @model MachineScope from MachineScope
  // <generated:MachineScope>
  /** The machine that gains access. */
  declare readonly fromMachineId: string;
  /** The machine that can now be called. */
  declare readonly toMachineId: string;
  /** When the grant was made, Unix milliseconds. */
  declare readonly createdAt: number;
  readonly #raw: MachineScopeJSON;

  /** Maps the wire JSON; prefer {@link MachineScope.fromJSON}. */
  constructor(data: MachineScopeJSON) {
    this.fromMachineId = data.from_machine_id;
    this.toMachineId = data.to_machine_id;
    this.createdAt = data.created_at;
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): MachineScopeJSON {
    return this.#raw;
  }

  /** Builds a MachineScope from the API's JSON. */
  static fromJSON(data: MachineScopeJSON): MachineScope {
    return make(data);
  }
  // </generated:MachineScope>
}

// <generated:make-MachineScope>
function make(data: MachineScopeJSON): MachineScope {
  return new MachineScope(data);
}
// </generated:make-MachineScope>
