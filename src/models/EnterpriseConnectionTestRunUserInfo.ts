import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of the user details a test run read from the identity provider's answer.
 * @public
 */
export interface EnterpriseConnectionTestRunUserInfoJSON {
  // <generated:EnterpriseConnectionTestRunUserInfoJSON>
  email_address?: string;
  first_name?: string;
  last_name?: string;
  user_id?: string;
  // </generated:EnterpriseConnectionTestRunUserInfoJSON>
}

/**
 * The user an enterprise connection test run identified, as Clerk would read it at sign-in.
 * @public
 */
export class EnterpriseConnectionTestRunUserInfo extends ClerkModel<EnterpriseConnectionTestRunUserInfoJSON> {
  // @model EnterpriseConnectionTestRunUserInfo from #/components/schemas/EnterpriseConnectionTestRun/properties/parsed_user_info
  // <generated:EnterpriseConnectionTestRunUserInfo>
  /** Email address read from the answer, if any. */
  declare readonly emailAddress: string | null;
  /** First name read from the answer, if any. */
  declare readonly firstName: string | null;
  /** Last name read from the answer, if any. */
  declare readonly lastName: string | null;
  /** The user's id at the identity provider, if any. */
  declare readonly userId: string | null;
  /** Builds an EnterpriseConnectionTestRunUserInfo from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: EnterpriseConnectionTestRunUserInfoJSON) => EnterpriseConnectionTestRunUserInfo;

  /** Maps the wire JSON; prefer {@link EnterpriseConnectionTestRunUserInfo.fromJSON}. */
  constructor(data: EnterpriseConnectionTestRunUserInfoJSON) {
    super(data);
    this.emailAddress = data.email_address ?? null;
    this.firstName = data.first_name ?? null;
    this.lastName = data.last_name ?? null;
    this.userId = data.user_id ?? null;
  }
  // </generated:EnterpriseConnectionTestRunUserInfo>
}
