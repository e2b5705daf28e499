import { ClerkModel } from './ClerkModel';
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
export class Cookies extends ClerkModel<CookiesJSON> {
  // @model Cookies from Cookies
  // <generated:Cookies>
  /** Each cookie as a complete `Set-Cookie` header value. */
  declare readonly cookies: string[];
  /** Builds a Cookies from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: CookiesJSON) => Cookies;

  /** Maps the wire JSON; prefer {@link Cookies.fromJSON}. */
  constructor(data: CookiesJSON) {
    super(data);
    this.cookies = data.cookies ?? [];
  }
  // </generated:Cookies>
}
