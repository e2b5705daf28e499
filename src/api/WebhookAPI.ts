import { AbstractAPI } from './AbstractAPI';

/**
 * Svix webhook integration. Placeholder until this sub-API's methods land.
 * @public
 */
export class WebhookAPI extends AbstractAPI {}
