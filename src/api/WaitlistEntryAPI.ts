import { AbstractAPI } from './AbstractAPI';

/**
 * Waitlist entries. Placeholder until this sub-API's methods land.
 * @public
 */
export class WaitlistEntryAPI extends AbstractAPI {}
