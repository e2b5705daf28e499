import { AdminPortalLinkToken } from '../models/AdminPortalLinkToken';
import { AbstractAPI } from './AbstractAPI';
import type { RequestOptions } from '../core/types';

/**
 * Parameters of {@link AdminPortalLinkTokenAPI.createAdminPortalLinkToken}.
 * @public
 */
export interface CreateAdminPortalLinkTokenParams {
  // <generated:CreateAdminPortalLinkTokenParams> from createAdminPortalLinkToken
  /** Limit the portal session to this existing organization (`org_…`). */
  organizationId?: string;
  /** Your own reference to the IT contact the link is for; stored on the token as given. */
  itContactId?: string;
  /** Scopes to record on the token. */
  scopes?: string[];
  /** Lifetime in seconds, from 1 to 86400; 3600 when left out. */
  secondsUntilExpiration?: number;
  // </generated:CreateAdminPortalLinkTokenParams>
}

/**
 * Parameters of {@link AdminPortalLinkTokenAPI.revokeAdminPortalLinkToken}.
 * @public
 */
export interface RevokeAdminPortalLinkTokenParams {
  // <generated:RevokeAdminPortalLinkTokenParams> from revokeAdminPortalLinkToken
  /** Why the token is revoked, kept on the token. */
  revocationReason?: string | null;
  // </generated:RevokeAdminPortalLinkTokenParams>
}

// The API documents one hour as the default lifetime; it is sent explicitly when nothing else is given, because
// this endpoint requires a JSON body and the request layer leaves empty bodies out.
const DEFAULT_LIFETIME_SECONDS = 3600;

/**
 * Issues and revokes admin portal link tokens: single-use, URL-borne tokens that open a Clerk-hosted admin portal
 * session. These endpoints are served outside the `/v1` prefix, like the other opaque-token endpoints.
 * @public
 */
export class AdminPortalLinkTokenAPI extends AbstractAPI {
  /**
   * Creates an admin portal link token.
   * @param params - Optional organization, IT contact reference, scopes and lifetime.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The new {@link AdminPortalLinkToken}; its `token` is only returned here (the API answers 201).
   * @throws {@link ClerkAPIResponseError} 400 when a field is invalid, 409 on a conflict.
   */
  createAdminPortalLinkToken(params: CreateAdminPortalLinkTokenParams = {}, options?: RequestOptions): Promise<AdminPortalLinkToken> {
    const rejected = this.checkParams('adminPortalLinkTokens.createAdminPortalLinkToken', params, 'optional');
    if (rejected) return rejected;
    const body: Record<string, unknown> = { ...params };
    if (!Object.values(body).some((value) => value !== undefined)) body.secondsUntilExpiration = DEFAULT_LIFETIME_SECONDS;
    return this.send('adminPortalLinkTokens.createAdminPortalLinkToken POST /admin_portal_link_tokens jrx', [], body, AdminPortalLinkToken.fromJSON, options);
  }

  /**
   * Revokes an admin portal link token so it can no longer be used.
   * @param adminPortalLinkTokenId - Id of the token (`aplt_…`).
   * @param params - Optional reason to record.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The revoked {@link AdminPortalLinkToken} (without its `token`).
   * @throws {@link ClerkAPIResponseError} 404 when no such token exists.
   */
  revokeAdminPortalLinkToken(
    adminPortalLinkTokenId: string,
    params: RevokeAdminPortalLinkTokenParams = {},
    options?: RequestOptions,
  ): Promise<AdminPortalLinkToken> {
    const rejected = this.checkParams('adminPortalLinkTokens.revokeAdminPortalLinkToken', params, 'optional');
    if (rejected) return rejected;
    // The endpoint requires a JSON body; an explicit null reason keeps it from being empty.
    return this.send(
      'adminPortalLinkTokens.revokeAdminPortalLinkToken POST /admin_portal_link_tokens/{}/revoke jrx',
      [adminPortalLinkTokenId],
      { revocationReason: params.revocationReason ?? null },
      AdminPortalLinkToken.fromJSON,
      options,
    );
  }
}
