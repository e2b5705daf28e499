import { Jwks } from '../models/Jwks';
import { AbstractAPI } from './AbstractAPI';
import type { RequestOptions } from '../core/types';

/**
 * Reads the instance's JSON Web Key Set.
 * @public
 */
export class JwksAPI extends AbstractAPI {
  /**
   * Fetches the JSON Web Key Set of the instance: the public keys that verify its session tokens. Cache it;
   * keys change only when they are rotated.
   *
   * `@clerk/backend` resolves to the plain JSON document; here it is a {@link Jwks} whose `keys` are the same
   * plain JWK objects and whose `raw` is that document.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link Jwks}.
   */
  getJwks(options?: RequestOptions): Promise<Jwks> {
    return this.send('jwks.getJwks GET /jwks', [], undefined, Jwks.fromJSON, options);
  }
}
