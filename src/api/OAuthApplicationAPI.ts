import type { OrderBy } from '../core/types';
import type { ListPromise, PaginationParams } from '../core/pagination';
import { DeletedObject } from '../models/DeletedObject';
import { OAuthApplication } from '../models/OAuthApplication';
import { OAuthApplicationWithSecret } from '../models/OAuthApplicationWithSecret';
import { AbstractAPI, type FileUpload } from './AbstractAPI';
import type { RequestOptions } from '../core/types';

/**
 * Parameters of {@link OAuthApplicationAPI.list}.
 * @public
 */
export interface GetOAuthApplicationListParams extends PaginationParams {
  // @params type orderBy?: OrderBy<'name' | 'created_at'>
  // <generated:GetOAuthApplicationListParams> from ListOAuthApplications
  /** Sort field, `-` for descending, `+` (or nothing) for ascending. The API's default is `+created_at`. */
  orderBy?: OrderBy<'name' | 'created_at'>;
  /** Part of an application name (case-insensitive), or an exact client id, to filter on. */
  nameQuery?: string;
  // </generated:GetOAuthApplicationListParams>
}

/**
 * Parameters of {@link OAuthApplicationAPI.create}.
 * @public
 */
export interface CreateOAuthApplicationParams {
  // <generated:CreateOAuthApplicationParams> from CreateOAuthApplication
  /** Display name (at most 256 characters). */
  name: string;
  /** Redirect URIs the authorization flow may return to. */
  redirectUris?: string[] | null;
  /**
   * Single redirect URL of older applications.
   * @deprecated Use `redirectUris`.
   */
  callbackUrl?: string | null;
  /** Allowed scopes, space-separated, from `profile`, `email`, `public_metadata`, `private_metadata` (default `profile email`). */
  scopes?: string | null;
  /** Show users a consent screen before granting access (default `true`). */
  consentScreenEnabled?: boolean | null;
  /** Require PKCE in the authorization-code flow (default `false`). */
  pkceRequired?: boolean | null;
  /** Make the application a public client, which has no secret and uses PKCE. */
  public?: boolean | null;
  // </generated:CreateOAuthApplicationParams>
}

/**
 * Parameters of {@link OAuthApplicationAPI.update}.
 * @public
 */
export interface UpdateOAuthApplicationParams extends Partial<CreateOAuthApplicationParams> {
  // @params path oauth_application_id
  // <generated:UpdateOAuthApplicationParams> from UpdateOAuthApplication
  /** Id of the application to change. */
  oauthApplicationId: string;
  // </generated:UpdateOAuthApplicationParams>
}

/**
 * Parameters of {@link OAuthApplicationAPI.revokeToken}.
 * @public
 */
export interface RevokeOAuthApplicationTokenParams {
  // @params path oauth_application_id
  // <generated:RevokeOAuthApplicationTokenParams> from RevokeOAuthApplicationToken
  /** Id of the application that holds the grant. */
  oauthApplicationId: string;
  /** An opaque access token or refresh token; every token of the same grant is revoked with it. */
  token: string;
  // </generated:RevokeOAuthApplicationTokenParams>
}

/**
 * Parameters of {@link OAuthApplicationAPI.updateLogo}.
 * @public
 */
export interface UpdateOAuthApplicationLogoParams {
  // <generated:UpdateOAuthApplicationLogoParams> from UploadOAuthApplicationLogo
  /** Id of the user to credit with the upload. */
  uploaderUserId?: string;
  /** The image as a {@link FileUpload} (Blob, File, Buffer or Uint8Array); a `File` keeps its file name. */
  file: FileUpload;
  // </generated:UpdateOAuthApplicationLogoParams>
}

/**
 * Manages the OAuth applications that use Clerk as their OAuth 2.0 / OpenID Connect provider.
 * Requests go to `/v1/oauth_applications…`.
 * @public
 */
export class OAuthApplicationAPI extends AbstractAPI {
  /**
   * Lists the instance's OAuth applications, oldest first unless `orderBy` says otherwise. Await it for one page,
   * or iterate it with `for await` for all.
   * @param params - Page, search and sort options.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers), applied to every page fetched.
   * @returns A list promise of {@link OAuthApplication}, with the total count.
   */
  list(params: GetOAuthApplicationListParams = {}, options?: RequestOptions): ListPromise<OAuthApplication> {
    return this.sendList('oauthApplications.list GET /oauth_applications', [], params, OAuthApplication.fromJSON, options, 'optional');
  }

  /**
   * Fetches one OAuth application (without its client secret).
   * @param oauthApplicationId - Id of the application.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link OAuthApplication}.
   * @throws {@link ClerkAPIResponseError} 404 when no such application exists.
   */
  get(oauthApplicationId: string, options?: RequestOptions): Promise<OAuthApplication> {
    return this.send('oauthApplications.get GET /oauth_applications/{}', [oauthApplicationId], undefined, OAuthApplication.fromJSON, options);
  }

  /**
   * Creates an OAuth application. The response is the only one, besides {@link OAuthApplicationAPI.rotateSecret},
   * that carries the client secret.
   * @param params - Name, redirect URIs, scopes and client settings.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The new {@link OAuthApplicationWithSecret}.
   * @throws {@link ClerkAPIResponseError} 422 when a field is invalid.
   */
  create(params: CreateOAuthApplicationParams, options?: RequestOptions): Promise<OAuthApplicationWithSecret> {
    return this.send('oauthApplications.create POST /oauth_applications j', [], params, OAuthApplicationWithSecret.fromJSON, options, 'required');
  }

  /**
   * Changes an OAuth application's name, redirect URIs, scopes or client settings.
   * @param params - The application id and the fields to change.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link OAuthApplication}.
   * @throws {@link ClerkAPIResponseError} 404 when no such application exists.
   */
  update(params: UpdateOAuthApplicationParams, options?: RequestOptions): Promise<OAuthApplication> {
    const rejected = this.checkParams('oauthApplications.update', params);
    if (rejected) return rejected;
    const { oauthApplicationId, ...body } = params ?? ({} as UpdateOAuthApplicationParams);
    return this.send('oauthApplications.update PATCH /oauth_applications/{} jr', [oauthApplicationId], body, OAuthApplication.fromJSON, options);
  }

  /**
   * Deletes an OAuth application; tokens issued to it stop working.
   * @param oauthApplicationId - Id of the application.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns A {@link DeletedObject} (`object: 'oauth_application'`).
   * @throws {@link ClerkAPIResponseError} 404 when no such application exists.
   */
  delete(oauthApplicationId: string, options?: RequestOptions): Promise<DeletedObject> {
    return this.send('oauthApplications.delete DELETE /oauth_applications/{}', [oauthApplicationId], undefined, DeletedObject.fromJSON, options);
  }

  /**
   * Uploads a logo for an OAuth application (multipart upload).
   * @param oauthApplicationId - Id of the application.
   * @param params - The image and, optionally, the user credited with the upload.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link OAuthApplication}, whose `clientImageUrl` points at the new logo.
   * @throws {@link ClerkSDKError} `invalid_argument` (as a rejection, nothing sent) when `file` is not a Blob, File, Buffer or Uint8Array.
   * @throws {@link ClerkAPIResponseError} 413 when the file is too large, 404 when no such application exists.
   */
  updateLogo(oauthApplicationId: string, params: UpdateOAuthApplicationLogoParams, options?: RequestOptions): Promise<OAuthApplication> {
    const rejected = this.checkParams('oauthApplications.updateLogo', params);
    if (rejected) return rejected;
    const file = this.toUpload('oauthApplications.updateLogo', params.file);
    if (file instanceof Promise) return file;
    return this.send(
      'oauthApplications.updateLogo PUT /oauth_applications/{}/logo m',
      [oauthApplicationId],
      { file, uploaderUserId: params.uploaderUserId },
      OAuthApplication.fromJSON,
      options,
    );
  }

  /**
   * Replaces an OAuth application's client secret; update it in every client that uses the application.
   * @param oauthApplicationId - Id of the application.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link OAuthApplicationWithSecret}, carrying the new secret.
   * @throws {@link ClerkAPIResponseError} 404 when no such application exists.
   */
  rotateSecret(oauthApplicationId: string, options?: RequestOptions): Promise<OAuthApplicationWithSecret> {
    return this.send(
      'oauthApplications.rotateSecret POST /oauth_applications/{}/rotate_secret',
      [oauthApplicationId],
      undefined,
      OAuthApplicationWithSecret.fromJSON,
      options,
    );
  }

  /**
   * Revokes an access or refresh token issued to an OAuth application, along with every other token of the same
   * grant. The API answers 204 with no body.
   * @param params - The application id and the token.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns Nothing once the tokens are revoked.
   * @throws {@link ClerkAPIResponseError} 404 when no such application exists, 422 when the token is missing.
   */
  revokeToken(params: RevokeOAuthApplicationTokenParams, options?: RequestOptions): Promise<void> {
    const rejected = this.checkParams('oauthApplications.revokeToken', params);
    if (rejected) return rejected;
    const { oauthApplicationId, token } = params ?? ({} as RevokeOAuthApplicationTokenParams);
    return this.send<void>(
      'oauthApplications.revokeToken POST /oauth_applications/{}/revoke_token jr',
      [oauthApplicationId],
      { token },
      () => undefined,
      options,
    );
  }
}
