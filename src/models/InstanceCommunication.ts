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
export class InstanceCommunication {
  // @model InstanceCommunication from InstanceCommunication
  // @override blocked_country_codes value: data.blocked_country_codes
  // <generated:InstanceCommunication>
  /** ISO 3166-1 alpha-2 codes of countries SMS messages are not sent to. */
  declare readonly blockedCountryCodes: string[];
  readonly #raw: InstanceCommunicationJSON;

  /** Maps the wire JSON; prefer {@link InstanceCommunication.fromJSON}. */
  constructor(data: InstanceCommunicationJSON) {
    this.blockedCountryCodes = data.blocked_country_codes;
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): InstanceCommunicationJSON {
    return this.#raw;
  }

  /** Builds an InstanceCommunication from the API's JSON. */
  static fromJSON(data: InstanceCommunicationJSON): InstanceCommunication {
    return make(data);
  }
  // </generated:InstanceCommunication>
}

// <generated:make-InstanceCommunication>
function make(data: InstanceCommunicationJSON): InstanceCommunication {
  return new InstanceCommunication(data);
}
// </generated:make-InstanceCommunication>
