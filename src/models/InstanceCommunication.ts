import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of the communication settings of an instance (spec schema `InstanceCommunication`).
 * @public
 */
export interface InstanceCommunicationJSON {
  // <generated:InstanceCommunicationJSON>
  object: 'instance_communication';
  blocked_country_codes: string[];
  // </generated:InstanceCommunicationJSON>
}

/**
 * Messaging settings of the instance.
 * @public
 */
export class InstanceCommunication extends ClerkModel<InstanceCommunicationJSON> {
  // @model InstanceCommunication from InstanceCommunication
  // @override blocked_country_codes value: data.blocked_country_codes
  // <generated:InstanceCommunication>
  /** ISO 3166-1 alpha-2 codes of countries SMS messages are not sent to. */
  declare readonly blockedCountryCodes: string[];
  /** Builds an InstanceCommunication from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: InstanceCommunicationJSON) => InstanceCommunication;

  /** Maps the wire JSON; prefer {@link InstanceCommunication.fromJSON}. */
  constructor(data: InstanceCommunicationJSON) {
    super(data);
    this.blockedCountryCodes = data.blocked_country_codes;
  }
  // </generated:InstanceCommunication>
}
