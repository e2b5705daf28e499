import { TestingToken } from '../models/TestingToken';
import { AbstractAPI } from './AbstractAPI';
import type { RequestOptions } from '../core/types';

/**
 * Issues testing tokens, which let automated test suites get past the instance's bot protection.
 * @public
 */
export class TestingTokenAPI extends AbstractAPI {
  /**
   * Creates a short-lived testing token for the instance.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The new {@link TestingToken}.
   */
  createTestingToken(options?: RequestOptions): Promise<TestingToken> {
    return this.send('testingTokens.createTestingToken POST /testing_tokens', [], undefined, TestingToken.fromJSON, options);
  }
}
