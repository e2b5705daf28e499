import { ClerkModel } from './ClerkModel';
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
export class MachineScope extends ClerkModel<MachineScopeJSON> {
  // @model MachineScope from MachineScope
  // <generated:MachineScope>
  /** The machine that gains access. */
  declare readonly fromMachineId: string;
  /** The machine that can now be called. */
  declare readonly toMachineId: string;
  /** When the grant was made, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Builds a MachineScope from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: MachineScopeJSON) => MachineScope;

  /** Maps the wire JSON; prefer {@link MachineScope.fromJSON}. */
  constructor(data: MachineScopeJSON) {
    super(data);
    this.fromMachineId = data.from_machine_id;
    this.toMachineId = data.to_machine_id;
    this.createdAt = data.created_at;
  }
  // </generated:MachineScope>
}
