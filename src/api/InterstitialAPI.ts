import { AbstractAPI } from './AbstractAPI';
import type { RequestOptions } from '../core/types';

/**
 * Parameters of {@link InterstitialAPI.getPublicInterstitial}. Name the instance with `publishableKey` (or
 * `frontendApi`); the API answers 400 when it cannot tell which instance is meant.
 * @public
 */
export interface GetPublicInterstitialParams {
  // <generated:GetPublicInterstitialParams> from GetPublicInterstitial
  /** Frontend API host of the instance; an older way to name it than `publishableKey`. */
  frontendApi?: string;
  /** Publishable key of the instance (`pk_test_…` / `pk_live_…`). */
  publishableKey?: string;
  /** Proxy URL of the instance, when its Frontend API is served through a proxy. */
  proxyUrl?: string;
  /** Domain of the instance, for satellite setups. */
  domain?: string;
  /** Sign-in URL of the application. */
  signInUrl?: string;
  /** Load the Clerk script from `domain` rather than from the Frontend API host. */
  useDomainForScript?: boolean;
  // </generated:GetPublicInterstitialParams>
}

/**
 * The interstitial page: the HTML that loads Clerk in the browser when a request's sign-in state cannot be
 * settled on the server.
 * @public
 */
export class InterstitialAPI extends AbstractAPI {
  /**
   * Retired: the secret-key interstitial endpoint no longer exists. Always rejects, and sends nothing.
   * @param options - Per-call request options; accepted for compatibility and ignored, as nothing is sent.
   * @returns A promise that rejects with a {@link ClerkSDKError} whose code is `endpoint_removed`.
   * @deprecated Use {@link InterstitialAPI.getPublicInterstitial}, which is addressed by your publishable key
   * (or frontend API host) rather than the secret key.
   */
  getInterstitial(options?: RequestOptions): Promise<string> {
    void options;
    return this.removed('interstitial.getInterstitial', 'Use the public interstitial endpoint GET /public/interstitial, addressed by your publishable key.');
  }

  /**
   * Fetches the markup of the public interstitial page. The endpoint is public: no secret key is sent, so this
   * works even on a client created without one.
   * @param params - Which instance the page is for, and how its script is loaded.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The page's HTML, as a string.
   * @throws {@link ClerkAPIResponseError} 400 when the instance is not named, 500 when the API detects a redirect loop.
   */
  getPublicInterstitial(params: GetPublicInterstitialParams = {}, options?: RequestOptions): Promise<string> {
    return this.send('interstitial.getPublicInterstitial GET /public/interstitial p', [], params, undefined, options, 'optional', { responseType: 'text' });
  }
}
