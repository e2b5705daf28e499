import { AbstractAPI } from './AbstractAPI';

/**
 * The instance JSON Web Key Set. Placeholder until this sub-API's methods land.
 * @public
 */
export class JwksAPI extends AbstractAPI {}
