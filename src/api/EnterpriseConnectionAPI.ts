import { AbstractAPI } from './AbstractAPI';

/**
 * Enterprise SSO connections (SAML and OIDC). Placeholder until this sub-API's methods land.
 * @public
 */
export class EnterpriseConnectionAPI extends AbstractAPI {}
