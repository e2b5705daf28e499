import { AbstractAPI } from './AbstractAPI';

/**
 * SAML connections (superseded by enterprise connections). Placeholder until this sub-API's methods land.
 * @public
 */
export class SamlConnectionAPI extends AbstractAPI {}
