import { AbstractAPI } from './AbstractAPI';

/**
 * Email and SMS templates (deprecated by the API). Placeholder until this sub-API's methods land.
 * @public
 */
export class TemplateAPI extends AbstractAPI {}
