/**
 * Wire shape of the communication settings of an instance (spec schema `InstanceCommunication`).
 * @public
 */
export interface InstanceCommunicationJSON {
  object: 'instance_communication';
  blocked_country_codes: string[];
}

/**
 * Messaging settings of the instance.
 * @public
 */
export class InstanceCommunication {
  /** ISO 3166-1 alpha-2 codes of countries SMS messages are not sent to. */
  readonly blockedCountryCodes: string[];
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

  /** Builds a InstanceCommunication from the API's JSON. */
  static fromJSON(data: InstanceCommunicationJSON): InstanceCommunication {
    return new InstanceCommunication(data);
  }
}
