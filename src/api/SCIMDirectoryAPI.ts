import { AbstractAPI } from './AbstractAPI';

/**
 * SCIM directories. Placeholder until this sub-API's methods land.
 * @public
 */
export class SCIMDirectoryAPI extends AbstractAPI {}
