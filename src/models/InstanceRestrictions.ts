/**
 * Wire shape of the restrictions of an instance (spec schema `InstanceRestrictions`).
 * @public
 */
export interface InstanceRestrictionsJSON {
  object: 'instance_restrictions';
  allowlist: boolean;
  blocklist: boolean;
  allowlist_blocklist_disabled_on_sign_in: boolean;
  block_email_subaddresses: boolean;
  block_disposable_email_domains: boolean;
}

/**
 * Who may sign up to or sign in to the instance.
 * @public
 */
export class InstanceRestrictions {
  /** Whether only allowlisted identifiers may sign up. */
  readonly allowlist: boolean;
  /** Whether blocklisted identifiers are refused. */
  readonly blocklist: boolean;
  /** Whether the allowlist and blocklist are skipped at sign-in. */
  readonly allowlistBlocklistDisabledOnSignIn: boolean;
  /** Whether email addresses with a `+tag` part are refused. */
  readonly blockEmailSubaddresses: boolean;
  /** Whether addresses on throwaway email domains are refused. */
  readonly blockDisposableEmailDomains: boolean;
  readonly #raw: InstanceRestrictionsJSON;

  /** Maps the wire JSON; prefer {@link InstanceRestrictions.fromJSON}. */
  constructor(data: InstanceRestrictionsJSON) {
    this.allowlist = data.allowlist;
    this.blocklist = data.blocklist;
    this.allowlistBlocklistDisabledOnSignIn = data.allowlist_blocklist_disabled_on_sign_in;
    this.blockEmailSubaddresses = data.block_email_subaddresses;
    this.blockDisposableEmailDomains = data.block_disposable_email_domains;
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): InstanceRestrictionsJSON {
    return this.#raw;
  }

  /** Builds a InstanceRestrictions from the API's JSON. */
  static fromJSON(data: InstanceRestrictionsJSON): InstanceRestrictions {
    return new InstanceRestrictions(data);
  }
}
