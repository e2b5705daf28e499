import { AbstractAPI } from './AbstractAPI';

/**
 * Sign-up blocklist. Placeholder until this sub-API's methods land.
 * @public
 */
export class BlocklistIdentifierAPI extends AbstractAPI {}
