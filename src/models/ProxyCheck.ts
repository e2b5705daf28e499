import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of a proxy check (spec schema `ProxyCheck`).
 * @public
 */
export interface ProxyCheckJSON {
  // <generated:ProxyCheckJSON>
  object: 'proxy_check';
  id: string;
  domain_id: string;
  last_run_at: number | null;
  proxy_url: string;
  successful: boolean;
  created_at: number;
  updated_at: number;
  // </generated:ProxyCheckJSON>
}

/**
 * The result of checking that a proxy forwards correctly to the Clerk Frontend API.
 * @public
 */
export class ProxyCheck extends ClerkModel<ProxyCheckJSON> {
  // @model ProxyCheck from ProxyCheck
  // <generated:ProxyCheck>
  /** Unique id of the check. */
  declare readonly id: string;
  /** Domain the proxy serves. */
  declare readonly domainId: string;
  /** When the check last ran, Unix milliseconds, if it has. */
  declare readonly lastRunAt: number | null;
  /** The proxy URL that was checked. */
  declare readonly proxyUrl: string;
  /** Whether the proxy worked. */
  declare readonly successful: boolean;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number;
  /** Builds a ProxyCheck from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: ProxyCheckJSON) => ProxyCheck;

  /** Maps the wire JSON; prefer {@link ProxyCheck.fromJSON}. */
  constructor(data: ProxyCheckJSON) {
    super(data);
    this.id = data.id;
    this.domainId = data.domain_id;
    this.lastRunAt = data.last_run_at ?? null;
    this.proxyUrl = data.proxy_url;
    this.successful = data.successful;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
  }
  // </generated:ProxyCheck>
}
