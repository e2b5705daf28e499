import { AbstractAPI } from './AbstractAPI';

/**
 * Sign-up attempts. Placeholder until this sub-API's methods land.
 * @public
 */
export class SignUpAPI extends AbstractAPI {}
