import { ClerkModel } from './ClerkModel';
/**
 * States an actor token can be in.
 * @public
 */
export type ActorTokenStatus = 'pending' | 'accepted' | 'revoked';

/**
 * Wire shape of an actor token.
 * @public
 */
export interface ActorTokenJSON {
  // <generated:ActorTokenJSON>
  object: 'actor_token';
  id: string;
  status: ActorTokenStatus;
  user_id: string;
  actor: Record<string, unknown>;
  token?: string;
  url?: string;
  created_at: number;
  updated_at: number;
  // </generated:ActorTokenJSON>
}

/**
 * A one-time token that lets someone (the actor) sign in as a user, for impersonation.
 * @public
 */
export class ActorToken extends ClerkModel<ActorTokenJSON> {
  // @model ActorToken from ActorToken
  // @override actor value: data.actor
  // <generated:ActorToken>
  /** Unique id of the actor token. */
  declare readonly id: string;
  /** Whether the token is still unused, has been used, or was revoked. */
  declare readonly status: ActorTokenStatus;
  /** The user who will be impersonated. */
  declare readonly userId: string;
  /** Claims describing who acts (at least `sub`), copied as the API sent them; they end up in the session token. */
  declare readonly actor: Record<string, unknown>;
  /** The secret token itself, when the API includes it (on creation). */
  declare readonly token: string | null;
  /** Link that consumes the token and starts the impersonated session, when the API includes it. */
  declare readonly url: string | null;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number;
  /** Builds an ActorToken from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: ActorTokenJSON) => ActorToken;

  /** Maps the wire JSON; prefer {@link ActorToken.fromJSON}. */
  constructor(data: ActorTokenJSON) {
    super(data);
    this.id = data.id;
    this.status = data.status;
    this.userId = data.user_id;
    this.actor = data.actor;
    this.token = data.token ?? null;
    this.url = data.url ?? null;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
  }
  // </generated:ActorToken>
}
