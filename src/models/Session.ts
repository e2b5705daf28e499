import { SessionActivity, type SessionActivityJSON } from './SessionActivity';
import { SessionTask, type SessionTaskJSON } from './SessionTask';
import { ClerkModel } from './ClerkModel';

/**
 * States a session can be in.
 * @public
 */
export type SessionStatus = 'active' | 'revoked' | 'ended' | 'expired' | 'removed' | 'abandoned' | 'replaced' | 'pending';

/**
 * Wire shape of a session.
 * @public
 */
export interface SessionJSON {
  // <generated:SessionJSON>
  object: 'session';
  id: string;
  user_id: string;
  client_id: string;
  actor?: Record<string, unknown> | null;
  status: SessionStatus;
  last_active_organization_id?: string | null;
  last_active_at: number;
  latest_activity?: SessionActivityJSON | null;
  expire_at: number;
  abandon_at: number;
  updated_at: number;
  created_at: number;
  tasks?: SessionTaskJSON[] | null;
  // </generated:SessionJSON>
}

/**
 * One signed-in session of a user on a client (a browser or device).
 * @public
 */
export class Session extends ClerkModel<SessionJSON> {
  // @model Session from Session
  // @override actor type: Record<string, unknown> | null
  // @override actor value: data.actor ?? null
  // @override latest_activity json: ?: SessionActivityJSON | null
  // <generated:Session>
  /** Unique id of the session. */
  declare readonly id: string;
  /** The user this session belongs to. */
  declare readonly userId: string;
  /** The client (browser or device) that holds the session. */
  declare readonly clientId: string;
  /** Impersonation claims when someone else acts as the user, copied as the API sent them; null otherwise. */
  declare readonly actor: Record<string, unknown> | null;
  /** Current state of the session. */
  declare readonly status: SessionStatus;
  /** Organization the user last had selected in this session, if any. */
  declare readonly lastActiveOrganizationId: string | null;
  /** When the session was last used, Unix milliseconds. */
  declare readonly lastActiveAt: number;
  /** Device and location of the most recent request, when recorded. */
  declare readonly latestActivity: SessionActivity | null;
  /** When the session expires regardless of activity, Unix milliseconds. */
  declare readonly expireAt: number;
  /** When the session is dropped if left unused, Unix milliseconds. */
  declare readonly abandonAt: number;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Steps still required before a pending session becomes active; empty when there are none. */
  declare readonly tasks: SessionTask[];
  /** Builds a Session from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: SessionJSON) => Session;

  /** Maps the wire JSON; prefer {@link Session.fromJSON}. */
  constructor(data: SessionJSON) {
    super(data);
    this.id = data.id;
    this.userId = data.user_id;
    this.clientId = data.client_id;
    this.actor = data.actor ?? null;
    this.status = data.status;
    this.lastActiveOrganizationId = data.last_active_organization_id ?? null;
    this.lastActiveAt = data.last_active_at;
    this.latestActivity = data.latest_activity ? SessionActivity.fromJSON(data.latest_activity) : null;
    this.expireAt = data.expire_at;
    this.abandonAt = data.abandon_at;
    this.updatedAt = data.updated_at;
    this.createdAt = data.created_at;
    this.tasks = (data.tasks ?? []).map(SessionTask.fromJSON);
  }
  // </generated:Session>
}
