import { CNameTarget, type CNameTargetJSON } from './CNameTarget';
import { ClerkModel } from './ClerkModel';

/**
 * Wire shape of an instance domain.
 * @public
 */
export interface DomainJSON {
  // <generated:DomainJSON>
  object: 'domain';
  id: string;
  name: string;
  is_satellite: boolean;
  frontend_api_url: string;
  accounts_portal_url?: string | null;
  proxy_url?: string | null;
  development_origin: string;
  cname_targets?: CNameTargetJSON[] | null;
  // </generated:DomainJSON>
}

/**
 * A domain the instance serves: its primary domain or a satellite one.
 * @public
 */
export class Domain extends ClerkModel<DomainJSON> {
  // @model Domain from Domain
  // <generated:Domain>
  /** Unique id of the domain. */
  declare readonly id: string;
  /** The host name, such as `example.com` (development instances may include a port). */
  declare readonly name: string;
  /** Whether this is a satellite domain rather than the primary one. */
  declare readonly isSatellite: boolean;
  /** URL of the Frontend API that serves this domain. */
  declare readonly frontendApiUrl: string;
  /** URL of the hosted Account Portal for this domain; null for satellite domains. */
  declare readonly accountsPortalUrl: string | null;
  /** URL of the proxy that forwards Frontend API traffic for this domain, when one is set up. */
  declare readonly proxyUrl: string | null;
  /** Origin used while developing against this domain. */
  declare readonly developmentOrigin: string;
  /** DNS records to create for this domain; empty when none are listed. */
  declare readonly cnameTargets: CNameTarget[];
  /** Builds a Domain from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: DomainJSON) => Domain;

  /** Maps the wire JSON; prefer {@link Domain.fromJSON}. */
  constructor(data: DomainJSON) {
    super(data);
    this.id = data.id;
    this.name = data.name;
    this.isSatellite = data.is_satellite;
    this.frontendApiUrl = data.frontend_api_url;
    this.accountsPortalUrl = data.accounts_portal_url ?? null;
    this.proxyUrl = data.proxy_url ?? null;
    this.developmentOrigin = data.development_origin;
    this.cnameTargets = (data.cname_targets ?? []).map(CNameTarget.fromJSON);
  }
  // </generated:Domain>
}
