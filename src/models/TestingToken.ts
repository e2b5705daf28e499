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
export class TestingToken {
  // @model TestingToken from TestingToken
  // <generated:TestingToken>
  /** The token; tests pass it to the Frontend API in the `__clerk_testing_token` query parameter. */
  declare readonly token: string;
  /** When the token stops working, Unix milliseconds. */
  declare readonly expiresAt: number;
  readonly #raw: TestingTokenJSON;

  /** Maps the wire JSON; prefer {@link TestingToken.fromJSON}. */
  constructor(data: TestingTokenJSON) {
    this.token = data.token;
    this.expiresAt = data.expires_at;
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): TestingTokenJSON {
    return this.#raw;
  }

  /** Builds a TestingToken from the API's JSON. */
  static fromJSON(data: TestingTokenJSON): TestingToken {
    return make(data);
  }
  // </generated:TestingToken>
}

// <generated:make-TestingToken>
function make(data: TestingTokenJSON): TestingToken {
  return new TestingToken(data);
}
// </generated:make-TestingToken>
