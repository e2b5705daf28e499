import { Session, type SessionJSON } from './Session';
import { ClerkModel } from './ClerkModel';

/**
 * Wire shape of a client.
 * @public
 */
export interface ClientJSON {
  // <generated:ClientJSON>
  object: 'client';
  id: string;
  session_ids: string[];
  sessions: SessionJSON[];
  sign_in_id: string | null;
  sign_up_id: string | null;
  last_active_session_id: string | null;
  last_authentication_strategy: string | null;
  updated_at: number;
  created_at: number;
  // </generated:ClientJSON>
}

/**
 * A browser or device that talks to Clerk, with the sessions it holds.
 * @public
 */
export class Client extends ClerkModel<ClientJSON> {
  // @model Client from Client
  // <generated:Client>
  /** Unique id of the client. */
  declare readonly id: string;
  /** Ids of the sessions held by this client. */
  declare readonly sessionIds: string[];
  /** The sessions held by this client. */
  declare readonly sessions: Session[];
  /** Sign-in attempt in progress on this client, if any. */
  declare readonly signInId: string | null;
  /** Sign-up attempt in progress on this client, if any. */
  declare readonly signUpId: string | null;
  /** The session the client used most recently, if any. */
  declare readonly lastActiveSessionId: string | null;
  /** Strategy (such as `oauth_google`) used for the client's latest authentication, if known. */
  declare readonly lastAuthenticationStrategy: string | null;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Builds a Client from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: ClientJSON) => Client;

  /** Maps the wire JSON; prefer {@link Client.fromJSON}. */
  constructor(data: ClientJSON) {
    super(data);
    this.id = data.id;
    this.sessionIds = data.session_ids ?? [];
    this.sessions = (data.sessions ?? []).map(Session.fromJSON);
    this.signInId = data.sign_in_id ?? null;
    this.signUpId = data.sign_up_id ?? null;
    this.lastActiveSessionId = data.last_active_session_id ?? null;
    this.lastAuthenticationStrategy = data.last_authentication_strategy ?? null;
    this.updatedAt = data.updated_at;
    this.createdAt = data.created_at;
  }
  // </generated:Client>
}
