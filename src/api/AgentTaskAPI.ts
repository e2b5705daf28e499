import { AbstractAPI } from './AbstractAPI';

/**
 * Agent tasks. Placeholder until this sub-API's methods land.
 * @public
 */
export class AgentTaskAPI extends AbstractAPI {}
