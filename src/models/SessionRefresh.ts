import { Cookies, type CookiesJSON } from './Cookies';
import { Token, type TokenJSON } from './Token';

/**
 * Wire shape of a session refresh answer: a token, or cookies when those were asked for.
 * @public
 */
export type SessionRefreshJSON = TokenJSON | CookiesJSON;

/**
 * What a session refresh resolves to: a {@link Token} (the default format) or {@link Cookies}.
 * Tell them apart with `instanceof`.
 * @public
 */
export type SessionRefresh = Token | Cookies;

/**
 * Builds the model that matches a session refresh answer, going by its `object` field.
 * @param data - The API's JSON.
 * @returns {@link Cookies} when the API sent cookies, otherwise a {@link Token}.
 * @public
 */
export function sessionRefreshFromJSON(data: SessionRefreshJSON): SessionRefresh {
  return data.object === 'cookies' ? Cookies.fromJSON(data) : Token.fromJSON(data);
}
