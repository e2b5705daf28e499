import { InstanceSettings } from '../models/InstanceSettings';
import { AbstractAPI } from './AbstractAPI';
import type { RequestOptions } from '../core/types';

/**
 * Parameters of {@link BetaFeatureAPI.updateInstanceSettings}. Fields left out are not changed.
 * @public
 */
export interface UpdateInstanceSettingsParams {
  // <generated:UpdateInstanceSettingsParams> from UpdateInstanceAuthConfig
  /** Let only allowlisted email addresses, phone numbers and usernames sign up. */
  restrictedToAllowlist?: boolean | null;
  /** Local part (alphanumeric, e.g. `foo` for `foo@example.com`) of the address authentication emails come from. */
  fromEmailAddress?: string | null;
  /** Turn progressive sign-up on or off (the API no longer recommends changing it). */
  progressiveSignUp?: boolean | null;
  /** Allow the test email addresses and phone numbers (on by default for development instances). */
  testMode?: boolean | null;
  // </generated:UpdateInstanceSettingsParams>
}

/**
 * Parameters of {@link BetaFeatureAPI.changeDomain} and {@link BetaFeatureAPI.updateProductionInstanceDomain}.
 * @public
 */
export interface ChangeInstanceDomainParams {
  // <generated:ChangeInstanceDomainParams> from ChangeProductionInstanceDomain
  /** New home URL of the production instance, such as `https://www.example.com`. */
  homeUrl?: string;
  /**
   * Whether the domain belongs to a secondary app. Its subdomain is then kept as part of the domain, so one
   * primary and several secondary apps can share a root domain.
   */
  isSecondary?: boolean;
  // </generated:ChangeInstanceDomainParams>
}

/**
 * Parameters of {@link BetaFeatureAPI.updateProductionInstanceDomain}.
 * @public
 */
export type UpdateProductionInstanceDomainParams = ChangeInstanceDomainParams;

/**
 * Instance features still in beta: some instance settings and moving a production instance to another domain.
 * @public
 */
export class BetaFeatureAPI extends AbstractAPI {
  /**
   * Changes instance settings that are still in beta.
   * @param params - The settings to change.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The resulting {@link InstanceSettings}.
   * @throws {@link ClerkAPIResponseError} 402 when the plan of the application does not include a feature, 422 when a value is not accepted.
   */
  updateInstanceSettings(params: UpdateInstanceSettingsParams, options?: RequestOptions): Promise<InstanceSettings> {
    return this.send(
      'betaFeatures.updateInstanceSettings PATCH /beta_features/instance_settings j',
      [],
      params,
      InstanceSettings.fromJSON,
      options,
      'required',
    );
  }

  /**
   * Moves the production instance to another domain. DNS records, SSL certificates, social connection redirect
   * URLs and the keys in your code then need updating; every user is signed out, and a short downtime is expected
   * while the change deploys.
   *
   * `@clerk/backend` posts to `/beta_features/change_domain`, which the API does not list; this SDK calls
   * `POST /instance/change_domain`, the listed endpoint that takes the same body.
   * @param params - The new home URL, and whether it is for a secondary app.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns Nothing: the API accepts the change with 202 and no body.
   * @throws {@link ClerkAPIResponseError} 400/422 when the URL is not accepted.
   */
  changeDomain(params: ChangeInstanceDomainParams, options?: RequestOptions): Promise<void> {
    return this.send('betaFeatures.changeDomain POST /instance/change_domain j', [], params, () => undefined, options, 'required');
  }

  /**
   * Moves the production instance to another domain through the older endpoint.
   * @param params - The new home URL, and whether it is for a secondary app.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns Nothing: the API accepts the change with 202 and no body.
   * @throws {@link ClerkAPIResponseError} 400/422 when the URL is not accepted.
   * @deprecated The API marks `PUT /beta_features/domain` deprecated; use {@link BetaFeatureAPI.changeDomain}.
   */
  updateProductionInstanceDomain(params: UpdateProductionInstanceDomainParams, options?: RequestOptions): Promise<void> {
    return this.send('betaFeatures.updateProductionInstanceDomain PUT /beta_features/domain j', [], params, () => undefined, options, 'required');
  }
}
