import type { OrderBy } from '../core/types';
import type { ListPromise, PaginationParams } from '../core/pagination';
import { DeletedObject } from '../models/DeletedObject';
import { SamlConnection } from '../models/SamlConnection';
import type { SamlConnectionLoginHintMode } from '../models/SamlConnectionLoginHint';
import { AbstractAPI } from './AbstractAPI';
import type { RequestOptions } from '../core/types';

/**
 * How {@link SamlConnectionAPI.getSamlConnectionList} may sort, each key optionally prefixed with `+` (ascending)
 * or `-` (descending). These are the keys the API documents for this list.
 * @public
 */
export type SamlConnectionListOrderBy = OrderBy<'phone_number' | 'email_address' | 'created_at' | 'first_name' | 'last_name' | 'username'>;

/**
 * Identity provider kinds a SAML connection can be created for.
 * @public
 */
export type SamlConnectionProvider = 'saml_custom' | 'saml_okta' | 'saml_google' | 'saml_microsoft';

/**
 * Parameters of {@link SamlConnectionAPI.getSamlConnectionList}.
 * @public
 */
export interface GetSamlConnectionListParams extends PaginationParams {
  // @params type orderBy?: SamlConnectionListOrderBy
  // <generated:GetSamlConnectionListParams> from ListSAMLConnections
  /** Only connections whose name contains this text (case-insensitive). */
  query?: string;
  /** Sort order. */
  orderBy?: SamlConnectionListOrderBy;
  /** Only connections of these organizations (up to 100 ids); prefix an id with `-` to exclude it instead. */
  organizationId?: string[];
  // </generated:GetSamlConnectionListParams>
}

/**
 * Which assertion attributes fill the user's fields; attribute names as the identity provider sends them.
 * @public
 */
export interface SamlConnectionAttributeMappingParams {
  // <generated:SamlConnectionAttributeMappingParams> from CreateSAMLConnection.attribute_mapping, UpdateSAMLConnection.attribute_mapping
  /** Attribute holding the user's id at the identity provider. */
  userId?: string;
  /** Attribute holding the user's email address. */
  emailAddress?: string;
  /** Attribute holding the user's first name. */
  firstName?: string;
  /** Attribute holding the user's last name. */
  lastName?: string;
  // </generated:SamlConnectionAttributeMappingParams>
}

/**
 * What a SAML connection sends to the identity provider as `login_hint`.
 * @public
 */
export interface SamlConnectionLoginHintParams {
  // @params type mode: SamlConnectionLoginHintMode
  // <generated:SamlConnectionLoginHintParams> from CreateSAMLConnection.login_hint, UpdateSAMLConnection.login_hint
  /** Send the email address, a public metadata value (`custom_attribute`), or nothing (`off`). */
  mode: SamlConnectionLoginHintMode;
  /** Public metadata key whose value is sent, when `mode` is `custom_attribute`. */
  source?: string;
  // </generated:SamlConnectionLoginHintParams>
}

/**
 * Parameters of {@link SamlConnectionAPI.createSamlConnection}. Give `domains` (or the older `domain`).
 * @public
 */
export interface CreateSamlConnectionParams {
  // @params type provider: SamlConnectionProvider
  // <generated:CreateSamlConnectionParams> from CreateSAMLConnection
  /** Label of the connection. */
  name: string;
  /**
   * Single email domain routed to the connection.
   * @deprecated Use `domains`.
   */
  domain?: string;
  /** Email domains whose users sign in through the connection. */
  domains?: string[];
  /** Identity provider kind. */
  provider: SamlConnectionProvider;
  /** Entity id issued by the identity provider. */
  idpEntityId?: string | null;
  /** Identity provider URL that sign-in requests go to. */
  idpSsoUrl?: string | null;
  /** X.509 certificate (PEM) the identity provider signs with. */
  idpCertificate?: string | null;
  /** URL of the identity provider's metadata; when given it overrides the three fields above. */
  idpMetadataUrl?: string | null;
  /** Identity provider metadata XML; when given it overrides the individual fields. */
  idpMetadata?: string | null;
  /** Organization that users of the connection are added to. */
  organizationId?: string | null;
  /** Assertion attributes to read into the user's fields. */
  attributeMapping?: SamlConnectionAttributeMappingParams | null;
  /** Ask the identity provider to re-authenticate the user on every sign-in (ForceAuthn). */
  forceAuthn?: boolean;
  /** What to send to the identity provider as `login_hint`. */
  loginHint?: SamlConnectionLoginHintParams | null;
  // </generated:CreateSamlConnectionParams>
}

/**
 * Parameters of {@link SamlConnectionAPI.updateSamlConnection}. Only the fields given change.
 * @public
 */
export interface UpdateSamlConnectionParams {
  // <generated:UpdateSamlConnectionParams> from UpdateSAMLConnection
  /** New label. */
  name?: string | null;
  /**
   * Single email domain routed to the connection.
   * @deprecated Use `domains`.
   */
  domain?: string | null;
  /** Email domains whose users sign in through the connection. */
  domains?: string[] | null;
  /** Entity id issued by the identity provider. */
  idpEntityId?: string | null;
  /** Identity provider URL that sign-in requests go to. */
  idpSsoUrl?: string | null;
  /** X.509 certificate (PEM) the identity provider signs with. */
  idpCertificate?: string | null;
  /** URL of the identity provider's metadata; when given it replaces the individual fields. */
  idpMetadataUrl?: string | null;
  /** Identity provider metadata XML; when given it overrides the individual fields. */
  idpMetadata?: string | null;
  /** Organization that users of the connection are added to. */
  organizationId?: string | null;
  /** Assertion attributes to read into the user's fields. */
  attributeMapping?: SamlConnectionAttributeMappingParams | null;
  /** Turn the connection on or off. */
  active?: boolean | null;
  /** Refresh user attributes from the identity provider on every sign-in. */
  syncUserAttributes?: boolean | null;
  /** Also route subdomains of the connection's domains to it. */
  allowSubdomains?: boolean | null;
  /** Accept sign-ins started at the identity provider. */
  allowIdpInitiated?: boolean | null;
  /** Keep users of the connection from adding other identifiers. */
  disableAdditionalIdentifications?: boolean | null;
  /** Let existing organization members link their account to the connection. */
  allowOrganizationAccountLinking?: boolean | null;
  /** Ask the identity provider to re-authenticate the user on every sign-in (ForceAuthn). */
  forceAuthn?: boolean;
  /** What to send to the identity provider as `login_hint`. */
  loginHint?: SamlConnectionLoginHintParams | null;
  /**
   * When turning the connection on: remove organization verified domains that use the same domains (true), or
   * fail if any exist (false or left out).
   */
  consentVerifiedDomainsDeletion?: boolean | null;
  // </generated:UpdateSamlConnectionParams>
}

/**
 * Manages SAML connections. The API has deprecated these endpoints: new code should use
 * {@link EnterpriseConnectionAPI} (`clerkClient.enterpriseConnections`), which covers SAML and OIDC.
 * @public
 */
export class SamlConnectionAPI extends AbstractAPI {
  /**
   * Lists the instance's SAML connections. Await it for one page, or iterate it with `for await` for all.
   * @param params - Page, name filter, sort order and organization filter.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers), applied to every page fetched.
   * @returns A list promise of {@link SamlConnection}.
   * @deprecated The API deprecated SAML connections; use {@link EnterpriseConnectionAPI.getEnterpriseConnectionList}.
   */
  getSamlConnectionList(params: GetSamlConnectionListParams = {}, options?: RequestOptions): ListPromise<SamlConnection> {
    return this.sendList('samlConnections.getSamlConnectionList GET /saml_connections', [], params, SamlConnection.fromJSON, options, 'optional');
  }

  /**
   * Creates a SAML connection. Nested settings (attribute mapping, login hint) are sent with snake_case keys.
   * @param params - Name, provider, domains and the identity provider's details.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The new {@link SamlConnection}.
   * @throws {@link ClerkAPIResponseError} 422 when a field is invalid, 402 when the instance's plan lacks the feature.
   * @deprecated The API deprecated SAML connections; use {@link EnterpriseConnectionAPI.createEnterpriseConnection}.
   */
  createSamlConnection(params: CreateSamlConnectionParams, options?: RequestOptions): Promise<SamlConnection> {
    return this.send('samlConnections.createSamlConnection POST /saml_connections jd', [], params, SamlConnection.fromJSON, options, 'required');
  }

  /**
   * Retrieves one SAML connection.
   * @param samlConnectionId - Id of the connection.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link SamlConnection}.
   * @throws {@link ClerkAPIResponseError} 404 when no such connection exists.
   * @deprecated The API deprecated SAML connections; use {@link EnterpriseConnectionAPI.getEnterpriseConnection}.
   */
  getSamlConnection(samlConnectionId: string, options?: RequestOptions): Promise<SamlConnection> {
    return this.send('samlConnections.getSamlConnection GET /saml_connections/{}', [samlConnectionId], undefined, SamlConnection.fromJSON, options);
  }

  /**
   * Changes a SAML connection. Nested settings (attribute mapping, login hint) are sent with snake_case keys.
   * @param samlConnectionId - Id of the connection.
   * @param params - The fields to change.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link SamlConnection}.
   * @throws {@link ClerkAPIResponseError} 404 when no such connection exists, 422 when a field is invalid.
   * @deprecated The API deprecated SAML connections; use {@link EnterpriseConnectionAPI.updateEnterpriseConnection}.
   */
  updateSamlConnection(samlConnectionId: string, params: UpdateSamlConnectionParams = {}, options?: RequestOptions): Promise<SamlConnection> {
    return this.send(
      'samlConnections.updateSamlConnection PATCH /saml_connections/{} jrd',
      [samlConnectionId],
      params,
      SamlConnection.fromJSON,
      options,
      'optional',
    );
  }

  /**
   * Deletes a SAML connection.
   * @param samlConnectionId - Id of the connection.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns A {@link DeletedObject}.
   * @throws {@link ClerkAPIResponseError} 404 when no such connection exists.
   * @deprecated The API deprecated SAML connections; use {@link EnterpriseConnectionAPI.deleteEnterpriseConnection}.
   */
  deleteSamlConnection(samlConnectionId: string, options?: RequestOptions): Promise<DeletedObject> {
    return this.send('samlConnections.deleteSamlConnection DELETE /saml_connections/{}', [samlConnectionId], undefined, DeletedObject.fromJSON, options);
  }
}
