import { Verification, type VerificationJSON } from './Verification';
import { ClerkModel } from './ClerkModel';

/**
 * Wire shape of a passkey.
 * @public
 */
export interface PasskeyJSON {
  // <generated:PasskeyJSON>
  id?: string;
  object: 'passkey';
  name: string;
  last_used_at: number;
  verification: VerificationJSON | null;
  // </generated:PasskeyJSON>
}

/**
 * A WebAuthn passkey registered by a user.
 * @public
 */
export class Passkey extends ClerkModel<PasskeyJSON> {
  // @model Passkey from Passkey
  // <generated:Passkey>
  /** Unique id of the passkey, when the API reports it. */
  declare readonly id: string | null;
  /** Name the user gave the passkey. */
  declare readonly name: string;
  /** When the passkey was last used to sign in, Unix milliseconds. */
  declare readonly lastUsedAt: number;
  /** State of the passkey's registration check. */
  declare readonly verification: Verification | null;
  /** Builds a Passkey from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: PasskeyJSON) => Passkey;

  /** Maps the wire JSON; prefer {@link Passkey.fromJSON}. */
  constructor(data: PasskeyJSON) {
    super(data);
    this.id = data.id ?? null;
    this.name = data.name;
    this.lastUsedAt = data.last_used_at;
    this.verification = data.verification ? Verification.fromJSON(data.verification) : null;
  }
  // </generated:Passkey>
}
