import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of an API key. `secret` is only present in the response to a create call.
 * @public
 */
export interface APIKeyJSON {
  // <generated:APIKeyJSON>
  object: 'api_key';
  id: string;
  type: string;
  subject: string;
  name: string;
  description?: string | null;
  claims: Record<string, unknown> | null;
  scopes: string[];
  secret?: string;
  revoked: boolean;
  revocation_reason: string | null;
  expired: boolean;
  expiration: number | null;
  created_by: string | null;
  last_used_at: number | null;
  created_at: number;
  updated_at: number;
  // </generated:APIKeyJSON>
}

/**
 * An API key issued to a user, organization or machine, which your own API can verify through Clerk.
 * @public
 */
export class APIKey extends ClerkModel<APIKeyJSON> {
  // @model APIKey from #/paths/~1api_keys/post/responses/200/content/application~1json/schema
  // @override claims type: Record<string, unknown> | null
  // @override claims value: data.claims ?? null
  // @override secret json: ?: string
  // @override secret type: string | null
  // @override secret value: data.secret ?? null
  // <generated:APIKey>
  /** Unique id of the key (`ak_…`). */
  declare readonly id: string;
  /** Kind of key; `api_key` for keys created through this API. */
  declare readonly type: string;
  /** The user, organization or machine id the key belongs to. */
  declare readonly subject: string;
  /** Name given to the key. */
  declare readonly name: string;
  /** Free-text description, if one was set. */
  declare readonly description: string | null;
  /** Custom claims stored with the key, exactly as they were set (keys are not converted). */
  declare readonly claims: Record<string, unknown> | null;
  /** Scopes granted to the key. */
  declare readonly scopes: string[];
  /** The key's secret; only the create call returns it, so it is `null` everywhere else. */
  declare readonly secret: string | null;
  /** Whether the key has been revoked. */
  declare readonly revoked: boolean;
  /** Reason recorded when the key was revoked. */
  declare readonly revocationReason: string | null;
  /** Whether the key is past its expiration time. */
  declare readonly expired: boolean;
  /** When the key expires, Unix milliseconds; `null` for keys that never expire. */
  declare readonly expiration: number | null;
  /** Id of the user who created the key, when recorded. */
  declare readonly createdBy: string | null;
  /** When the key was last used, Unix milliseconds. */
  declare readonly lastUsedAt: number | null;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number;
  /** Builds an APIKey from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: APIKeyJSON) => APIKey;

  /** Maps the wire JSON; prefer {@link APIKey.fromJSON}. */
  constructor(data: APIKeyJSON) {
    super(data);
    this.id = data.id;
    this.type = data.type;
    this.subject = data.subject;
    this.name = data.name;
    this.description = data.description ?? null;
    this.claims = data.claims ?? null;
    this.scopes = data.scopes ?? [];
    this.secret = data.secret ?? null;
    this.revoked = data.revoked;
    this.revocationReason = data.revocation_reason ?? null;
    this.expired = data.expired;
    this.expiration = data.expiration ?? null;
    this.createdBy = data.created_by ?? null;
    this.lastUsedAt = data.last_used_at ?? null;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
  }
  // </generated:APIKey>
}
