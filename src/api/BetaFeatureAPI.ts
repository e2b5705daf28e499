import { AbstractAPI } from './AbstractAPI';

/**
 * Beta features of the instance. Placeholder until this sub-API's methods land.
 * @public
 */
export class BetaFeatureAPI extends AbstractAPI {}
