/**
 * Wire shape of a session token.
 * @public
 */
export interface TokenJSON {
  // <generated:TokenJSON>
  object: 'token';
  jwt: string;
  // </generated:TokenJSON>
}

/**
 * A signed session token (JWT) minted for a session, optionally from a JWT template.
 * @public
 */
export class Token {
  // @model Token from Token
  // <generated:Token>
  /** The encoded, signed JWT. */
  declare readonly jwt: string;
  readonly #raw: TokenJSON;

  /** Maps the wire JSON; prefer {@link Token.fromJSON}. */
  constructor(data: TokenJSON) {
    this.jwt = data.jwt;
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): TokenJSON {
    return this.#raw;
  }

  /** Builds a Token from the API's JSON. */
  static fromJSON(data: TokenJSON): Token {
    return make(data);
  }
  // </generated:Token>
}

// <generated:make-Token>
function make(data: TokenJSON): Token {
  return new Token(data);
}
// </generated:make-Token>
