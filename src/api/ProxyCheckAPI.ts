import { ProxyCheck } from '../models/ProxyCheck';
import { AbstractAPI } from './AbstractAPI';
import type { RequestOptions } from '../core/types';

/**
 * Parameters of {@link ProxyCheckAPI.verify}.
 * @public
 */
export interface VerifyProxyCheckParams {
  // <generated:VerifyProxyCheckParams> from VerifyDomainProxy
  /** Domain the proxy is meant to serve. */
  domainId?: string;
  /**
   * Full URL of the proxy that forwards to the Clerk Frontend API, such as `https://example.com/__clerk`. It may
   * differ from the domain's current proxy URL, so a new proxy can be tried before switching to it.
   */
  proxyUrl?: string;
  // </generated:VerifyProxyCheckParams>
}

/**
 * Checks that a proxy in front of the Clerk Frontend API works.
 * @public
 */
export class ProxyCheckAPI extends AbstractAPI {
  /**
   * Checks that a proxy URL forwards to the Clerk Frontend API for a domain. Run it before switching a domain to
   * a proxy, so the switch causes no downtime.
   * @param params - The domain and the proxy URL to try.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link ProxyCheck} result.
   * @throws {@link ClerkAPIResponseError} 400/422 when the proxy does not answer as expected or a value is not accepted.
   */
  verify(params: VerifyProxyCheckParams, options?: RequestOptions): Promise<ProxyCheck> {
    return this.send('proxyChecks.verify POST /proxy_checks j', [], params, ProxyCheck.fromJSON, options, 'required');
  }
}
