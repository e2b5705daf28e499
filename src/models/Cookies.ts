/**
 * Wire shape of the cookies a session refresh can answer with.
 * @public
 */
export interface CookiesJSON {
  object: 'cookies';
  cookies: string[];
}

/**
 * Session cookies to set on the browser, the answer to a session refresh made with `format: 'cookie'`.
 * @public
 */
export class Cookies {
  /** Each cookie as a complete `Set-Cookie` header value. */
  readonly cookies: string[];
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

  /** Builds a Cookies object from the API's JSON. */
  static fromJSON(data: CookiesJSON): Cookies {
    return new Cookies(data);
  }
}
