import { AbstractAPI } from './AbstractAPI';

/**
 * The v4 interstitial API. Its private endpoint is retired, so its method always rejects.
 * @public
 */
export class InterstitialAPI extends AbstractAPI {
  /**
   * Retired: the secret-key interstitial endpoint no longer exists. Always rejects, and sends nothing.
   * @returns A promise that rejects with a {@link ClerkSDKError} whose code is `endpoint_removed`.
   * @deprecated Load the public interstitial page, `GET /public/interstitial`, which is addressed by your
   * publishable key (or frontend API host) rather than the secret key.
   */
  getInterstitial(): Promise<string> {
    return this.removed(
      'interstitial.getInterstitial',
      'Use the public interstitial endpoint GET /public/interstitial, addressed by your publishable key.',
    );
  }
}
