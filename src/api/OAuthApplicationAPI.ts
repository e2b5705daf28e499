import { AbstractAPI } from './AbstractAPI';

/**
 * OAuth applications that use Clerk as their identity provider. Placeholder until this sub-API's methods land.
 * @public
 */
export class OAuthApplicationAPI extends AbstractAPI {}
