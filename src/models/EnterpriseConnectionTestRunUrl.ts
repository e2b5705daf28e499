import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of the answer to starting an enterprise connection test run (spec schema
 * `EnterpriseConnectionTestRunResponse`).
 * @public
 */
export interface EnterpriseConnectionTestRunUrlJSON {
  // <generated:EnterpriseConnectionTestRunUrlJSON>
  url: string;
  // </generated:EnterpriseConnectionTestRunUrlJSON>
}

/**
 * Where to send an admin to perform a test sign-in through an enterprise connection.
 * @public
 */
export class EnterpriseConnectionTestRunUrl extends ClerkModel<EnterpriseConnectionTestRunUrlJSON> {
  // @model EnterpriseConnectionTestRunUrl from EnterpriseConnectionTestRunResponse
  // <generated:EnterpriseConnectionTestRunUrl>
  /** Short-lived URL that starts the test sign-in flow; open it in a browser. */
  declare readonly url: string;
  /** Builds an EnterpriseConnectionTestRunUrl from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: EnterpriseConnectionTestRunUrlJSON) => EnterpriseConnectionTestRunUrl;

  /** Maps the wire JSON; prefer {@link EnterpriseConnectionTestRunUrl.fromJSON}. */
  constructor(data: EnterpriseConnectionTestRunUrlJSON) {
    super(data);
    this.url = data.url;
  }
  // </generated:EnterpriseConnectionTestRunUrl>
}
