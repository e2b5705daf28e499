import { AbstractAPI } from './AbstractAPI';

/**
 * Placeholder until this sub-API's methods land.
 * @public
 */
export class UserAPI extends AbstractAPI {}
