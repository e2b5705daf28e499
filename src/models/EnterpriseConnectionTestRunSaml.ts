import { ClerkModel } from './ClerkModel';
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
export class EnterpriseConnectionTestRunSaml extends ClerkModel<EnterpriseConnectionTestRunSamlJSON> {
  // @model EnterpriseConnectionTestRunSaml from #/components/schemas/EnterpriseConnectionTestRun/properties/saml
  // <generated:EnterpriseConnectionTestRunSaml>
  /** The AuthnRequest Clerk sent, if captured. */
  declare readonly samlRequest: string | null;
  /** The response the identity provider returned, if captured. */
  declare readonly samlResponse: string | null;
  /** The RelayState carried through the flow, if any. */
  declare readonly relayState: string | null;
  /** Builds an EnterpriseConnectionTestRunSaml from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: EnterpriseConnectionTestRunSamlJSON) => EnterpriseConnectionTestRunSaml;

  /** Maps the wire JSON; prefer {@link EnterpriseConnectionTestRunSaml.fromJSON}. */
  constructor(data: EnterpriseConnectionTestRunSamlJSON) {
    super(data);
    this.samlRequest = data.saml_request ?? null;
    this.samlResponse = data.saml_response ?? null;
    this.relayState = data.relay_state ?? null;
  }
  // </generated:EnterpriseConnectionTestRunSaml>
}
