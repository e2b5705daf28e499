import { Instance } from '../models/Instance';
import { InstanceCommunication } from '../models/InstanceCommunication';
import { InstanceProtect } from '../models/InstanceProtect';
import { InstanceRestrictions } from '../models/InstanceRestrictions';
import { OAuthApplicationSettings } from '../models/OAuthApplicationSettings';
import { OrganizationSettings } from '../models/OrganizationSettings';
import { AbstractAPI } from './AbstractAPI';
import type { RequestOptions } from '../core/types';

/**
 * Parameters of {@link InstanceAPI.update}. Fields left out are not changed.
 * @public
 */
export interface UpdateInstanceParams {
  // <generated:UpdateInstanceParams> from UpdateInstance
  /** Allow the test email addresses and phone numbers (on by default for development instances). */
  testMode?: boolean | null;
  /** Check new passwords against the Have I Been Pwned breach corpus. */
  hibp?: boolean | null;
  /** Address shown to users when they need help. */
  supportEmail?: string | null;
  /** Version of `@clerk/clerk-js` the hosted pages load. */
  clerkJsVersion?: string | null;
  /** Origin of the development app. */
  developmentOrigin?: string | null;
  /**
   * Extra origins allowed to call the instance, for browser extensions (`chrome-extension://<id>`), Electron or
   * Capacitor (`capacitor://localhost`) apps.
   */
  allowedOrigins?: string[];
  /**
   * Run development instances without third-party cookies.
   * @deprecated Use `urlBasedSessionSyncing`.
   */
  cookielessDev?: boolean | null;
  /** Sync development sessions through the URL instead of third-party cookies. */
  urlBasedSessionSyncing?: boolean | null;
  /**
   * Sign-in strategy the components offer first when a password is required: `password` (the default) or `otp`;
   * an empty string clears the override.
   */
  preferredSignInStrategyWhenPasswordRequired?: 'password' | 'otp' | '' | null;
  // </generated:UpdateInstanceParams>
  /**
   * Accepted for code written against `@clerk/backend` and sent as given; the 2026-05-12 API no longer lists it.
   * @deprecated Not part of the 2026-05-12 API.
   */
  enhancedEmailDeliverability?: boolean | null;
}

/**
 * Parameters of {@link InstanceAPI.updateRestrictions}. Fields left out are not changed.
 * @public
 */
export interface UpdateInstanceRestrictionsParams {
  // <generated:UpdateInstanceRestrictionsParams> from UpdateInstanceRestrictions
  /** Let only allowlisted identifiers sign up. */
  allowlist?: boolean | null;
  /** Refuse blocklisted identifiers. */
  blocklist?: boolean | null;
  /** Skip the allowlist and blocklist at sign-in (they still apply at sign-up). */
  allowlistBlocklistDisabledOnSignIn?: boolean | null;
  /** Refuse email addresses with a `+tag` part. */
  blockEmailSubaddresses?: boolean | null;
  /** Refuse addresses on throwaway email domains. */
  blockDisposableEmailDomains?: boolean | null;
  // </generated:UpdateInstanceRestrictionsParams>
  /**
   * Accepted for code written against `@clerk/backend` and sent as given; the 2026-05-12 API no longer lists it.
   * @deprecated Not part of the 2026-05-12 API.
   */
  ignoreDotsForGmailAddresses?: boolean | null;
}

/**
 * Parameters of {@link InstanceAPI.updateProtect}. Fields left out are not changed.
 * @public
 */
export interface UpdateInstanceProtectParams {
  // <generated:UpdateInstanceProtectParams> from UpdateInstanceProtect
  /** Apply custom protection rules. */
  rulesEnabled?: boolean | null;
  /** Turn Clerk's automated abuse detection on or off. */
  specterEnabled?: boolean | null;
  // </generated:UpdateInstanceProtectParams>
}

/**
 * Parameters of {@link InstanceAPI.updateCommunication}.
 * @public
 */
export interface UpdateInstanceCommunicationParams {
  // <generated:UpdateInstanceCommunicationParams> from UpdateInstanceCommunication
  /**
   * The complete list of countries (uppercase ISO 3166-1 alpha-2 codes, no repeats, at most 250) SMS messages must
   * not be sent to. It replaces the current list; codes the API does not treat as SMS destinations are dropped.
   * Leaving it out changes nothing.
   */
  blockedCountryCodes?: string[] | null;
  // </generated:UpdateInstanceCommunicationParams>
}

/**
 * Parameters of {@link InstanceAPI.updateOAuthApplicationSettings}. Fields left out are not changed.
 * @public
 */
export interface UpdateInstanceOAuthApplicationSettingsParams {
  // <generated:UpdateInstanceOAuthApplicationSettingsParams> from UpdateInstanceOAuthApplicationSettings
  /** Let OAuth clients register themselves (RFC 7591). */
  dynamicOauthClientRegistration?: boolean | null;
  /** Scopes granted when a client asks for none; `null` goes back to Clerk's defaults. */
  defaultScopes?: string[] | null;
  /** Issue JWT access tokens instead of opaque ones. */
  oauthJwtAccessTokens?: boolean | null;
  /** Advertise support for client ID metadata documents in the authorization server metadata. */
  clientIdMetadataDocumentsAdvertised?: boolean | null;
  /** Refuse clients known only through a metadata document unless they were registered or admitted before. */
  clientIdMetadataDocumentsOnlyAllowPreRegisteredClients?: boolean | null;
  /** Refuse, from now on, metadata-document clients that were admitted implicitly (tokens already issued stay valid). */
  clientIdMetadataDocumentsBlockImplicitlyAllowedClients?: boolean | null;
  // </generated:UpdateInstanceOAuthApplicationSettingsParams>
}

/**
 * Parameters of {@link InstanceAPI.updateOrganizationSettings}. Fields left out are not changed.
 * @public
 */
export interface UpdateInstanceOrganizationSettingsParams {
  // <generated:UpdateInstanceOrganizationSettingsParams> from UpdateInstanceOrganizationSettings
  /** Turn organizations on or off. */
  enabled?: boolean | null;
  /** Most members an organization may have. */
  maxAllowedMemberships?: number | null;
  /** Let organization admins delete their organization. */
  adminDeleteEnabled?: boolean | null;
  /** Let organizations verify domains. */
  domainsEnabled?: boolean | null;
  /** Turn organization slugs off. */
  slugDisabled?: boolean | null;
  /** How users with a verified-domain email may join: `automatic_invitation` and/or `automatic_suggestion`. */
  domainsEnrollmentModes?: string[];
  /** Role given to the member who creates an organization. */
  creatorRoleId?: string | null;
  /** Role given to members who join through a verified domain. */
  domainsDefaultRoleId?: string | null;
  // </generated:UpdateInstanceOrganizationSettingsParams>
}

/**
 * Settings of the instance the secret key belongs to: general settings, restrictions, protection, messaging,
 * OAuth server and organization settings.
 * @public
 */
export class InstanceAPI extends AbstractAPI {
  /**
   * Retrieves the instance.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link Instance}.
   */
  get(options?: RequestOptions): Promise<Instance> {
    return this.send('instance.get GET /instance', [], undefined, Instance.fromJSON, options);
  }

  /**
   * Changes general settings of the instance.
   * @param params - The settings to change.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns Nothing: the API answers 204 with no body.
   * @throws {@link ClerkAPIResponseError} 422 when a value is not accepted.
   */
  update(params: UpdateInstanceParams, options?: RequestOptions): Promise<void> {
    return this.send('instance.update PATCH /instance j', [], params, () => undefined, options, 'required');
  }

  /**
   * Changes who may sign up and sign in (allowlist, blocklist, email address rules).
   * @param params - The restrictions to change.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link InstanceRestrictions}.
   * @throws {@link ClerkAPIResponseError} 402 when the plan of the application does not include a feature, 422 when a value is not accepted.
   */
  updateRestrictions(params: UpdateInstanceRestrictionsParams, options?: RequestOptions): Promise<InstanceRestrictions> {
    return this.send('instance.updateRestrictions PATCH /instance/restrictions j', [], params, InstanceRestrictions.fromJSON, options, 'required');
  }

  /**
   * Retrieves the bot and abuse protection settings.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link InstanceProtect} settings.
   */
  getProtect(options?: RequestOptions): Promise<InstanceProtect> {
    return this.send('instance.getProtect GET /instance/protect', [], undefined, InstanceProtect.fromJSON, options);
  }

  /**
   * Changes the bot and abuse protection settings.
   * @param params - The settings to change.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link InstanceProtect} settings.
   * @throws {@link ClerkAPIResponseError} 422 when a value is not accepted.
   */
  updateProtect(params: UpdateInstanceProtectParams, options?: RequestOptions): Promise<InstanceProtect> {
    return this.send('instance.updateProtect PATCH /instance/protect j', [], params, InstanceProtect.fromJSON, options, 'required');
  }

  /**
   * Retrieves the messaging settings (the SMS country blocklist).
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link InstanceCommunication} settings.
   */
  getCommunication(options?: RequestOptions): Promise<InstanceCommunication> {
    return this.send('instance.getCommunication GET /instance/communication', [], undefined, InstanceCommunication.fromJSON, options);
  }

  /**
   * Replaces the SMS country blocklist.
   * @param params - The complete new list.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link InstanceCommunication} settings.
   * @throws {@link ClerkAPIResponseError} 422 when a code is malformed or repeated.
   */
  updateCommunication(params: UpdateInstanceCommunicationParams, options?: RequestOptions): Promise<InstanceCommunication> {
    return this.send('instance.updateCommunication PATCH /instance/communication j', [], params, InstanceCommunication.fromJSON, options, 'required');
  }

  /**
   * Retrieves how the instance acts as an OAuth authorization server.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link OAuthApplicationSettings}.
   */
  getOAuthApplicationSettings(options?: RequestOptions): Promise<OAuthApplicationSettings> {
    return this.send(
      'instance.getOAuthApplicationSettings GET /instance/oauth_application_settings',
      [],
      undefined,
      OAuthApplicationSettings.fromJSON,
      options,
    );
  }

  /**
   * Changes how the instance acts as an OAuth authorization server.
   * @param params - The settings to change.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link OAuthApplicationSettings}.
   * @throws {@link ClerkAPIResponseError} 422 when a value is not accepted.
   */
  updateOAuthApplicationSettings(params: UpdateInstanceOAuthApplicationSettingsParams, options?: RequestOptions): Promise<OAuthApplicationSettings> {
    return this.send(
      'instance.updateOAuthApplicationSettings PATCH /instance/oauth_application_settings j',
      [],
      params,
      OAuthApplicationSettings.fromJSON,
      options,
      'required',
    );
  }

  /**
   * Retrieves the organization settings of the instance.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link OrganizationSettings}.
   * @throws {@link ClerkAPIResponseError} 402/404 when organizations are not available to the instance.
   */
  getOrganizationSettings(options?: RequestOptions): Promise<OrganizationSettings> {
    return this.send('instance.getOrganizationSettings GET /instance/organization_settings', [], undefined, OrganizationSettings.fromJSON, options);
  }

  /**
   * Changes the organization settings of the instance.
   * @param params - The settings to change.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link OrganizationSettings}.
   * @throws {@link ClerkAPIResponseError} 402 when the plan of the application does not include a feature, 422 when a value is not accepted.
   */
  updateOrganizationSettings(params: UpdateInstanceOrganizationSettingsParams, options?: RequestOptions): Promise<OrganizationSettings> {
    return this.send(
      'instance.updateOrganizationSettings PATCH /instance/organization_settings j',
      [],
      params,
      OrganizationSettings.fromJSON,
      options,
      'required',
    );
  }
}
