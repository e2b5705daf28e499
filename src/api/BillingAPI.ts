import { AbstractAPI } from './AbstractAPI';

/**
 * Billing: plans, prices, subscriptions, statements and payment attempts. Placeholder until this sub-API's methods land.
 * @public
 */
export class BillingAPI extends AbstractAPI {}
