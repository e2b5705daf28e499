import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of a testing token.
 * @public
 */
export interface TestingTokenJSON {
  // <generated:TestingTokenJSON>
  object: 'testing_token';
  token: string;
  expires_at: number;
  // </generated:TestingTokenJSON>
}

/**
 * A short-lived token that lets automated test suites get past the instance's bot protection.
 * @public
 */
export class TestingToken extends ClerkModel<TestingTokenJSON> {
  // @model TestingToken from TestingToken
  // <generated:TestingToken>
  /** The token; tests pass it to the Frontend API in the `__clerk_testing_token` query parameter. */
  declare readonly token: string;
  /** When the token stops working, Unix milliseconds. */
  declare readonly expiresAt: number;
  /** Builds a TestingToken from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: TestingTokenJSON) => TestingToken;

  /** Maps the wire JSON; prefer {@link TestingToken.fromJSON}. */
  constructor(data: TestingTokenJSON) {
    super(data);
    this.token = data.token;
    this.expiresAt = data.expires_at;
  }
  // </generated:TestingToken>
}
