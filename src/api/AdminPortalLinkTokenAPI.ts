import { AbstractAPI } from './AbstractAPI';

/**
 * Links to the self-serve enterprise SSO admin portal. Placeholder until this sub-API's methods land.
 * @public
 */
export class AdminPortalLinkTokenAPI extends AbstractAPI {}
