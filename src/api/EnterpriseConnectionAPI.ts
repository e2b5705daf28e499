import type { ListPromise, PaginationParams } from '../core/pagination';
import { DeletedObject } from '../models/DeletedObject';
import { EnterpriseConnection } from '../models/EnterpriseConnection';
import { EnterpriseConnectionTestRun, type EnterpriseConnectionTestRunStatus } from '../models/EnterpriseConnectionTestRun';
import { EnterpriseConnectionTestRunUrl } from '../models/EnterpriseConnectionTestRunUrl';
import type { SamlConnectionLoginHintMode } from '../models/SamlConnectionLoginHint';
import { AbstractAPI } from './AbstractAPI';
import type { RequestOptions } from '../core/types';

/**
 * Identity provider kinds an enterprise connection can be created for.
 * @public
 */
export type EnterpriseConnectionProvider =
  | 'saml_custom'
  | 'saml_okta'
  | 'saml_google'
  | 'saml_microsoft'
  | 'oidc_custom'
  | 'oidc_github_enterprise'
  | 'oidc_gitlab';

/**
 * Parameters of {@link EnterpriseConnectionAPI.getEnterpriseConnectionList}.
 * @public
 */
export interface GetEnterpriseConnectionListParams extends PaginationParams {
  // <generated:GetEnterpriseConnectionListParams> from ListEnterpriseConnections
  /** Only connections linked to this organization. */
  organizationId?: string;
  /** Only active (`true`) or only inactive (`false`) connections; both when left out. */
  active?: boolean;
  // </generated:GetEnterpriseConnectionListParams>
}

/**
 * Which SAML assertion attributes fill the user's fields; `null` clears an entry.
 * @public
 */
export interface EnterpriseConnectionSamlAttributeMappingParams {
  // <generated:EnterpriseConnectionSamlAttributeMappingParams> from CreateEnterpriseConnection.saml.attribute_mapping, UpdateEnterpriseConnection.saml.attribute_mapping
  /** Attribute holding the user's id at the identity provider. */
  userId?: string | null;
  /** Attribute holding the user's email address. */
  emailAddress?: string | null;
  /** Attribute holding the user's first name. */
  firstName?: string | null;
  /** Attribute holding the user's last name. */
  lastName?: string | null;
  // </generated:EnterpriseConnectionSamlAttributeMappingParams>
}

/**
 * What the connection sends to the identity provider as `login_hint`.
 * @public
 */
export interface EnterpriseConnectionLoginHintParams {
  // @params type mode: SamlConnectionLoginHintMode
  // <generated:EnterpriseConnectionLoginHintParams> from CreateEnterpriseConnection.saml.login_hint, UpdateEnterpriseConnection.saml.login_hint
  /** Send the email address, a public metadata value (`custom_attribute`), or nothing (`off`). */
  mode: SamlConnectionLoginHintMode;
  /** Public metadata key whose value is sent, when `mode` is `custom_attribute`. */
  source?: string;
  // </generated:EnterpriseConnectionLoginHintParams>
}

/**
 * SAML settings of an enterprise connection; only used when the provider is a SAML one.
 * @public
 */
export interface EnterpriseConnectionSamlParams {
  // <generated:EnterpriseConnectionSamlParams> from CreateEnterpriseConnection.saml
  /** Entity id issued by the identity provider. */
  idpEntityId?: string | null;
  /** Identity provider URL that sign-in requests go to. */
  idpSsoUrl?: string | null;
  /** X.509 certificate (PEM) the identity provider signs with. */
  idpCertificate?: string | null;
  /** URL of the identity provider's metadata. */
  idpMetadataUrl?: string | null;
  /** Identity provider metadata XML. */
  idpMetadata?: string | null;
  /** Assertion attributes to read into the user's fields. */
  attributeMapping?: EnterpriseConnectionSamlAttributeMappingParams | null;
  /** Also route subdomains of the connection's domains to it. */
  allowSubdomains?: boolean | null;
  /** Accept sign-ins started at the identity provider. */
  allowIdpInitiated?: boolean | null;
  /** Ask the identity provider to re-authenticate the user on every sign-in (ForceAuthn). */
  forceAuthn?: boolean | null;
  /** What to send to the identity provider as `login_hint`. */
  loginHint?: EnterpriseConnectionLoginHintParams | null;
  // </generated:EnterpriseConnectionSamlParams>
}

/**
 * SAML settings accepted when updating an enterprise connection.
 * @public
 */
export interface UpdateEnterpriseConnectionSamlParams extends EnterpriseConnectionSamlParams {
  // <generated:UpdateEnterpriseConnectionSamlParams> from UpdateEnterpriseConnection.saml
  /** New display name of the underlying SAML connection. */
  name?: string | null;
  // </generated:UpdateEnterpriseConnectionSamlParams>
}

/**
 * OIDC settings of an enterprise connection; only used when the provider is an OIDC one.
 * @public
 */
export interface EnterpriseConnectionOidcParams {
  // <generated:EnterpriseConnectionOidcParams> from CreateEnterpriseConnection.oidc, UpdateEnterpriseConnection.oidc
  /** OAuth client id registered at the provider. */
  clientId?: string | null;
  /** OAuth client secret; leave out for public clients, which then need `requiresPkce`. */
  clientSecret?: string | null;
  /** OIDC discovery document URL. */
  discoveryUrl?: string | null;
  /** Authorization endpoint, when not discovered. */
  authUrl?: string | null;
  /** Token endpoint, when not discovered. */
  tokenUrl?: string | null;
  /** Userinfo endpoint, when not discovered. */
  userInfoUrl?: string | null;
  /** Use PKCE; required for public clients without a secret. */
  requiresPkce?: boolean | null;
  // </generated:EnterpriseConnectionOidcParams>
}

/**
 * An identity provider attribute to copy into user metadata (needs the custom attributes feature).
 * @public
 */
export interface CustomAttributeParams {
  // <generated:CustomAttributeParams> from CreateEnterpriseConnection.custom_attributes, UpdateEnterpriseConnection.custom_attributes
  /** Display name of the attribute. */
  name: string;
  /** Metadata key to store it under (letters, digits, `_` and `-`; must not start with `_`). */
  key: string;
  /** Where to read it in SAML assertions or OIDC claims. */
  ssoPath?: string;
  /** GJSON path to read it from in SCIM user resources. */
  scimPath?: string;
  /** Newer name of `scimPath`; give one of them, or both with the same value. */
  directoryPath?: string;
  /** Store a list of values (as an array in public metadata). Defaults to false. */
  multiValued?: boolean;
  // </generated:CustomAttributeParams>
}

/**
 * Parameters of {@link EnterpriseConnectionAPI.createEnterpriseConnection}.
 * @public
 */
export interface CreateEnterpriseConnectionParams {
  // @params type provider: EnterpriseConnectionProvider
  // <generated:CreateEnterpriseConnectionParams> from CreateEnterpriseConnection
  /** Display name of the connection. */
  name: string;
  /** Identity provider kind; decides whether `saml` or `oidc` applies. */
  provider: EnterpriseConnectionProvider;
  /** Email domains routed to the connection (at least one; stored lowercase). */
  domains: string[];
  /** Organization to link the connection to. */
  organizationId?: string | null;
  /** Let existing organization members link their account to the connection. */
  allowOrganizationAccountLinking?: boolean | null;
  /** Turn the connection on right away; SAML connections then need their identity provider details. */
  active?: boolean | null;
  /** SAML settings, for SAML providers. */
  saml?: EnterpriseConnectionSamlParams | null;
  /** OIDC settings, for OIDC providers. */
  oidc?: EnterpriseConnectionOidcParams | null;
  /** Identity provider attributes to copy into user metadata. */
  customAttributes?: CustomAttributeParams[];
  // </generated:CreateEnterpriseConnectionParams>
}

/**
 * Parameters of {@link EnterpriseConnectionAPI.updateEnterpriseConnection}. Only the fields given change.
 * @public
 */
export interface UpdateEnterpriseConnectionParams {
  // <generated:UpdateEnterpriseConnectionParams> from UpdateEnterpriseConnection
  /** New display name. */
  name?: string | null;
  /** Replaces the email domains (an empty array leaves them unchanged). */
  domains?: string[] | null;
  /** Turn the connection on or off; turning it on removes organization verified domains that clash with it. */
  active?: boolean | null;
  /** Refresh user attributes from the identity provider on every sign-in. */
  syncUserAttributes?: boolean | null;
  /** Keep users of the connection from adding other identifiers. */
  disableAdditionalIdentifications?: boolean | null;
  /** Let existing organization members link their account to the connection. */
  allowOrganizationAccountLinking?: boolean | null;
  /** Organization to link the connection to; a link cannot be removed once set. */
  organizationId?: string | null;
  /** SAML settings to change, for SAML connections. */
  saml?: UpdateEnterpriseConnectionSamlParams | null;
  /** OIDC settings to change, for OIDC connections. */
  oidc?: EnterpriseConnectionOidcParams | null;
  /** Replaces the custom attributes. */
  customAttributes?: CustomAttributeParams[] | null;
  // </generated:UpdateEnterpriseConnectionParams>
}

/**
 * Parameters of {@link EnterpriseConnectionAPI.getEnterpriseConnectionTestRunList}.
 * @public
 */
export interface GetEnterpriseConnectionTestRunListParams extends PaginationParams {
  // @params type status?: EnterpriseConnectionTestRunStatus[]
  // <generated:GetEnterpriseConnectionTestRunListParams> from ListEnterpriseConnectionTestRuns
  /** Only test runs in one of these states (sent as repeated `status` keys). */
  status?: EnterpriseConnectionTestRunStatus[];
  // </generated:GetEnterpriseConnectionTestRunListParams>
}

/**
 * Manages enterprise connections: single sign-on to a company's identity provider over SAML or OIDC.
 * @public
 */
export class EnterpriseConnectionAPI extends AbstractAPI {
  /**
   * Lists the instance's enterprise connections. Await it for one page, or iterate it with `for await` for all.
   * @param params - Page, organization filter and active filter.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers), applied to every page fetched.
   * @returns A list promise of {@link EnterpriseConnection}.
   */
  getEnterpriseConnectionList(params: GetEnterpriseConnectionListParams = {}, options?: RequestOptions): ListPromise<EnterpriseConnection> {
    return this.sendList(
      'enterpriseConnections.getEnterpriseConnectionList GET /enterprise_connections',
      [],
      params,
      EnterpriseConnection.fromJSON,
      options,
      'optional',
    );
  }

  /**
   * Creates an enterprise connection. The nested `saml`, `oidc` and `customAttributes` settings are sent with
   * snake_case keys.
   * @param params - Name, provider, domains and the protocol settings.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The new {@link EnterpriseConnection} (the API answers 201).
   * @throws {@link ClerkAPIResponseError} 422 when a field is invalid, 409 on a conflict, 402 when the
   * instance's plan lacks the feature.
   */
  createEnterpriseConnection(params: CreateEnterpriseConnectionParams, options?: RequestOptions): Promise<EnterpriseConnection> {
    return this.send(
      'enterpriseConnections.createEnterpriseConnection POST /enterprise_connections jd',
      [],
      params,
      EnterpriseConnection.fromJSON,
      options,
      'required',
    );
  }

  /**
   * Retrieves one enterprise connection.
   * @param enterpriseConnectionId - Id of the connection.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link EnterpriseConnection}.
   * @throws {@link ClerkAPIResponseError} 404 when no such connection exists.
   */
  getEnterpriseConnection(enterpriseConnectionId: string, options?: RequestOptions): Promise<EnterpriseConnection> {
    return this.send(
      'enterpriseConnections.getEnterpriseConnection GET /enterprise_connections/{}',
      [enterpriseConnectionId],
      undefined,
      EnterpriseConnection.fromJSON,
      options,
    );
  }

  /**
   * Changes an enterprise connection. The nested `saml`, `oidc` and `customAttributes` settings are sent with
   * snake_case keys.
   * @param enterpriseConnectionId - Id of the connection.
   * @param params - The fields to change.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link EnterpriseConnection}.
   * @throws {@link ClerkAPIResponseError} 404 when no such connection exists, 400 or 422 when a field is invalid.
   */
  updateEnterpriseConnection(
    enterpriseConnectionId: string,
    params: UpdateEnterpriseConnectionParams,
    options?: RequestOptions,
  ): Promise<EnterpriseConnection> {
    return this.send(
      'enterpriseConnections.updateEnterpriseConnection PATCH /enterprise_connections/{} jrd',
      [enterpriseConnectionId],
      params,
      EnterpriseConnection.fromJSON,
      options,
      'required',
    );
  }

  /**
   * Deletes an enterprise connection.
   * @param enterpriseConnectionId - Id of the connection.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns A {@link DeletedObject} (the API's answer; `@clerk/backend` declares the connection instead).
   * @throws {@link ClerkAPIResponseError} 404 when no such connection exists.
   */
  deleteEnterpriseConnection(enterpriseConnectionId: string, options?: RequestOptions): Promise<DeletedObject> {
    return this.send(
      'enterpriseConnections.deleteEnterpriseConnection DELETE /enterprise_connections/{}',
      [enterpriseConnectionId],
      undefined,
      DeletedObject.fromJSON,
      options,
    );
  }

  /**
   * Lists the test sign-ins run against an enterprise connection, optionally by status.
   * @param enterpriseConnectionId - Id of the connection.
   * @param params - Page and status filter.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers), applied to every page fetched.
   * @returns A list promise of {@link EnterpriseConnectionTestRun}.
   * @throws {@link ClerkAPIResponseError} 404 when no such connection exists.
   */
  getEnterpriseConnectionTestRunList(
    enterpriseConnectionId: string,
    params: GetEnterpriseConnectionTestRunListParams = {},
    options?: RequestOptions,
  ): ListPromise<EnterpriseConnectionTestRun> {
    return this.sendList(
      'enterpriseConnections.getEnterpriseConnectionTestRunList GET /enterprise_connections/{}/test_runs',
      [enterpriseConnectionId],
      params,
      EnterpriseConnectionTestRun.fromJSON,
      options,
      'optional',
    );
  }

  /**
   * Starts a test sign-in through an enterprise connection.
   * @param enterpriseConnectionId - Id of the connection.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns An {@link EnterpriseConnectionTestRunUrl}: open its short-lived `url` in a browser to run the test.
   * @throws {@link ClerkAPIResponseError} 404 when no such connection exists.
   */
  createEnterpriseConnectionTestRun(enterpriseConnectionId: string, options?: RequestOptions): Promise<EnterpriseConnectionTestRunUrl> {
    return this.send(
      'enterpriseConnections.createEnterpriseConnectionTestRun POST /enterprise_connections/{}/test_runs',
      [enterpriseConnectionId],
      undefined,
      EnterpriseConnectionTestRunUrl.fromJSON,
      options,
    );
  }
}
