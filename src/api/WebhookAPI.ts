import { SvixURL } from '../models/SvixURL';
import { AbstractAPI } from './AbstractAPI';
import type { RequestOptions } from '../core/types';

/**
 * The Svix app that delivers the instance's webhooks: create it, open its dashboard, remove it.
 * @public
 */
export class WebhookAPI extends AbstractAPI {
  /**
   * Creates the Svix app of the instance, which webhook endpoints are then managed in.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns A {@link SvixURL} holding a short-lived link to the new app's dashboard.
   * @throws {@link ClerkAPIResponseError} 400 when the instance already has a Svix app.
   */
  createSvixApp(options?: RequestOptions): Promise<SvixURL> {
    return this.send('webhooks.createSvixApp POST /webhooks/svix', [], undefined, SvixURL.fromJSON, options);
  }

  /**
   * Creates a fresh link to the Svix dashboard of the instance.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns A {@link SvixURL} holding the short-lived link.
   * @throws {@link ClerkAPIResponseError} 400 when the instance has no Svix app.
   */
  generateSvixAuthURL(options?: RequestOptions): Promise<SvixURL> {
    return this.send('webhooks.generateSvixAuthURL POST /webhooks/svix_url', [], undefined, SvixURL.fromJSON, options);
  }

  /**
   * Removes the Svix app of the instance; its webhooks stop being delivered.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns Nothing: the API answers 204 with no body.
   * @throws {@link ClerkAPIResponseError} 400 when the instance has no Svix app.
   */
  deleteSvixApp(options?: RequestOptions): Promise<void> {
    return this.send('webhooks.deleteSvixApp DELETE /webhooks/svix', [], undefined, () => undefined, options);
  }
}
