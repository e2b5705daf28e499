/**
 * Wire shape of the OAuth artifacts captured by a test run of an OIDC connection.
 * @public
 */
export interface EnterpriseConnectionTestRunOAuthJSON {
  // <generated:EnterpriseConnectionTestRunOAuthJSON>
  id_token?: string;
  access_token?: string;
  user_info?: string;
  // </generated:EnterpriseConnectionTestRunOAuthJSON>
}

/**
 * The tokens and userinfo answer obtained during a test run, for debugging an OIDC connection.
 * @public
 */
export class EnterpriseConnectionTestRunOAuth {
  // @model EnterpriseConnectionTestRunOAuth from #/components/schemas/EnterpriseConnectionTestRun/properties/oauth
  // <generated:EnterpriseConnectionTestRunOAuth>
  /** ID token the provider issued, if captured. */
  declare readonly idToken: string | null;
  /** Access token the provider issued, if captured. */
  declare readonly accessToken: string | null;
  /** Raw userinfo answer, as a string, if captured. */
  declare readonly userInfo: string | null;
  readonly #raw: EnterpriseConnectionTestRunOAuthJSON;

  /** Maps the wire JSON; prefer {@link EnterpriseConnectionTestRunOAuth.fromJSON}. */
  constructor(data: EnterpriseConnectionTestRunOAuthJSON) {
    this.idToken = data.id_token ?? null;
    this.accessToken = data.access_token ?? null;
    this.userInfo = data.user_info ?? null;
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): EnterpriseConnectionTestRunOAuthJSON {
    return this.#raw;
  }

  /** Builds an EnterpriseConnectionTestRunOAuth from the API's JSON. */
  static fromJSON(data: EnterpriseConnectionTestRunOAuthJSON): EnterpriseConnectionTestRunOAuth {
    return make(data);
  }
  // </generated:EnterpriseConnectionTestRunOAuth>
}

// <generated:make-EnterpriseConnectionTestRunOAuth>
function make(data: EnterpriseConnectionTestRunOAuthJSON): EnterpriseConnectionTestRunOAuth {
  return new EnterpriseConnectionTestRunOAuth(data);
}
// </generated:make-EnterpriseConnectionTestRunOAuth>
