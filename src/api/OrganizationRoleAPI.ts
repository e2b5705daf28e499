import { AbstractAPI } from './AbstractAPI';

/**
 * Custom organization roles. Placeholder until this sub-API's methods land.
 * @public
 */
export class OrganizationRoleAPI extends AbstractAPI {}
