import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of a machine as it appears inside another machine's `scoped_machines` (no nested list).
 * @public
 */
export interface MachineWithoutScopedMachinesJSON {
  object: 'machine';
  id: string;
  name: string;
  instance_id: string;
  created_at: number;
  updated_at: number;
  default_token_ttl?: number;
}

/**
 * Wire shape of a machine. `secret_key` is only present in the response to a create call.
 * @public
 */
export interface MachineJSON extends MachineWithoutScopedMachinesJSON {
  scoped_machines: MachineWithoutScopedMachinesJSON[];
  secret_key?: string;
}

/**
 * A machine: a non-human client (service, job, worker) that authenticates with machine-to-machine tokens.
 * @public
 */
export class Machine extends ClerkModel<MachineJSON | MachineWithoutScopedMachinesJSON> {
  /** Unique id of the machine (`mch_…`). */
  declare readonly id: string;
  /** Display name of the machine. */
  declare readonly name: string;
  /** Instance the machine belongs to. */
  declare readonly instanceId: string;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number;
  /** Lifetime in seconds given to tokens this machine creates when the caller sets none, when reported. */
  declare readonly defaultTokenTtl: number | null;
  /** Machines this machine may call; empty for machines listed inside another machine's scopes. */
  declare readonly scopedMachines: Machine[];
  /** The machine's secret key; only the create call returns it, so it is `null` everywhere else. */
  declare readonly secretKey: string | null;
  /** Builds a Machine from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: MachineJSON | MachineWithoutScopedMachinesJSON) => Machine;

  /** Maps the wire JSON; prefer {@link Machine.fromJSON}. */
  constructor(data: MachineJSON | MachineWithoutScopedMachinesJSON) {
    super(data);
    const full = data as Partial<MachineJSON>;
    this.id = data.id;
    this.name = data.name;
    this.instanceId = data.instance_id;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
    this.defaultTokenTtl = data.default_token_ttl ?? null;
    this.scopedMachines = (full.scoped_machines ?? []).map(make);
    this.secretKey = full.secret_key ?? null;
  }
}

// Constructs outside the class body so that the built class keeps its name (see tsup.config.ts).
function make(data: MachineJSON | MachineWithoutScopedMachinesJSON): Machine {
  return new Machine(data);
}
