import { listPromise, type ListPromise, type PaginationParams } from '../core/pagination';
import { APIKey } from '../models/APIKey';
import { DeletedObject } from '../models/DeletedObject';
import { AbstractAPI } from './AbstractAPI';
import type { RequestOptions } from '../core/types';

/** The API-key endpoints cap a page at 100 items. */
const MAX_API_KEY_PAGE = 100;

/**
 * Parameters of {@link APIKeyAPI.list}. `limit` is at most 100 here (the API's default is 10); larger values are refused
 * before sending.
 * @public
 */
export interface GetAPIKeyListParams extends PaginationParams {
  // @params type includeInvalid?: boolean
  // <generated:GetAPIKeyListParams> from getApiKeys
  /** Kind of key to list; the API's default is `api_key`. */
  type?: string;
  /** The user, organization or machine whose keys are listed (required by the API). */
  subject: string;
  /** Also list revoked and expired keys (default `false`). */
  includeInvalid?: boolean;
  /** Part of a key name to filter on. */
  query?: string;
  // </generated:GetAPIKeyListParams>
}

/**
 * Parameters of {@link APIKeyAPI.create}.
 * @public
 */
export interface CreateAPIKeyParams {
  // <generated:CreateAPIKeyParams> from createApiKey
  /** Kind of key; the API's default is `api_key`. */
  type?: string;
  /** Name of the key (at least 3 characters, no leading or trailing spaces). */
  name: string;
  /** Free-text description (at most 255 characters). */
  description?: string | null;
  /** The user (`user_…`), organization (`org_…`) or machine (`mch_…`) the key belongs to. */
  subject: string;
  /** Custom claims to store with the key; sent exactly as given (keys are not converted). */
  claims?: Record<string, unknown> | null;
  /** Scopes to grant to the key. */
  scopes?: string[];
  /** Id of the user recorded as the key's creator. */
  createdBy?: string | null;
  /** Lifetime in seconds; leave out (or `null`) for a key that never expires. */
  secondsUntilExpiration?: number | null;
  // </generated:CreateAPIKeyParams>
}

/**
 * Parameters of {@link APIKeyAPI.update}.
 * @public
 */
export interface UpdateAPIKeyParams {
  // @params path apiKeyID
  // @params rename apiKeyID: apiKeyId
  // <generated:UpdateAPIKeyParams> from updateApiKey
  /** Id of the key to change. */
  apiKeyId: string;
  /** New custom claims; replaces the stored ones and is sent exactly as given. */
  claims?: Record<string, unknown> | null;
  /** New scopes. */
  scopes?: string[];
  /** New description. */
  description?: string | null;
  /** Move the key to another user, organization or machine. */
  subject?: string;
  /** New lifetime in seconds, counted from now; `null` for no expiry. */
  secondsUntilExpiration?: number | null;
  // </generated:UpdateAPIKeyParams>
}

/**
 * Parameters of {@link APIKeyAPI.revoke}.
 * @public
 */
export interface RevokeAPIKeyParams {
  // @params path apiKeyID
  // @params rename apiKeyID: apiKeyId
  // <generated:RevokeAPIKeyParams> from revokeApiKey
  /** Id of the key to revoke. */
  apiKeyId: string;
  /** Why the key is revoked; kept on the key for auditing. */
  revocationReason?: string | null;
  // </generated:RevokeAPIKeyParams>
}

/**
 * The secret of an API key, as {@link APIKeyAPI.getSecret} returns it.
 * @public
 */
export interface APIKeySecret {
  /** The key's secret; treat it like a password. */
  secret: string;
}

/**
 * Manages API keys that users, organizations and machines use to call your own API, and verifies them.
 *
 * These are "bapi-proxy" endpoints: they are served at the API root without the `/v1` segment
 * (`https://api.clerk.com/api_keys`), the way `@clerk/backend` calls them. The spec lists them under its only
 * server, `https://api.clerk.com/v1`, and the API answers there too, but this SDK follows the official JavaScript
 * SDK. They are versioned by the `Clerk-API-Version` header alone, so a configured `apiVersion` does not apply.
 * @public
 */
export class APIKeyAPI extends AbstractAPI {
  /**
   * Lists the API keys of one user, organization or machine, newest first. Await it for one page, or iterate
   * it with `for await` for all.
   * @param params - The subject, plus filter and page options; `limit` may not exceed 100.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers), applied to every page fetched.
   * @returns A list promise of {@link APIKey}, with the total count.
   * @throws {@link ClerkSDKError} `invalid_argument` (as a rejection, nothing sent) when `subject` is missing or
   * `limit` is above 100.
   */
  list(params: GetAPIKeyListParams, options?: RequestOptions): ListPromise<APIKey> {
    const rejected = this.checkParams('apiKeys.list', params);
    if (rejected) return this.failedList(rejected);
    if (typeof params?.subject !== 'string' || params.subject === '') {
      return listPromise(() => this.invalid('apiKeys.list() needs `subject`: the user, organization or machine id whose keys to list.'));
    }
    if (typeof params.limit === 'number' && params.limit > MAX_API_KEY_PAGE) {
      return listPromise(() => this.invalid(`apiKeys.list() accepts a limit of at most ${MAX_API_KEY_PAGE}, got ${params.limit}.`));
    }
    return this.sendList('apiKeys.list GET /api_keys x', [], params, APIKey.fromJSON, options);
  }

  /**
   * Creates an API key. The response is the only one that carries the key's secret.
   * @param params - Name, subject and the key's optional settings.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The new {@link APIKey}, with `secret` set.
   * @throws {@link ClerkAPIResponseError} 400 when a field is malformed, 409 when the name is taken.
   */
  create(params: CreateAPIKeyParams, options?: RequestOptions): Promise<APIKey> {
    return this.send('apiKeys.create POST /api_keys jrx claims', [], params, APIKey.fromJSON, options, 'required');
  }

  /**
   * Fetches one API key (without its secret).
   * @param apiKeyId - Id of the key.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link APIKey}.
   * @throws {@link ClerkAPIResponseError} 404 when no such key exists.
   */
  get(apiKeyId: string, options?: RequestOptions): Promise<APIKey> {
    return this.send('apiKeys.get GET /api_keys/{} x', [apiKeyId], undefined, APIKey.fromJSON, options);
  }

  /**
   * Changes an API key's claims, scopes, description, subject or lifetime.
   * @param params - The key id and the fields to change.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link APIKey}.
   * @throws {@link ClerkAPIResponseError} 404 when no such key exists.
   */
  update(params: UpdateAPIKeyParams, options?: RequestOptions): Promise<APIKey> {
    const rejected = this.checkParams('apiKeys.update', params);
    if (rejected) return rejected;
    const { apiKeyId, ...body } = params ?? ({} as UpdateAPIKeyParams);
    return this.send('apiKeys.update PATCH /api_keys/{} jrx claims', [apiKeyId], body, APIKey.fromJSON, options);
  }

  /**
   * Deletes an API key.
   * @param apiKeyId - Id of the key.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns A {@link DeletedObject} (`object: 'api_key'`).
   * @throws {@link ClerkAPIResponseError} 404 when no such key exists.
   */
  delete(apiKeyId: string, options?: RequestOptions): Promise<DeletedObject> {
    return this.send('apiKeys.delete DELETE /api_keys/{} x', [apiKeyId], undefined, DeletedObject.fromJSON, options);
  }

  /**
   * Reads the secret of an existing API key.
   * @param apiKeyId - Id of the key.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns `{ secret }`.
   * @throws {@link ClerkAPIResponseError} 404 when no such key exists.
   */
  getSecret(apiKeyId: string, options?: RequestOptions): Promise<APIKeySecret> {
    return this.send('apiKeys.getSecret GET /api_keys/{}/secret x', [apiKeyId], undefined, (json: { secret: string }) => ({ secret: json.secret }), options);
  }

  /**
   * Revokes an API key at once; it can no longer be verified.
   * @param params - The key id and an optional reason (sent as `null` when left out, as the endpoint wants a body).
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The revoked {@link APIKey}.
   * @throws {@link ClerkAPIResponseError} 404 when no such key exists.
   */
  revoke(params: RevokeAPIKeyParams, options?: RequestOptions): Promise<APIKey> {
    const rejected = this.checkParams('apiKeys.revoke', params);
    if (rejected) return rejected;
    const { apiKeyId, revocationReason = null } = params ?? ({} as RevokeAPIKeyParams);
    return this.send('apiKeys.revoke POST /api_keys/{}/revoke jrx', [apiKeyId], { revocationReason }, APIKey.fromJSON, options);
  }

  /**
   * Checks an API key's secret and returns the key it belongs to.
   * @param secret - The secret a caller presented.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The matching {@link APIKey}.
   * @throws {@link ClerkAPIResponseError} when the secret is unknown, revoked or expired.
   * @throws {@link ClerkSDKError} `invalid_argument` (as a rejection, nothing sent) when `secret` is empty.
   */
  verify(secret: string, options?: RequestOptions): Promise<APIKey> {
    if (typeof secret !== 'string' || secret === '') return this.invalid('apiKeys.verify() needs the secret to check.');
    return this.send('apiKeys.verify POST /api_keys/verify jrx', [], { secret }, APIKey.fromJSON, options);
  }
}
