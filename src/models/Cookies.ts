/**
 * Wire shape of the cookies a session refresh can answer with.
 * @public
 */
export interface CookiesJSON {
  // <generated:CookiesJSON>
  object: 'cookies';
  cookies: string[];
  // </generated:CookiesJSON>
}

/**
 * Session cookies to set on the browser, the answer to a session refresh made with `format: 'cookie'`.
 * @public
 */
export class Cookies {
  // @model Cookies from Cookies
  // <generated:Cookies>
  /** Each cookie as a complete `Set-Cookie` header value. */
  declare readonly cookies: string[];
  readonly #raw: CookiesJSON;

  /** Maps the wire JSON; prefer {@link Cookies.fromJSON}. */
  constructor(data: CookiesJSON) {
    this.cookies = data.cookies ?? [];
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): CookiesJSON {
    return this.#raw;
  }

  /** Builds a Cookies from the API's JSON. */
  static fromJSON(data: CookiesJSON): Cookies {
    return make(data);
  }
  // </generated:Cookies>
}

// <generated:make-Cookies>
function make(data: CookiesJSON): Cookies {
  return new Cookies(data);
}
// </generated:make-Cookies>
