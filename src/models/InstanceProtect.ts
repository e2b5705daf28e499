import { ClerkModel } from './ClerkModel';
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
export class InstanceProtect extends ClerkModel<InstanceProtectJSON> {
  // @model InstanceProtect from InstanceProtect
  // <generated:InstanceProtect>
  /** Whether custom protection rules are applied. */
  declare readonly rulesEnabled: boolean;
  /** Whether Clerk's automated abuse detection is on. */
  declare readonly specterEnabled: boolean;
  /** Whether protection checks are currently skipped. */
  declare readonly checksBypassed: boolean;
  /** Builds an InstanceProtect from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: InstanceProtectJSON) => InstanceProtect;

  /** Maps the wire JSON; prefer {@link InstanceProtect.fromJSON}. */
  constructor(data: InstanceProtectJSON) {
    super(data);
    this.rulesEnabled = data.rules_enabled;
    this.specterEnabled = data.specter_enabled;
    this.checksBypassed = data.checks_bypassed;
  }
  // </generated:InstanceProtect>
}
