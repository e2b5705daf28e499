import type { OrderBy } from '../core/types';
import type { ListPromise } from '../core/pagination';
import { path } from '../core/path';
import { DeletedObject } from '../models/DeletedObject';
import { OAuthApplication } from '../models/OAuthApplication';
import { OAuthApplicationWithSecret } from '../models/OAuthApplicationWithSecret';
import { AbstractAPI } from './AbstractAPI';

/**
 * Parameters of {@link OAuthApplicationAPI.list}.
 * @public
 */
export interface GetOAuthApplicationListParams {
  /** Items per page (1–500, the API's default is 10). */
  limit?: number;
  /** Items to skip. */
  offset?: number;
  /** Sort field, `-` for descending, `+` (or nothing) for ascending. The API's default is `+created_at`. */
  orderBy?: OrderBy<'name' | 'created_at'>;
  /** Part of an application name (case-insensitive), or an exact client id, to filter on. */
  nameQuery?: string;
}

/**
 * Parameters of {@link OAuthApplicationAPI.create}.
 * @public
 */
export interface CreateOAuthApplicationParams {
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
}

/**
 * Parameters of {@link OAuthApplicationAPI.update}.
 * @public
 */
export interface UpdateOAuthApplicationParams extends Partial<CreateOAuthApplicationParams> {
  /** Id of the application to change. */
  oauthApplicationId: string;
}

/**
 * Parameters of {@link OAuthApplicationAPI.revokeToken}.
 * @public
 */
export interface RevokeOAuthApplicationTokenParams {
  /** Id of the application that holds the grant. */
  oauthApplicationId: string;
  /** An opaque access token or refresh token; every token of the same grant is revoked with it. */
  token: string;
}

/**
 * Parameters of {@link OAuthApplicationAPI.updateLogo}.
 * @public
 */
export interface UpdateOAuthApplicationLogoParams {
  /** The image; a `File` keeps its file name. */
  file: Blob;
  /** Id of the user to credit with the upload. */
  uploaderUserId?: string;
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
   * @returns A list promise of {@link OAuthApplication}, with the total count.
   */
  list(params: GetOAuthApplicationListParams = {}): ListPromise<OAuthApplication> {
    return this.fetchList({ path: '/oauth_applications' }, params, OAuthApplication.fromJSON);
  }

  /**
   * Fetches one OAuth application (without its client secret).
   * @param oauthApplicationId - Id of the application.
   * @returns The {@link OAuthApplication}.
   * @throws {@link ClerkAPIResponseError} 404 when no such application exists.
   */
  get(oauthApplicationId: string): Promise<OAuthApplication> {
    return this.request({ method: 'GET', path: path`/oauth_applications/${oauthApplicationId}`, deserialize: OAuthApplication.fromJSON });
  }

  /**
   * Creates an OAuth application. The response is the only one, besides {@link OAuthApplicationAPI.rotateSecret},
   * that carries the client secret.
   * @param params - Name, redirect URIs, scopes and client settings.
   * @returns The new {@link OAuthApplicationWithSecret}.
   * @throws {@link ClerkAPIResponseError} 422 when a field is invalid.
   */
  create(params: CreateOAuthApplicationParams): Promise<OAuthApplicationWithSecret> {
    return this.request({ method: 'POST', path: '/oauth_applications', body: { ...params }, deserialize: OAuthApplicationWithSecret.fromJSON });
  }

  /**
   * Changes an OAuth application's name, redirect URIs, scopes or client settings.
   * @param params - The application id and the fields to change.
   * @returns The updated {@link OAuthApplication}.
   * @throws {@link ClerkAPIResponseError} 404 when no such application exists.
   */
  update(params: UpdateOAuthApplicationParams): Promise<OAuthApplication> {
    const { oauthApplicationId, ...body } = params ?? ({} as UpdateOAuthApplicationParams);
    return this.request({
      method: 'PATCH',
      path: path`/oauth_applications/${oauthApplicationId}`,
      body,
      deserialize: OAuthApplication.fromJSON,
    });
  }

  /**
   * Deletes an OAuth application; tokens issued to it stop working.
   * @param oauthApplicationId - Id of the application.
   * @returns A {@link DeletedObject} (`object: 'oauth_application'`).
   * @throws {@link ClerkAPIResponseError} 404 when no such application exists.
   */
  delete(oauthApplicationId: string): Promise<DeletedObject> {
    return this.request({ method: 'DELETE', path: path`/oauth_applications/${oauthApplicationId}`, deserialize: DeletedObject.fromJSON });
  }

  /**
   * Uploads a logo for an OAuth application (multipart upload).
   * @param oauthApplicationId - Id of the application.
   * @param params - The image and, optionally, the user credited with the upload.
   * @returns The updated {@link OAuthApplication}, whose `clientImageUrl` points at the new logo.
   * @throws {@link ClerkSDKError} `invalid_argument` (as a rejection, nothing sent) when `file` is not a Blob or File.
   * @throws {@link ClerkAPIResponseError} 413 when the file is too large, 404 when no such application exists.
   */
  updateLogo(oauthApplicationId: string, params: UpdateOAuthApplicationLogoParams): Promise<OAuthApplication> {
    if (!(params?.file instanceof Blob)) return this.invalid('oauthApplications.updateLogo() needs `file` to be a Blob or File.');
    return this.request({
      method: 'PUT',
      path: path`/oauth_applications/${oauthApplicationId}/logo`,
      formData: { file: params.file, uploaderUserId: params.uploaderUserId },
      deserialize: OAuthApplication.fromJSON,
    });
  }

  /**
   * Replaces an OAuth application's client secret; update it in every client that uses the application.
   * @param oauthApplicationId - Id of the application.
   * @returns The {@link OAuthApplicationWithSecret}, carrying the new secret.
   * @throws {@link ClerkAPIResponseError} 404 when no such application exists.
   */
  rotateSecret(oauthApplicationId: string): Promise<OAuthApplicationWithSecret> {
    return this.request({
      method: 'POST',
      path: path`/oauth_applications/${oauthApplicationId}/rotate_secret`,
      deserialize: OAuthApplicationWithSecret.fromJSON,
    });
  }

  /**
   * Revokes an access or refresh token issued to an OAuth application, along with every other token of the same
   * grant. The API answers 204 with no body.
   * @param params - The application id and the token.
   * @returns Nothing once the tokens are revoked.
   * @throws {@link ClerkAPIResponseError} 404 when no such application exists, 422 when the token is missing.
   */
  revokeToken(params: RevokeOAuthApplicationTokenParams): Promise<void> {
    const { oauthApplicationId, token } = params ?? ({} as RevokeOAuthApplicationTokenParams);
    return this.request<void>({
      method: 'POST',
      path: path`/oauth_applications/${oauthApplicationId}/revoke_token`,
      body: { token },
      deserialize: () => undefined,
    });
  }
}
