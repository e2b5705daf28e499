import { AbstractAPI } from './AbstractAPI';

/**
 * API keys issued to users and organizations. Placeholder until this sub-API's methods land.
 * @public
 */
export class APIKeyAPI extends AbstractAPI {}
