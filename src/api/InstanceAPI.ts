import { AbstractAPI } from './AbstractAPI';

/**
 * Instance settings and restrictions. Placeholder until this sub-API's methods land.
 * @public
 */
export class InstanceAPI extends AbstractAPI {}
