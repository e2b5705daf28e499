/**
 * Wire shape of the SAML messages captured by a test run of a SAML connection.
 * @public
 */
export interface EnterpriseConnectionTestRunSamlJSON {
  // <generated:EnterpriseConnectionTestRunSamlJSON>
  saml_request?: string;
  saml_response?: string;
  relay_state?: string;
  // </generated:EnterpriseConnectionTestRunSamlJSON>
}

/**
 * The SAML request and response exchanged during a test run, for debugging a SAML connection.
 * @public
 */
export class EnterpriseConnectionTestRunSaml {
  // @model EnterpriseConnectionTestRunSaml from #/components/schemas/EnterpriseConnectionTestRun/properties/saml
  // <generated:EnterpriseConnectionTestRunSaml>
  /** The AuthnRequest Clerk sent, if captured. */
  declare readonly samlRequest: string | null;
  /** The response the identity provider returned, if captured. */
  declare readonly samlResponse: string | null;
  /** The RelayState carried through the flow, if any. */
  declare readonly relayState: string | null;
  readonly #raw: EnterpriseConnectionTestRunSamlJSON;

  /** Maps the wire JSON; prefer {@link EnterpriseConnectionTestRunSaml.fromJSON}. */
  constructor(data: EnterpriseConnectionTestRunSamlJSON) {
    this.samlRequest = data.saml_request ?? null;
    this.samlResponse = data.saml_response ?? null;
    this.relayState = data.relay_state ?? null;
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): EnterpriseConnectionTestRunSamlJSON {
    return this.#raw;
  }

  /** Builds an EnterpriseConnectionTestRunSaml from the API's JSON. */
  static fromJSON(data: EnterpriseConnectionTestRunSamlJSON): EnterpriseConnectionTestRunSaml {
    return make(data);
  }
  // </generated:EnterpriseConnectionTestRunSaml>
}

// <generated:make-EnterpriseConnectionTestRunSaml>
function make(data: EnterpriseConnectionTestRunSamlJSON): EnterpriseConnectionTestRunSaml {
  return new EnterpriseConnectionTestRunSaml(data);
}
// </generated:make-EnterpriseConnectionTestRunSaml>
