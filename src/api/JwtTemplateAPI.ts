import { AbstractAPI } from './AbstractAPI';

/**
 * JWT templates. Placeholder until this sub-API's methods land.
 * @public
 */
export class JwtTemplateAPI extends AbstractAPI {}
