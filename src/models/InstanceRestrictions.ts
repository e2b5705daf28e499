import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of the restrictions of an instance (spec schema `InstanceRestrictions`).
 * @public
 */
export interface InstanceRestrictionsJSON {
  // <generated:InstanceRestrictionsJSON>
  object: 'instance_restrictions';
  allowlist: boolean;
  blocklist: boolean;
  allowlist_blocklist_disabled_on_sign_in: boolean;
  block_email_subaddresses: boolean;
  block_disposable_email_domains: boolean;
  // </generated:InstanceRestrictionsJSON>
}

/**
 * Who may sign up to or sign in to the instance.
 * @public
 */
export class InstanceRestrictions extends ClerkModel<InstanceRestrictionsJSON> {
  // @model InstanceRestrictions from InstanceRestrictions
  // <generated:InstanceRestrictions>
  /** Whether only allowlisted identifiers may sign up. */
  declare readonly allowlist: boolean;
  /** Whether blocklisted identifiers are refused. */
  declare readonly blocklist: boolean;
  /** Whether the allowlist and blocklist are skipped at sign-in. */
  declare readonly allowlistBlocklistDisabledOnSignIn: boolean;
  /** Whether email addresses with a `+tag` part are refused. */
  declare readonly blockEmailSubaddresses: boolean;
  /** Whether addresses on throwaway email domains are refused. */
  declare readonly blockDisposableEmailDomains: boolean;
  /** Builds an InstanceRestrictions from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: InstanceRestrictionsJSON) => InstanceRestrictions;

  /** Maps the wire JSON; prefer {@link InstanceRestrictions.fromJSON}. */
  constructor(data: InstanceRestrictionsJSON) {
    super(data);
    this.allowlist = data.allowlist;
    this.blocklist = data.blocklist;
    this.allowlistBlocklistDisabledOnSignIn = data.allowlist_blocklist_disabled_on_sign_in;
    this.blockEmailSubaddresses = data.block_email_subaddresses;
    this.blockDisposableEmailDomains = data.block_disposable_email_domains;
  }
  // </generated:InstanceRestrictions>
}
