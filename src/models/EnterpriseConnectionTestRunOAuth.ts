import { ClerkModel } from './ClerkModel';
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
export class EnterpriseConnectionTestRunOAuth extends ClerkModel<EnterpriseConnectionTestRunOAuthJSON> {
  // @model EnterpriseConnectionTestRunOAuth from #/components/schemas/EnterpriseConnectionTestRun/properties/oauth
  // <generated:EnterpriseConnectionTestRunOAuth>
  /** ID token the provider issued, if captured. */
  declare readonly idToken: string | null;
  /** Access token the provider issued, if captured. */
  declare readonly accessToken: string | null;
  /** Raw userinfo answer, as a string, if captured. */
  declare readonly userInfo: string | null;
  /** Builds an EnterpriseConnectionTestRunOAuth from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: EnterpriseConnectionTestRunOAuthJSON) => EnterpriseConnectionTestRunOAuth;

  /** Maps the wire JSON; prefer {@link EnterpriseConnectionTestRunOAuth.fromJSON}. */
  constructor(data: EnterpriseConnectionTestRunOAuthJSON) {
    super(data);
    this.idToken = data.id_token ?? null;
    this.accessToken = data.access_token ?? null;
    this.userInfo = data.user_info ?? null;
  }
  // </generated:EnterpriseConnectionTestRunOAuth>
}
