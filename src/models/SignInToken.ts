import { ClerkModel } from './ClerkModel';
/**
 * States a sign-in token can be in.
 * @public
 */
export type SignInTokenStatus = 'pending' | 'accepted' | 'revoked';

/**
 * Wire shape of a sign-in token.
 * @public
 */
export interface SignInTokenJSON {
  // <generated:SignInTokenJSON>
  object: 'sign_in_token';
  id: string;
  status: SignInTokenStatus;
  user_id: string;
  token?: string;
  url?: string | null;
  created_at: number;
  updated_at: number;
  // </generated:SignInTokenJSON>
}

/**
 * A one-time token, created by the backend, that signs a given user in without other credentials.
 * @public
 */
export class SignInToken extends ClerkModel<SignInTokenJSON> {
  // @model SignInToken from SignInToken
  // <generated:SignInToken>
  /** Unique id of the sign-in token. */
  declare readonly id: string;
  /** Whether the token is still usable, has been used, or was revoked. */
  declare readonly status: SignInTokenStatus;
  /** The user the token signs in. */
  declare readonly userId: string;
  /** The secret token value, when the API includes it. */
  declare readonly token: string | null;
  /** Ready-made link that consumes the token, when the API provides one. */
  declare readonly url: string | null;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number;
  /** Builds a SignInToken from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: SignInTokenJSON) => SignInToken;

  /** Maps the wire JSON; prefer {@link SignInToken.fromJSON}. */
  constructor(data: SignInTokenJSON) {
    super(data);
    this.id = data.id;
    this.status = data.status;
    this.userId = data.user_id;
    this.token = data.token ?? null;
    this.url = data.url ?? null;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
  }
  // </generated:SignInToken>
}
