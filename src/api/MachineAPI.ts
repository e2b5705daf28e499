import { AbstractAPI } from './AbstractAPI';

/**
 * Machines for machine-to-machine authentication. Placeholder until this sub-API's methods land.
 * @public
 */
export class MachineAPI extends AbstractAPI {}
