import { AbstractAPI } from './AbstractAPI';

/**
 * Checks of a frontend API proxy configuration. Placeholder until this sub-API's methods land.
 * @public
 */
export class ProxyCheckAPI extends AbstractAPI {}
