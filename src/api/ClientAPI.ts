import type { ListPromise, PaginationParams } from '../core/pagination';
import { Client } from '../models/Client';
import { AbstractAPI } from './AbstractAPI';
import type { RequestOptions } from '../core/types';

/**
 * Parameters of {@link ClientAPI.getClientList}.
 * @public
 */
export interface GetClientListParams extends PaginationParams {
  // <generated:GetClientListParams> from GetClientList
  // </generated:GetClientListParams>
}

/**
 * Reads clients (browsers and devices) and checks client tokens.
 * @public
 */
export class ClientAPI extends AbstractAPI {
  /**
   * Lists clients, newest first. Await it for one page, or iterate it with `for await` for all.
   *
   * The API flags this listing as deprecated and may answer 410 once it is switched off.
   * @param params - Page parameters (v4 took none).
   * @param options - Per-call request options (signal, timeout, maxRetries, headers), applied to every page fetched.
   * @returns A list promise of {@link Client}; the awaited array also has `totalCount`.
   */
  getClientList(params: GetClientListParams = {}, options?: RequestOptions): ListPromise<Client> {
    const rejected = this.checkParams('clients.getClientList', params, 'optional');
    if (rejected) return this.failedList(rejected);
    // Without `paginated` the endpoint answers a bare array and no total.
    return this.sendList('clients.getClientList GET /clients', [], { ...params, paginated: true }, Client.fromJSON, options);
  }

  /**
   * Fetches one client with its sessions.
   * @param clientId - Id of the client.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link Client}.
   * @throws {@link ClerkAPIResponseError} 404 when no such client exists.
   */
  getClient(clientId: string, options?: RequestOptions): Promise<Client> {
    return this.send('clients.getClient GET /clients/{}', [clientId], undefined, Client.fromJSON, options);
  }

  /**
   * Checks a client token (the JWT from a browser's client cookie) and returns the client it belongs to.
   * @param token - The client token to check.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link Client} the token identifies.
   * @throws {@link ClerkAPIResponseError} when the token is malformed, expired or unknown.
   */
  verifyClient(token: string, options?: RequestOptions): Promise<Client> {
    return this.send('clients.verifyClient POST /clients/verify j', [], { token }, Client.fromJSON, options);
  }
}
