import { ClerkModel } from './ClerkModel';
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
  // <generated:InvitationJSON>
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
  // </generated:InvitationJSON>
}

/**
 * An invitation for someone to sign up to the application with a given email address.
 * @public
 */
export class Invitation extends ClerkModel<InvitationJSON> {
  // @model Invitation from Invitation
  // <generated:Invitation>
  /** Unique id of the invitation. */
  declare readonly id: string;
  /** Address the invitation was sent to. */
  declare readonly emailAddress: string;
  /** Metadata copied onto the user once they accept, exactly as stored (keys untouched). */
  declare readonly publicMetadata: Record<string, unknown>;
  /** Whether the invitation has been revoked, when the API reports it. */
  declare readonly revoked: boolean | null;
  /** Current state of the invitation. */
  declare readonly status: InvitationStatus;
  /** Link that accepts the invitation, when the API reports it. */
  declare readonly url: string | null;
  /** When the invitation stops being valid, Unix milliseconds; null when none is set. */
  declare readonly expiresAt: number | null;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number;
  /** Builds an Invitation from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: InvitationJSON) => Invitation;

  /** Maps the wire JSON; prefer {@link Invitation.fromJSON}. */
  constructor(data: InvitationJSON) {
    super(data);
    this.id = data.id;
    this.emailAddress = data.email_address;
    this.publicMetadata = data.public_metadata ?? {};
    this.revoked = data.revoked ?? null;
    this.status = data.status;
    this.url = data.url ?? null;
    this.expiresAt = data.expires_at ?? null;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
  }
  // </generated:Invitation>
}
