import { AbstractAPI } from './AbstractAPI';

/**
 * Testing tokens that let automated tests bypass bot protection. Placeholder until this sub-API's methods land.
 * @public
 */
export class TestingTokenAPI extends AbstractAPI {}
