import { ClerkModel } from './ClerkModel';
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
export class MachineSecretKey extends ClerkModel<MachineSecretKeyJSON> {
  // @model MachineSecretKey from #/components/responses/Machine.SecretKey/content/application~1json/schema
  // <generated:MachineSecretKey>
  /** The secret itself; treat it like a password. */
  declare readonly secret: string;
  /** Builds a MachineSecretKey from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: MachineSecretKeyJSON) => MachineSecretKey;

  /** Maps the wire JSON; prefer {@link MachineSecretKey.fromJSON}. */
  constructor(data: MachineSecretKeyJSON) {
    super(data);
    this.secret = data.secret;
  }
  // </generated:MachineSecretKey>
}
