import { ClerkModel } from './ClerkModel';
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
export class SamlConnectionAttributeMapping extends ClerkModel<SamlConnectionAttributeMappingJSON> {
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
  /** Builds a SamlConnectionAttributeMapping from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: SamlConnectionAttributeMappingJSON) => SamlConnectionAttributeMapping;

  /** Maps the wire JSON; prefer {@link SamlConnectionAttributeMapping.fromJSON}. */
  constructor(data: SamlConnectionAttributeMappingJSON) {
    super(data);
    this.userId = data.user_id;
    this.emailAddress = data.email_address;
    this.firstName = data.first_name;
    this.lastName = data.last_name;
  }
  // </generated:SamlConnectionAttributeMapping>
}
