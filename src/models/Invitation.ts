/**
 * States an application invitation can be in.
 * @public
 */
export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

/**
 * Wire shape of an application invitation.
 * @public
 */
export interface InvitationJSON {
  object: 'invitation';
  id: string;
  email_address: string;
  public_metadata: Record<string, unknown>;
  revoked?: boolean;
  status: InvitationStatus;
  url?: string;
  expires_at?: number | null;
  created_at: number;
  updated_at: number;
}

/**
 * An invitation for someone to sign up to the application with a given email address.
 * @public
 */
export class Invitation {
  /** Unique id of the invitation. */
  readonly id: string;
  /** Address the invitation was sent to. */
  readonly emailAddress: string;
  /** Metadata copied onto the user once they accept, exactly as stored (keys untouched). */
  readonly publicMetadata: Record<string, unknown>;
  /** Whether the invitation has been revoked, when the API reports it. */
  readonly revoked: boolean | null;
  /** Current state of the invitation. */
  readonly status: InvitationStatus;
  /** Link that accepts the invitation, when the API reports it. */
  readonly url: string | null;
  /** When the invitation stops being valid, Unix milliseconds; null when none is set. */
  readonly expiresAt: number | null;
  /** Creation time, Unix milliseconds. */
  readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  readonly updatedAt: number;
  readonly #raw: InvitationJSON;

  /** Maps the wire JSON; prefer {@link Invitation.fromJSON}. */
  constructor(data: InvitationJSON) {
    this.id = data.id;
    this.emailAddress = data.email_address;
    this.publicMetadata = data.public_metadata ?? {};
    this.revoked = data.revoked ?? null;
    this.status = data.status;
    this.url = data.url ?? null;
    this.expiresAt = data.expires_at ?? null;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): InvitationJSON {
    return this.#raw;
  }

  /** Builds an Invitation from the API's JSON. */
  static fromJSON(data: InvitationJSON): Invitation {
    return new Invitation(data);
  }
}
