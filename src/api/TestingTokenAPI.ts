import { TestingToken } from '../models/TestingToken';
import { AbstractAPI } from './AbstractAPI';

/**
 * Issues testing tokens, which let automated test suites get past the instance's bot protection.
 * @public
 */
export class TestingTokenAPI extends AbstractAPI {
  /**
   * Creates a short-lived testing token for the instance.
   * @returns The new {@link TestingToken}.
   */
  createTestingToken(): Promise<TestingToken> {
    return this.request({ method: 'POST', path: '/testing_tokens', deserialize: TestingToken.fromJSON });
  }
}
