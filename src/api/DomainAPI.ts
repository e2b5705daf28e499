import type { ListPromise } from '../core/pagination';
import { DeletedObject } from '../models/DeletedObject';
import { Domain } from '../models/Domain';
import { AbstractAPI } from './AbstractAPI';
import type { RequestOptions } from '../core/types';

/**
 * Parameters of {@link DomainAPI.add}. `@clerk/backend` spells two of them in snake_case (`is_satellite`,
 * `proxy_url`); keys are converted to snake_case on the way out, so both spellings reach the API.
 * @public
 */
export interface AddDomainParams {
  // @params type isSatellite: boolean
  // <generated:AddDomainParams> from AddDomain
  /** The host name, without a scheme. Development instances may add a port (`localhost:3000`). */
  name: string;
  /** Whether the domain is a satellite; the API currently accepts only `true` here. */
  isSatellite: boolean;
  /** Full URL of the proxy that forwards this domain's Frontend API traffic (production instances only). */
  proxyUrl?: string | null;
  // </generated:AddDomainParams>
}

/**
 * Parameters of {@link DomainAPI.update}: the domain's id plus the fields to change. As with
 * {@link AddDomainParams}, `proxy_url`/`is_secondary` spellings from `@clerk/backend` also work.
 * @public
 */
export interface UpdateDomainParams {
  // @params path domain_id
  // <generated:UpdateDomainParams> from UpdateDomain
  /** Id of the domain to update (part of the path, not sent in the body). */
  domainId: string;
  /** New host name. Renaming a production primary domain also changes the instance's home origin. */
  name?: string | null;
  /** Full URL of the proxy for this domain (production instances only); `null` switches back to DNS setup. */
  proxyUrl?: string | null;
  /** Whether the domain belongs to a secondary app, so its subdomain is kept as part of the domain. */
  isSecondary?: boolean | null;
  // </generated:UpdateDomainParams>
}

/**
 * Manages the instance's domains: the primary domain and its satellites.
 * @public
 */
export class DomainAPI extends AbstractAPI {
  /**
   * Lists the instance's domains: the primary one and every satellite, with their URLs and CNAME targets.
   * The API answers them all in one page.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers), applied to every page fetched.
   * @returns A list promise of {@link Domain}; the awaited array also has `totalCount`.
   */
  list(options?: RequestOptions): ListPromise<Domain> {
    return this.sendList('domains.list GET /domains', [], {}, Domain.fromJSON, options);
  }

  /**
   * Adds a satellite domain to the instance.
   * @param params - The host name, the satellite flag and an optional proxy URL.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The new {@link Domain}.
   * @throws {@link ClerkAPIResponseError} 400 or 422 when the name or an option is rejected, 402 when the plan
   * does not include satellite domains.
   */
  add(params: AddDomainParams, options?: RequestOptions): Promise<Domain> {
    return this.send('domains.add POST /domains j', [], params, Domain.fromJSON, options, 'required');
  }

  /**
   * Updates a domain, primary or satellite: its name, its proxy URL or its secondary-app flag.
   * @param params - The domain's id and the fields to change.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link Domain}.
   * @throws {@link ClerkAPIResponseError} 404 when the domain does not exist, 400 or 422 when a field is rejected.
   */
  update(params: UpdateDomainParams, options?: RequestOptions): Promise<Domain> {
    return this.sendFrom('domains.update PATCH /domains/{} jr', ['domainId'], params, Domain.fromJSON, options);
  }

  /**
   * Deletes a satellite domain of the instance.
   * @param id - Id of the domain.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns A {@link DeletedObject} confirming the deletion.
   * @throws {@link ClerkAPIResponseError} 403 when the domain may not be deleted (the primary domain never can be), 404 when it does not exist.
   */
  deleteDomain(id: string, options?: RequestOptions): Promise<DeletedObject> {
    return this.send('domains.deleteDomain DELETE /domains/{}', [id], undefined, DeletedObject.fromJSON, options);
  }

  /**
   * Deletes a satellite domain: the same call as {@link DomainAPI.deleteDomain}, under the name `@clerk/backend`
   * also offers.
   * @param id - Id of the domain.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns A {@link DeletedObject} confirming the deletion.
   * @throws {@link ClerkAPIResponseError} 403 when the domain may not be deleted, 404 when it does not exist.
   */
  delete(id: string, options?: RequestOptions): Promise<DeletedObject> {
    return this.deleteDomain(id, options);
  }
}
