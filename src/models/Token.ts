import { ClerkModel } from './ClerkModel';
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
export class Token extends ClerkModel<TokenJSON> {
  // @model Token from Token
  // <generated:Token>
  /** The encoded, signed JWT. */
  declare readonly jwt: string;
  /** Builds a Token from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: TokenJSON) => Token;

  /** Maps the wire JSON; prefer {@link Token.fromJSON}. */
  constructor(data: TokenJSON) {
    super(data);
    this.jwt = data.jwt;
  }
  // </generated:Token>
}
