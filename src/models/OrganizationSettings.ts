import { ClerkModel } from './ClerkModel';
/**
 * Ways a user with a verified-domain email can join an organization.
 * @public
 */
export type OrganizationSettingsEnrollmentMode = 'manual_invitation' | 'automatic_invitation' | 'automatic_suggestion';

/**
 * Wire shape of the organization settings of an instance (spec schema `OrganizationSettings`).
 * @public
 */
export interface OrganizationSettingsJSON {
  // <generated:OrganizationSettingsJSON>
  object: 'organization_settings';
  enabled: boolean;
  max_allowed_memberships: number;
  max_allowed_roles: number;
  max_role_sets_allowed?: number;
  max_allowed_domains: number;
  max_allowed_permissions?: number;
  creator_role: string;
  admin_delete_enabled: boolean;
  domains_enabled: boolean;
  slug_disabled?: boolean;
  domains_enrollment_modes: OrganizationSettingsEnrollmentMode[];
  domains_default_role: string;
  initial_role_set_key?: string | null;
  // </generated:OrganizationSettingsJSON>
}

/**
 * Organization features and limits of the instance.
 * @public
 */
export class OrganizationSettings extends ClerkModel<OrganizationSettingsJSON> {
  // @model OrganizationSettings from OrganizationSettings
  // @override domains_enrollment_modes value: data.domains_enrollment_modes
  // <generated:OrganizationSettings>
  /** Whether organizations are enabled. */
  declare readonly enabled: boolean;
  /** Most members an organization may have (0 for no limit). */
  declare readonly maxAllowedMemberships: number;
  /** Most custom roles the instance may define. */
  declare readonly maxAllowedRoles: number;
  /** Most role sets the instance may define, when reported. */
  declare readonly maxRoleSetsAllowed: number | null;
  /** Most verified domains an organization may have. */
  declare readonly maxAllowedDomains: number;
  /** Most custom permissions (no longer enforced by the API), when reported. @deprecated The API marks this field as deprecated. */
  declare readonly maxAllowedPermissions: number | null;
  /** Role given to the member who creates an organization. */
  declare readonly creatorRole: string;
  /** Whether organization admins may delete their organization. */
  declare readonly adminDeleteEnabled: boolean;
  /** Whether organizations may verify domains. */
  declare readonly domainsEnabled: boolean;
  /** Whether organization slugs are turned off, when reported. */
  declare readonly slugDisabled: boolean | null;
  /** How users with a verified-domain email may join. */
  declare readonly domainsEnrollmentModes: OrganizationSettingsEnrollmentMode[];
  /** Role given to members who join through a verified domain. */
  declare readonly domainsDefaultRole: string;
  /** Role set new organizations start with, if any. */
  declare readonly initialRoleSetKey: string | null;
  /** Builds an OrganizationSettings from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: OrganizationSettingsJSON) => OrganizationSettings;

  /** Maps the wire JSON; prefer {@link OrganizationSettings.fromJSON}. */
  constructor(data: OrganizationSettingsJSON) {
    super(data);
    this.enabled = data.enabled;
    this.maxAllowedMemberships = data.max_allowed_memberships;
    this.maxAllowedRoles = data.max_allowed_roles;
    this.maxRoleSetsAllowed = data.max_role_sets_allowed ?? null;
    this.maxAllowedDomains = data.max_allowed_domains;
    this.maxAllowedPermissions = data.max_allowed_permissions ?? null;
    this.creatorRole = data.creator_role;
    this.adminDeleteEnabled = data.admin_delete_enabled;
    this.domainsEnabled = data.domains_enabled;
    this.slugDisabled = data.slug_disabled ?? null;
    this.domainsEnrollmentModes = data.domains_enrollment_modes;
    this.domainsDefaultRole = data.domains_default_role;
    this.initialRoleSetKey = data.initial_role_set_key ?? null;
  }
  // </generated:OrganizationSettings>
}
