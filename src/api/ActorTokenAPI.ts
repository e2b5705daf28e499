import { AbstractAPI } from './AbstractAPI';

/**
 * Actor tokens, for impersonating a user. Placeholder until this sub-API's methods land.
 * @public
 */
export class ActorTokenAPI extends AbstractAPI {}
