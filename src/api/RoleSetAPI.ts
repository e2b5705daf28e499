import { AbstractAPI } from './AbstractAPI';

/**
 * Role sets that group organization roles. Placeholder until this sub-API's methods land.
 * @public
 */
export class RoleSetAPI extends AbstractAPI {}
