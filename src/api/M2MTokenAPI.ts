import { AbstractAPI } from './AbstractAPI';

/**
 * Machine-to-machine tokens. Placeholder until this sub-API's methods land.
 * @public
 */
export class M2MTokenAPI extends AbstractAPI {}
