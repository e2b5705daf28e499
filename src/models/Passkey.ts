import { Verification, type VerificationJSON } from './Verification';

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
export class Passkey {
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
  readonly #raw: PasskeyJSON;

  /** Maps the wire JSON; prefer {@link Passkey.fromJSON}. */
  constructor(data: PasskeyJSON) {
    this.id = data.id ?? null;
    this.name = data.name;
    this.lastUsedAt = data.last_used_at;
    this.verification = data.verification ? Verification.fromJSON(data.verification) : null;
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): PasskeyJSON {
    return this.#raw;
  }

  /** Builds a Passkey from the API's JSON. */
  static fromJSON(data: PasskeyJSON): Passkey {
    return make(data);
  }
  // </generated:Passkey>
}

// <generated:make-Passkey>
function make(data: PasskeyJSON): Passkey {
  return new Passkey(data);
}
// </generated:make-Passkey>
