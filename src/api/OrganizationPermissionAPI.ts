import { AbstractAPI } from './AbstractAPI';

/**
 * Custom organization permissions. Placeholder until this sub-API's methods land.
 * @public
 */
export class OrganizationPermissionAPI extends AbstractAPI {}
