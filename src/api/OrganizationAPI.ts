import { parseList, type ListPromise, type PaginatedList } from '../core/pagination';
import { DeletedObject } from '../models/DeletedObject';
import { Organization } from '../models/Organization';
import { OrganizationDomain } from '../models/OrganizationDomain';
import { OrganizationInvitation } from '../models/OrganizationInvitation';
import { OrganizationInvitationWithPublicOrganizationData } from '../models/OrganizationInvitationWithPublicOrganizationData';
import { OrganizationMembership } from '../models/OrganizationMembership';
import { AbstractAPI } from './AbstractAPI';
import type { RequestOptions } from '../core/types';
import type {
  GetOrganizationListParams,
  CreateOrganizationParams,
  GetOrganizationByIdParams,
  GetOrganizationBySlugParams,
  GetOrganizationParams,
  UpdateOrganizationParams,
  UpdateOrganizationLogoParams,
  UpdateOrganizationMetadataParams,
  GetOrganizationMembershipListParams,
  CreateOrganizationMembershipParams,
  UpdateOrganizationMembershipParams,
  UpdateOrganizationMembershipMetadataParams,
  DeleteOrganizationMembershipParams,
  GetOrganizationInvitationListParams,
  GetPendingOrganizationInvitationListParams,
  CreateOrganizationInvitationParams,
  GetOrganizationInvitationParams,
  RevokeOrganizationInvitationParams,
  ReplaceOrganizationMetadataParams,
  GetInstanceOrganizationMembershipListParams,
  GetInstanceOrganizationInvitationListParams,
  CreateOrganizationInvitationBulkItem,
  GetOrganizationDomainListParams,
  CreateOrganizationDomainParams,
  UpdateOrganizationDomainParams,
  DeleteOrganizationDomainParams,
  GetInstanceOrganizationDomainListParams,
} from './OrganizationAPI.types';

export * from './OrganizationAPI.types';

/**
 * Manages organizations, their logos and metadata, their memberships, invitations and domains, plus the
 * instance-wide lists of memberships, invitations and domains.
 * @public
 */
export class OrganizationAPI extends AbstractAPI {
  /**
   * Lists the instance's organizations, newest first unless `orderBy` says otherwise.
   * Await it for one page, or iterate it with `for await` for all of them.
   * @param params - Filters, sort order and page.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers), applied to every page fetched.
   * @returns A list promise of {@link Organization}; the awaited page also carries `totalCount`.
   */
  getOrganizationList(params: GetOrganizationListParams = {}, options?: RequestOptions): ListPromise<Organization> {
    return this.sendList('organizations.getOrganizationList GET /organizations', [], params, Organization.fromJSON, options, 'optional');
  }

  /**
   * Creates an organization.
   * @param params - Name, optional slug, creator and metadata; metadata keys are sent untouched.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The new {@link Organization}.
   * @throws {@link ClerkAPIResponseError} 422 when a field is invalid (for example a slug already in use).
   */
  createOrganization(params: CreateOrganizationParams, options?: RequestOptions): Promise<Organization> {
    return this.send(
      'organizations.createOrganization POST /organizations j private_metadata,public_metadata',
      [],
      params,
      Organization.fromJSON,
      options,
      'required',
    );
  }

  /**
   * Fetches one organization by id or by slug (both go in the same place in the URL).
   * @param params - `{ organizationId }` or `{ slug }`, plus optional counts to include.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link Organization}.
   * @throws {@link ClerkSDKError} `invalid_argument` (as a rejection, nothing sent) when neither id nor slug is given.
   * @throws {@link ClerkAPIResponseError} 404 when no organization matches.
   */
  getOrganization(params: GetOrganizationParams, options?: RequestOptions): Promise<Organization> {
    const rejected = this.checkParams('organizations.getOrganization', params);
    if (rejected) return rejected;
    const given = (params ?? {}) as Partial<GetOrganizationByIdParams & GetOrganizationBySlugParams>;
    const idOrSlug = given.organizationId ?? given.slug;
    if (idOrSlug === undefined || idOrSlug === null) {
      return this.invalid('getOrganization() needs { organizationId } or { slug }.');
    }
    return this.send(
      'organizations.getOrganization GET /organizations/{}',
      [idOrSlug],
      {
        includeMembersCount: given.includeMembersCount,
        includeMissingMemberWithElevatedPermissions: given.includeMissingMemberWithElevatedPermissions,
      },
      Organization.fromJSON,
      options,
    );
  }

  /**
   * Updates an organization, keeping v4's behaviour for metadata passed here.
   *
   * Since API version 2026-05-12 the organization PATCH no longer accepts metadata, so this method may send two
   * requests. The other fields go first in `PATCH /organizations/{id}` (skipped when only metadata was given). Then
   * `publicMetadata`/`privateMetadata` go to `PUT /organizations/{id}/metadata`, which swaps each object it receives
   * for the new one and leaves an omitted one alone. That is exactly what v4's PATCH did with metadata. The merge
   * endpoint (`PATCH …/metadata`, used by {@link OrganizationAPI.updateOrganizationMetadata}) would instead keep keys
   * the caller dropped and treat `null` values as deletions, so results would differ from v4.
   *
   * The two calls are not atomic: if the metadata call fails, the other fields have already been saved.
   * @param organizationId - Id of the organization to update.
   * @param params - Fields to change; any metadata given replaces the stored object wholesale.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link Organization} as it stands after the last request.
   * @throws {@link ClerkAPIResponseError} 404 when the organization does not exist, 422 when a field is invalid.
   */
  async updateOrganization(organizationId: string, params: UpdateOrganizationParams = {}, options?: RequestOptions): Promise<Organization> {
    const rejected = this.checkParams('organizations.updateOrganization', params, 'optional');
    if (rejected) return rejected;
    const { publicMetadata, privateMetadata, ...fields } = params;
    const hasMetadata = publicMetadata !== undefined || privateMetadata !== undefined;
    const hasFields = Object.values(fields).some((value) => value !== undefined);
    let organization: Organization | undefined;
    if (hasFields || !hasMetadata) {
      organization = await this.send('organizations.updateOrganization PATCH /organizations/{} jr', [organizationId], fields, Organization.fromJSON, options);
    }
    if (!hasMetadata) return organization as Organization;
    const metadata = { publicMetadata, privateMetadata };
    return this.send(
      'organizations.replaceOrganizationMetadata PUT /organizations/{}/metadata jr private_metadata,public_metadata',
      [organizationId],
      metadata,
      Organization.fromJSON,
      options,
    );
  }

  /**
   * Uploads (or replaces) the organization's logo as a multipart form.
   * @param organizationId - Id of the organization.
   * @param params - The image and, optionally, the user credited with the upload.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link Organization}, whose `imageUrl` points at the new logo.
   * @throws {@link ClerkSDKError} `invalid_argument` (as a rejection, nothing sent) when `file` is not a Blob, File, Buffer or Uint8Array.
   * @throws {@link ClerkAPIResponseError} 413 when the file is too large, 404 when the organization does not exist.
   */
  updateOrganizationLogo(organizationId: string, params: UpdateOrganizationLogoParams, options?: RequestOptions): Promise<Organization> {
    const rejected = this.checkParams('organizations.updateOrganizationLogo', params);
    if (rejected) return rejected;
    const file = this.toUpload('organizations.updateOrganizationLogo', params.file);
    if (file instanceof Promise) return file;
    return this.send(
      'organizations.updateOrganizationLogo PUT /organizations/{}/logo m',
      [organizationId],
      { file, uploaderUserId: params.uploaderUserId },
      Organization.fromJSON,
      options,
    );
  }

  /**
   * Removes the organization's logo.
   * @param organizationId - Id of the organization.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link Organization}.
   * @throws {@link ClerkAPIResponseError} 404 when the organization does not exist.
   */
  deleteOrganizationLogo(organizationId: string, options?: RequestOptions): Promise<Organization> {
    return this.send('organizations.deleteOrganizationLogo DELETE /organizations/{}/logo', [organizationId], undefined, Organization.fromJSON, options);
  }

  /**
   * Deep-merges metadata into the organization's existing metadata; nested objects merge too and `null` removes a key.
   * @param organizationId - Id of the organization.
   * @param params - Public and/or private metadata to merge; keys are sent untouched.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link Organization}.
   * @throws {@link ClerkAPIResponseError} 404 when the organization does not exist.
   */
  updateOrganizationMetadata(organizationId: string, params: UpdateOrganizationMetadataParams, options?: RequestOptions): Promise<Organization> {
    return this.send(
      'organizations.updateOrganizationMetadata PATCH /organizations/{}/metadata jr private_metadata,public_metadata',
      [organizationId],
      params,
      Organization.fromJSON,
      options,
      'required',
    );
  }

  /**
   * Deletes an organization together with its memberships and invitations.
   * @param organizationId - Id of the organization.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns A {@link DeletedObject} (v4 declared an Organization, but the API has always answered this).
   * @throws {@link ClerkAPIResponseError} 404 when the organization does not exist.
   */
  deleteOrganization(organizationId: string, options?: RequestOptions): Promise<DeletedObject> {
    return this.send('organizations.deleteOrganization DELETE /organizations/{}', [organizationId], undefined, DeletedObject.fromJSON, options);
  }

  /**
   * Lists an organization's members. Await it for one page, or iterate it with `for await` for all of them.
   * @param params - The organization, optional filters and the page.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers), applied to every page fetched.
   * @returns A list promise of {@link OrganizationMembership}; the awaited page also carries `totalCount`.
   */
  getOrganizationMembershipList(params: GetOrganizationMembershipListParams, options?: RequestOptions): ListPromise<OrganizationMembership> {
    return this.sendListFrom(
      'organizations.getOrganizationMembershipList GET /organizations/{}/memberships',
      ['organizationId'],
      params,
      OrganizationMembership.fromJSON,
      options,
    );
  }

  /**
   * Adds a user to an organization with a role.
   * @param params - The organization, the user, the role and optional membership metadata.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The new {@link OrganizationMembership}.
   * @throws {@link ClerkAPIResponseError} 404 when the organization or user does not exist, 422 when the user is already a member.
   */
  createOrganizationMembership(params: CreateOrganizationMembershipParams, options?: RequestOptions): Promise<OrganizationMembership> {
    return this.sendFrom(
      'organizations.createOrganizationMembership POST /organizations/{}/memberships jr private_metadata,public_metadata',
      ['organizationId'],
      params,
      OrganizationMembership.fromJSON,
      options,
    );
  }

  /**
   * Changes a member's role.
   * @param params - The organization, the member's user id and the new role.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link OrganizationMembership}.
   * @throws {@link ClerkAPIResponseError} 404 when there is no such membership.
   */
  updateOrganizationMembership(params: UpdateOrganizationMembershipParams, options?: RequestOptions): Promise<OrganizationMembership> {
    const rejected = this.checkParams('organizations.updateOrganizationMembership', params);
    if (rejected) return rejected;
    const { organizationId, userId, role } = params;
    return this.send(
      'organizations.updateOrganizationMembership PATCH /organizations/{}/memberships/{} jr',
      [organizationId, userId],
      { role },
      OrganizationMembership.fromJSON,
      options,
    );
  }

  /**
   * Deep-merges metadata into a membership's existing metadata; `null` removes a key.
   * @param params - The organization, the member's user id and the metadata to merge (keys sent untouched).
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link OrganizationMembership}.
   * @throws {@link ClerkAPIResponseError} 404 when there is no such membership.
   */
  updateOrganizationMembershipMetadata(params: UpdateOrganizationMembershipMetadataParams, options?: RequestOptions): Promise<OrganizationMembership> {
    return this.sendFrom(
      'organizations.updateOrganizationMembershipMetadata PATCH /organizations/{}/memberships/{}/metadata j private_metadata,public_metadata',
      ['organizationId', 'userId'],
      params,
      OrganizationMembership.fromJSON,
      options,
    );
  }

  /**
   * Removes a user from an organization.
   * @param params - The organization and the member's user id.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The removed {@link OrganizationMembership}: this endpoint answers with the membership itself, not a
   * DeletedObject, in both v4 and the 2026-05-12 API.
   * @throws {@link ClerkAPIResponseError} 404 when there is no such membership.
   */
  deleteOrganizationMembership(params: DeleteOrganizationMembershipParams, options?: RequestOptions): Promise<OrganizationMembership> {
    const rejected = this.checkParams('organizations.deleteOrganizationMembership', params);
    if (rejected) return rejected;
    const { organizationId, userId } = params;
    return this.send(
      'organizations.deleteOrganizationMembership DELETE /organizations/{}/memberships/{}',
      [organizationId, userId],
      undefined,
      OrganizationMembership.fromJSON,
      options,
    );
  }

  /**
   * Lists an organization's invitations, newest first, optionally only those in given states.
   * Await it for one page, or iterate it with `for await` for all of them.
   * @param params - The organization, optional status filter (each value becomes its own `status` key), and the page.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers), applied to every page fetched.
   * @returns A list promise of {@link OrganizationInvitation}; the awaited page also carries `totalCount`.
   * @throws {@link ClerkAPIResponseError} 404 when the organization does not exist.
   */
  getOrganizationInvitationList(params: GetOrganizationInvitationListParams, options?: RequestOptions): ListPromise<OrganizationInvitation> {
    return this.sendListFrom(
      'organizations.getOrganizationInvitationList GET /organizations/{}/invitations',
      ['organizationId'],
      params,
      OrganizationInvitation.fromJSON,
      options,
    );
  }

  /**
   * Lists an organization's invitations that are still waiting for an answer.
   * @param params - The organization and the page.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers), applied to every page fetched.
   * @returns A list promise of {@link OrganizationInvitation}.
   * @deprecated The API marks this endpoint deprecated. Call
   * `getOrganizationInvitationList({ organizationId, status: ['pending'] })` instead.
   */
  getPendingOrganizationInvitationList(params: GetPendingOrganizationInvitationListParams, options?: RequestOptions): ListPromise<OrganizationInvitation> {
    return this.sendListFrom(
      'organizations.getPendingOrganizationInvitationList GET /organizations/{}/invitations/pending',
      ['organizationId'],
      params,
      OrganizationInvitation.fromJSON,
      options,
    );
  }

  /**
   * Invites someone by email to join an organization.
   * @param params - The organization, the address, the role and optional inviter, redirect, metadata and expiry.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The new {@link OrganizationInvitation}.
   * @throws {@link ClerkAPIResponseError} 422 when the address or role is invalid, 404 when the organization does not exist.
   */
  createOrganizationInvitation(params: CreateOrganizationInvitationParams, options?: RequestOptions): Promise<OrganizationInvitation> {
    return this.sendFrom(
      'organizations.createOrganizationInvitation POST /organizations/{}/invitations j private_metadata,public_metadata',
      ['organizationId'],
      params,
      OrganizationInvitation.fromJSON,
      options,
    );
  }

  /**
   * Fetches one organization invitation.
   * @param params - The organization and the invitation id.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link OrganizationInvitation}.
   * @throws {@link ClerkAPIResponseError} 404 when there is no such invitation.
   */
  getOrganizationInvitation(params: GetOrganizationInvitationParams, options?: RequestOptions): Promise<OrganizationInvitation> {
    const rejected = this.checkParams('organizations.getOrganizationInvitation', params);
    if (rejected) return rejected;
    const { organizationId, invitationId } = params;
    return this.send(
      'organizations.getOrganizationInvitation GET /organizations/{}/invitations/{}',
      [organizationId, invitationId],
      undefined,
      OrganizationInvitation.fromJSON,
      options,
    );
  }

  /**
   * Revokes a pending invitation so its link no longer works.
   * @param params - The organization, the invitation id and the admin revoking it.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The revoked {@link OrganizationInvitation}.
   * @throws {@link ClerkAPIResponseError} 404 when there is no such invitation; 400 or 403 when the API refuses to revoke it
   * (for example because it is no longer pending).
   */
  revokeOrganizationInvitation(params: RevokeOrganizationInvitationParams, options?: RequestOptions): Promise<OrganizationInvitation> {
    const rejected = this.checkParams('organizations.revokeOrganizationInvitation', params);
    if (rejected) return rejected;
    const { organizationId, invitationId, requestingUserId } = params;
    return this.send(
      'organizations.revokeOrganizationInvitation POST /organizations/{}/invitations/{}/revoke j',
      [organizationId, invitationId],
      { requestingUserId },
      OrganizationInvitation.fromJSON,
      options,
    );
  }

  /**
   * Replaces the organization's metadata: each object given overwrites the stored one entirely (nothing is merged),
   * and an object left out keeps its stored value.
   * @param organizationId - Id of the organization.
   * @param params - The public and/or private metadata to store; `{}` clears one. Keys are sent untouched.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link Organization}.
   * @throws {@link ClerkAPIResponseError} 404 when the organization does not exist, 422 when the metadata is invalid.
   */
  replaceOrganizationMetadata(organizationId: string, params: ReplaceOrganizationMetadataParams, options?: RequestOptions): Promise<Organization> {
    return this.send(
      'organizations.replaceOrganizationMetadata PUT /organizations/{}/metadata jr private_metadata,public_metadata',
      [organizationId],
      params,
      Organization.fromJSON,
      options,
      'required',
    );
  }

  /**
   * Lists the memberships of every organization in the instance. Await it for one page, or iterate it with
   * `for await` for all of them.
   * @param params - Sort order and page.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers), applied to every page fetched.
   * @returns A list promise of {@link OrganizationMembership}; the awaited page also carries `totalCount`.
   */
  getInstanceOrganizationMembershipList(
    params: GetInstanceOrganizationMembershipListParams = {},
    options?: RequestOptions,
  ): ListPromise<OrganizationMembership> {
    return this.sendList(
      'organizations.getInstanceOrganizationMembershipList GET /organization_memberships',
      [],
      params,
      OrganizationMembership.fromJSON,
      options,
      'optional',
    );
  }

  /**
   * Lists the invitations of every organization in the instance, newest first unless `orderBy` says otherwise.
   * Await it for one page, or iterate it with `for await` for all of them.
   * @param params - Optional status and email filters, sort order and page.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers), applied to every page fetched.
   * @returns A list promise of {@link OrganizationInvitationWithPublicOrganizationData}: each invitation also names
   * its organization. The awaited page carries `totalCount`.
   */
  getInstanceOrganizationInvitationList(
    params: GetInstanceOrganizationInvitationListParams = {},
    options?: RequestOptions,
  ): ListPromise<OrganizationInvitationWithPublicOrganizationData> {
    return this.sendList(
      'organizations.getInstanceOrganizationInvitationList GET /organization_invitations',
      [],
      params,
      OrganizationInvitationWithPublicOrganizationData.fromJSON,
      options,
      'optional',
    );
  }

  /**
   * Invites several people to one organization in a single request (the API takes 1 to 10 at a time).
   * @param organizationId - Organization to invite into.
   * @param params - The invitations, each with an address, a role and the same options as
   * {@link OrganizationAPI.createOrganizationInvitation}; sent as a top-level JSON array.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The created invitations as an array that also carries `data` and `totalCount`. It is the answer to a
   * write, so unlike list methods it cannot be iterated page by page.
   * @throws {@link ClerkSDKError} `invalid_argument` (as a rejection, nothing sent) when `params` is not an array.
   * @throws {@link ClerkAPIResponseError} 422 when an entry is invalid (the whole batch is refused), 404 when the
   * organization does not exist.
   */
  createOrganizationInvitationBulk(
    organizationId: string,
    params: CreateOrganizationInvitationBulkItem[],
    options?: RequestOptions,
  ): Promise<PaginatedList<OrganizationInvitation>> {
    return this.send(
      'organizations.createOrganizationInvitationBulk POST /organizations/{}/invitations/bulk ar private_metadata,public_metadata',
      [organizationId],
      params,
      (json: unknown) => parseList(json, OrganizationInvitation.fromJSON),
      options,
      'array',
    );
  }

  /**
   * Lists an organization's domains. Await it for one page, or iterate it with `for await` for all of them.
   * @param params - The organization, optional verification and enrollment-mode filters, and the page.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers), applied to every page fetched.
   * @returns A list promise of {@link OrganizationDomain}; the awaited page also carries `totalCount`.
   * @throws {@link ClerkAPIResponseError} 422 when a filter value is invalid.
   */
  getOrganizationDomainList(params: GetOrganizationDomainListParams, options?: RequestOptions): ListPromise<OrganizationDomain> {
    return this.sendListFrom(
      'organizations.getOrganizationDomainList GET /organizations/{}/domains',
      ['organizationId'],
      params,
      OrganizationDomain.fromJSON,
      options,
    );
  }

  /**
   * Adds an email domain to an organization.
   * @param params - The organization, the domain name, its enrollment mode and whether it counts as verified
   * (the API assumes it does unless told otherwise).
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The new {@link OrganizationDomain}.
   * @throws {@link ClerkAPIResponseError} 422 when the name or mode is invalid or the domain is already taken,
   * 404 when the organization does not exist.
   */
  createOrganizationDomain(params: CreateOrganizationDomainParams, options?: RequestOptions): Promise<OrganizationDomain> {
    return this.sendFrom(
      'organizations.createOrganizationDomain POST /organizations/{}/domains jr',
      ['organizationId'],
      params,
      OrganizationDomain.fromJSON,
      options,
    );
  }

  /**
   * Changes an organization domain's enrollment mode or verified state.
   * @param params - The organization, the domain id and the fields to change.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link OrganizationDomain}.
   * @throws {@link ClerkAPIResponseError} 404 when there is no such domain, 422 when a value is invalid.
   */
  updateOrganizationDomain(params: UpdateOrganizationDomainParams, options?: RequestOptions): Promise<OrganizationDomain> {
    return this.sendFrom(
      'organizations.updateOrganizationDomain PATCH /organizations/{}/domains/{} jr',
      ['organizationId', 'domainId'],
      params,
      OrganizationDomain.fromJSON,
      options,
    );
  }

  /**
   * Removes a domain from an organization.
   * @param params - The organization and the domain id.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns A {@link DeletedObject} confirming the removal.
   * @throws {@link ClerkAPIResponseError} 404 when there is no such domain.
   */
  deleteOrganizationDomain(params: DeleteOrganizationDomainParams, options?: RequestOptions): Promise<DeletedObject> {
    const rejected = this.checkParams('organizations.deleteOrganizationDomain', params);
    if (rejected) return rejected;
    const { organizationId, domainId } = params;
    return this.send(
      'organizations.deleteOrganizationDomain DELETE /organizations/{}/domains/{}',
      [organizationId, domainId],
      undefined,
      DeletedObject.fromJSON,
      options,
    );
  }

  /**
   * Marks an organization domain's DNS ownership as verified by hand, skipping the TXT record check. Calling it
   * again on a domain already verified just returns its current state.
   * @param organizationId - Organization the domain belongs to.
   * @param domainId - Id of the domain.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link OrganizationDomain}, whose `ownershipVerification` now reads `verified`.
   * @throws {@link ClerkAPIResponseError} 404 when there is no such domain, 403 when the instance may not do this.
   */
  verifyOrganizationDomainOwnership(organizationId: string, domainId: string, options?: RequestOptions): Promise<OrganizationDomain> {
    return this.send(
      'organizations.verifyOrganizationDomainOwnership POST /organizations/{}/domains/{}/verify_ownership',
      [organizationId, domainId],
      undefined,
      OrganizationDomain.fromJSON,
      options,
    );
  }

  /**
   * Lists the domains of every organization in the instance, newest first unless `orderBy` says otherwise.
   * Await it for one page, or iterate it with `for await` for all of them.
   *
   * `enrollmentMode` is sent as ONE comma-separated query value (`enrollment_mode=a,-b`), the form this endpoint
   * declares for it, while `domains` is sent as repeated keys like every other list filter.
   * @param params - Optional organization, verification, enrollment-mode, search and exact-name filters, sort
   * order and page.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers), applied to every page fetched.
   * @returns A list promise of {@link OrganizationDomain}; the awaited page also carries `totalCount`.
   * @throws {@link ClerkAPIResponseError} 422 when a filter is invalid (for example a blank `query`).
   */
  getInstanceOrganizationDomainList(params: GetInstanceOrganizationDomainListParams = {}, options?: RequestOptions): ListPromise<OrganizationDomain> {
    const rejected = this.checkParams('organizations.getInstanceOrganizationDomainList', params, 'optional');
    if (rejected) return this.failedList(rejected);
    const modes = params.enrollmentMode as readonly string[] | string | undefined;
    const query = {
      ...params,
      enrollmentMode: Array.isArray(modes) ? (modes.length > 0 ? modes.join(',') : undefined) : modes,
    };
    return this.sendList('organizations.getInstanceOrganizationDomainList GET /organization_domains', [], query, OrganizationDomain.fromJSON, options);
  }
}
