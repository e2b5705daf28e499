import { ClerkModel } from './ClerkModel';
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
export class InstanceSettings extends ClerkModel<InstanceSettingsJSON> {
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
  /** Builds an InstanceSettings from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: InstanceSettingsJSON) => InstanceSettings;

  /** Maps the wire JSON; prefer {@link InstanceSettings.fromJSON}. */
  constructor(data: InstanceSettingsJSON) {
    super(data);
    this.id = data.id ?? null;
    this.restrictedToAllowlist = data.restricted_to_allowlist ?? null;
    this.fromEmailAddress = data.from_email_address ?? null;
    this.progressiveSignUp = data.progressive_sign_up ?? null;
    this.enhancedEmailDeliverability = data.enhanced_email_deliverability ?? null;
  }
  // </generated:InstanceSettings>
}
