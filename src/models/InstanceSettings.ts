/**
 * Wire shape of the settings answered by the beta instance settings endpoint (the spec's `InstanceSettings` response, declared inline).
 * @public
 */
export interface InstanceSettingsJSON {
  // <generated:InstanceSettingsJSON>
  object?: 'instance_settings';
  id?: string;
  restricted_to_allowlist?: boolean;
  from_email_address?: string;
  progressive_sign_up?: boolean;
  enhanced_email_deliverability?: boolean;
  // </generated:InstanceSettingsJSON>
}

/**
 * Instance settings changed through the beta features endpoint.
 * @public
 */
export class InstanceSettings {
  // @model InstanceSettings from #/components/responses/InstanceSettings/content/application~1json/schema
  // <generated:InstanceSettings>
  /** Unique id of the instance, when reported. */
  declare readonly id: string | null;
  /** Whether sign-up is limited to allowlisted identifiers, when reported. */
  declare readonly restrictedToAllowlist: boolean | null;
  /** Local part of the address authentication emails are sent from, when reported. */
  declare readonly fromEmailAddress: string | null;
  /** Whether progressive sign-up is on, when reported. */
  declare readonly progressiveSignUp: boolean | null;
  /** Whether the retired managed email delivery path is used, when reported. @deprecated The API marks this field as deprecated. */
  declare readonly enhancedEmailDeliverability: boolean | null;
  readonly #raw: InstanceSettingsJSON;

  /** Maps the wire JSON; prefer {@link InstanceSettings.fromJSON}. */
  constructor(data: InstanceSettingsJSON) {
    this.id = data.id ?? null;
    this.restrictedToAllowlist = data.restricted_to_allowlist ?? null;
    this.fromEmailAddress = data.from_email_address ?? null;
    this.progressiveSignUp = data.progressive_sign_up ?? null;
    this.enhancedEmailDeliverability = data.enhanced_email_deliverability ?? null;
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): InstanceSettingsJSON {
    return this.#raw;
  }

  /** Builds an InstanceSettings from the API's JSON. */
  static fromJSON(data: InstanceSettingsJSON): InstanceSettings {
    return make(data);
  }
  // </generated:InstanceSettings>
}

// <generated:make-InstanceSettings>
function make(data: InstanceSettingsJSON): InstanceSettings {
  return new InstanceSettings(data);
}
// </generated:make-InstanceSettings>
