/**
 * Wire shape of the verify answer for a JWT access token that is no longer active.
 * @public
 */
export interface InactiveIdPOAuthAccessTokenJSON {
  active: false;
}

/**
 * What verifying an OAuth access token gives when the API answers that the (JWT) token is no longer active, for
 * example because it expired. It carries no token details; treat the token as invalid.
 * @public
 */
export class InactiveIdPOAuthAccessToken {
  /** Always `false`: the token must not be accepted. */
  readonly active = false as const;
  readonly #raw: InactiveIdPOAuthAccessTokenJSON;

  /** Maps the wire JSON; prefer {@link InactiveIdPOAuthAccessToken.fromJSON}. */
  constructor(data: InactiveIdPOAuthAccessTokenJSON) {
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): InactiveIdPOAuthAccessTokenJSON {
    return this.#raw;
  }

  /** Builds an InactiveIdPOAuthAccessToken from the API's JSON. */
  static fromJSON(data: InactiveIdPOAuthAccessTokenJSON): InactiveIdPOAuthAccessToken {
    return make(data);
  }
}

// Constructs outside the class body so that the built class keeps its name (see tsup.config.ts).
function make(data: InactiveIdPOAuthAccessTokenJSON): InactiveIdPOAuthAccessToken {
  return new InactiveIdPOAuthAccessToken(data);
}
