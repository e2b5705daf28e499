import { AbstractAPI } from './AbstractAPI';

/**
 * Access tokens issued by Clerk as an OAuth identity provider. Placeholder until this sub-API's methods land.
 * @public
 */
export class IdPOAuthAccessTokenAPI extends AbstractAPI {}
