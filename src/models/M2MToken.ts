/**
 * Wire shape of a machine-to-machine token. `token` is only present in the response to a create call.
 * @public
 */
export interface M2MTokenJSON {
  object: 'machine_to_machine_token';
  id: string;
  subject: string;
  claims?: Record<string, unknown> | null;
  scopes?: string[];
  token?: string;
  revoked: boolean;
  revocation_reason: string | null;
  expired: boolean;
  expiration: number | null;
  last_used_at: number | null;
  created_at: number;
  updated_at: number;
}

/**
 * A machine-to-machine token: a credential one machine presents when it calls another.
 * @public
 */
export class M2MToken {
  /** Unique id of the token (`mt_…`). */
  readonly id: string;
  /** Id of the machine that owns the token (`mch_…`). */
  readonly subject: string;
  /** Custom claims stored with the token, exactly as they were set (keys are not converted). */
  readonly claims: Record<string, unknown> | null;
  /** Ids of the machines the token may be presented to. */
  readonly scopes: string[];
  /** The token itself; only the create call returns it, so it is `null` everywhere else. */
  readonly token: string | null;
  /** Whether the token has been revoked. */
  readonly revoked: boolean;
  /** Reason recorded when the token was revoked. */
  readonly revocationReason: string | null;
  /** Whether the token is past its expiration time. */
  readonly expired: boolean;
  /** When the token expires, Unix milliseconds; `null` for tokens that never expire. */
  readonly expiration: number | null;
  /** When the token was last used, Unix milliseconds. */
  readonly lastUsedAt: number | null;
  /** Creation time, Unix milliseconds. */
  readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  readonly updatedAt: number;
  readonly #raw: M2MTokenJSON;

  /** Maps the wire JSON; prefer {@link M2MToken.fromJSON}. */
  constructor(data: M2MTokenJSON) {
    this.id = data.id;
    this.subject = data.subject;
    this.claims = data.claims ?? null;
    this.scopes = data.scopes ?? [];
    this.token = data.token ?? null;
    this.revoked = data.revoked;
    this.revocationReason = data.revocation_reason ?? null;
    this.expired = data.expired;
    this.expiration = data.expiration ?? null;
    this.lastUsedAt = data.last_used_at ?? null;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): M2MTokenJSON {
    return this.#raw;
  }

  /** Builds an M2MToken from the API's JSON. */
  static fromJSON(data: M2MTokenJSON): M2MToken {
    return new M2MToken(data);
  }
}
