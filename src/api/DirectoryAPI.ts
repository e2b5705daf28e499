import { AbstractAPI } from './AbstractAPI';

/**
 * Directory sync connections. Placeholder until this sub-API's methods land.
 * @public
 */
export class DirectoryAPI extends AbstractAPI {}
