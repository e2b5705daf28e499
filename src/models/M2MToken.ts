import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of a machine-to-machine token. `token` is only present in the response to a create call.
 * @public
 */
export interface M2MTokenJSON {
  // <generated:M2MTokenJSON>
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
  // </generated:M2MTokenJSON>
}

/**
 * A machine-to-machine token: a credential one machine presents when it calls another.
 * @public
 */
export class M2MToken extends ClerkModel<M2MTokenJSON> {
  // @model M2MToken from #/paths/~1m2m_tokens/post/responses/201/content/application~1json/schema
  // @override claims type: Record<string, unknown> | null
  // @override claims value: data.claims ?? null
  // @override token json: ?: string
  // @override token type: string | null
  // @override token value: data.token ?? null
  // <generated:M2MToken>
  /** Unique id of the token (`mt_…`). */
  declare readonly id: string;
  /** Id of the machine that owns the token (`mch_…`). */
  declare readonly subject: string;
  /** Custom claims stored with the token, exactly as they were set (keys are not converted). */
  declare readonly claims: Record<string, unknown> | null;
  /** Ids of the machines the token may be presented to. */
  declare readonly scopes: string[];
  /** The token itself; only the create call returns it, so it is `null` everywhere else. */
  declare readonly token: string | null;
  /** Whether the token has been revoked. */
  declare readonly revoked: boolean;
  /** Reason recorded when the token was revoked. */
  declare readonly revocationReason: string | null;
  /** Whether the token is past its expiration time. */
  declare readonly expired: boolean;
  /** When the token expires, Unix milliseconds; `null` for tokens that never expire. */
  declare readonly expiration: number | null;
  /** When the token was last used, Unix milliseconds. */
  declare readonly lastUsedAt: number | null;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number;
  /** Builds a M2MToken from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: M2MTokenJSON) => M2MToken;

  /** Maps the wire JSON; prefer {@link M2MToken.fromJSON}. */
  constructor(data: M2MTokenJSON) {
    super(data);
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
  }
  // </generated:M2MToken>
}
