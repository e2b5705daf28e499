/**
 * Wire shape of the attribute names a SAML connection reads from the identity provider's assertion
 * (spec schema `SAMLConnectionAttributeMapping`).
 * @public
 */
export interface SamlConnectionAttributeMappingJSON {
  // <generated:SamlConnectionAttributeMappingJSON>
  user_id: string;
  email_address: string;
  first_name: string;
  last_name: string;
  // </generated:SamlConnectionAttributeMappingJSON>
}

/**
 * Which assertion attributes a SAML connection turns into the Clerk user's id, email address and name.
 * @public
 */
export class SamlConnectionAttributeMapping {
  // @model SamlConnectionAttributeMapping from SAMLConnectionAttributeMapping
  // <generated:SamlConnectionAttributeMapping>
  /** Assertion attribute holding the user's id at the identity provider. */
  declare readonly userId: string;
  /** Assertion attribute holding the user's email address. */
  declare readonly emailAddress: string;
  /** Assertion attribute holding the user's first name. */
  declare readonly firstName: string;
  /** Assertion attribute holding the user's last name. */
  declare readonly lastName: string;
  readonly #raw: SamlConnectionAttributeMappingJSON;

  /** Maps the wire JSON; prefer {@link SamlConnectionAttributeMapping.fromJSON}. */
  constructor(data: SamlConnectionAttributeMappingJSON) {
    this.userId = data.user_id;
    this.emailAddress = data.email_address;
    this.firstName = data.first_name;
    this.lastName = data.last_name;
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): SamlConnectionAttributeMappingJSON {
    return this.#raw;
  }

  /** Builds a SamlConnectionAttributeMapping from the API's JSON. */
  static fromJSON(data: SamlConnectionAttributeMappingJSON): SamlConnectionAttributeMapping {
    return make(data);
  }
  // </generated:SamlConnectionAttributeMapping>
}

// <generated:make-SamlConnectionAttributeMapping>
function make(data: SamlConnectionAttributeMappingJSON): SamlConnectionAttributeMapping {
  return new SamlConnectionAttributeMapping(data);
}
// </generated:make-SamlConnectionAttributeMapping>
