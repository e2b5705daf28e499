import { EnterpriseConnectionTestRunLog, type EnterpriseConnectionTestRunLogJSON } from './EnterpriseConnectionTestRunLog';
import { EnterpriseConnectionTestRunOAuth, type EnterpriseConnectionTestRunOAuthJSON } from './EnterpriseConnectionTestRunOAuth';
import { EnterpriseConnectionTestRunSaml, type EnterpriseConnectionTestRunSamlJSON } from './EnterpriseConnectionTestRunSaml';
import { EnterpriseConnectionTestRunUserInfo, type EnterpriseConnectionTestRunUserInfoJSON } from './EnterpriseConnectionTestRunUserInfo';
import { ClerkModel } from './ClerkModel';

/**
 * Outcome of an enterprise connection test run so far.
 * @public
 */
export type EnterpriseConnectionTestRunStatus = 'pending' | 'success' | 'failed';

/**
 * Wire shape of an enterprise connection test run (spec schema `EnterpriseConnectionTestRun`).
 * @public
 */
export interface EnterpriseConnectionTestRunJSON {
  // <generated:EnterpriseConnectionTestRunJSON>
  id: string;
  status: EnterpriseConnectionTestRunStatus;
  connection_type: 'saml' | 'oauth';
  parsed_user_info?: EnterpriseConnectionTestRunUserInfoJSON | null;
  logs?: EnterpriseConnectionTestRunLogJSON[];
  saml?: EnterpriseConnectionTestRunSamlJSON | null;
  oauth?: EnterpriseConnectionTestRunOAuthJSON | null;
  created_at: number;
  // </generated:EnterpriseConnectionTestRunJSON>
}

/**
 * One trial sign-in through an enterprise connection, recorded so an admin can check the setup works.
 * @public
 */
export class EnterpriseConnectionTestRun extends ClerkModel<EnterpriseConnectionTestRunJSON> {
  // @model EnterpriseConnectionTestRun from EnterpriseConnectionTestRun
  // <generated:EnterpriseConnectionTestRun>
  /** Unique id of the test run. */
  declare readonly id: string;
  /** Whether the run is still waiting, went through, or failed. */
  declare readonly status: EnterpriseConnectionTestRunStatus;
  /** Protocol the tested connection uses. */
  declare readonly connectionType: 'saml' | 'oauth';
  /** User details read from the identity provider's answer, if the run got that far. */
  declare readonly parsedUserInfo: EnterpriseConnectionTestRunUserInfo | null;
  /** Log lines recorded during the run (empty when none). */
  declare readonly logs: EnterpriseConnectionTestRunLog[];
  /** SAML messages of the run, for SAML connections. */
  declare readonly saml: EnterpriseConnectionTestRunSaml | null;
  /** OAuth tokens and userinfo of the run, for OIDC connections. */
  declare readonly oauth: EnterpriseConnectionTestRunOAuth | null;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Builds an EnterpriseConnectionTestRun from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: EnterpriseConnectionTestRunJSON) => EnterpriseConnectionTestRun;

  /** Maps the wire JSON; prefer {@link EnterpriseConnectionTestRun.fromJSON}. */
  constructor(data: EnterpriseConnectionTestRunJSON) {
    super(data);
    this.id = data.id;
    this.status = data.status;
    this.connectionType = data.connection_type;
    this.parsedUserInfo = data.parsed_user_info ? EnterpriseConnectionTestRunUserInfo.fromJSON(data.parsed_user_info) : null;
    this.logs = (data.logs ?? []).map(EnterpriseConnectionTestRunLog.fromJSON);
    this.saml = data.saml ? EnterpriseConnectionTestRunSaml.fromJSON(data.saml) : null;
    this.oauth = data.oauth ? EnterpriseConnectionTestRunOAuth.fromJSON(data.oauth) : null;
    this.createdAt = data.created_at;
  }
  // </generated:EnterpriseConnectionTestRun>
}
