import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of an admin portal link token (an inline object in the spec).
 * @public
 */
export interface AdminPortalLinkTokenJSON {
  // <generated:AdminPortalLinkTokenJSON>
  object: 'admin_portal_link_token';
  id: string;
  admin_portal_link_id: string;
  instance_id: string;
  organization_id: string | null;
  it_contact_id: string | null;
  scopes: string[] | null;
  /** Only in the answer to creating the token. */
  token?: string;
  revoked: boolean;
  revocation_reason: string | null;
  expired: boolean;
  expiration: number | null;
  created_at: number;
  updated_at: number;
  // </generated:AdminPortalLinkTokenJSON>
}

/**
 * A single-use token, carried in a URL, that opens a Clerk-hosted admin portal session (for example for a
 * customer's IT contact to set up SSO).
 * @public
 */
export class AdminPortalLinkToken extends ClerkModel<AdminPortalLinkTokenJSON> {
  // @model AdminPortalLinkToken from #/paths/~1admin_portal_link_tokens/post/responses/201/content/application~1json/schema
  // @override scopes type: string[] | null
  // @override scopes value: data.scopes ?? null
  // @override token json: ?: string
  // @override token type: string | null
  // @override token value: data.token ?? null
  // <generated:AdminPortalLinkToken>
  /** Unique id of the token (`aplt_…`). */
  declare readonly id: string;
  /** Admin portal link the token was issued for. */
  declare readonly adminPortalLinkId: string;
  /** Instance the token belongs to. */
  declare readonly instanceId: string;
  /** Organization the portal session is limited to, if any. */
  declare readonly organizationId: string | null;
  /** Your own reference to the IT contact the link was made for, if given. */
  declare readonly itContactId: string | null;
  /** Scopes given when the token was created, if any. */
  declare readonly scopes: string[] | null;
  /** The secret token to put in the portal URL; only returned on creation, so store or send it right away. */
  declare readonly token: string | null;
  /** Whether the token has been revoked. */
  declare readonly revoked: boolean;
  /** Reason recorded when the token was revoked, if any. */
  declare readonly revocationReason: string | null;
  /** Whether the token is past its expiration time. */
  declare readonly expired: boolean;
  /** Expiration time, Unix milliseconds, if the token expires. */
  declare readonly expiration: number | null;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number;
  /** Builds an AdminPortalLinkToken from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: AdminPortalLinkTokenJSON) => AdminPortalLinkToken;

  /** Maps the wire JSON; prefer {@link AdminPortalLinkToken.fromJSON}. */
  constructor(data: AdminPortalLinkTokenJSON) {
    super(data);
    this.id = data.id;
    this.adminPortalLinkId = data.admin_portal_link_id;
    this.instanceId = data.instance_id;
    this.organizationId = data.organization_id ?? null;
    this.itContactId = data.it_contact_id ?? null;
    this.scopes = data.scopes ?? null;
    this.token = data.token ?? null;
    this.revoked = data.revoked;
    this.revocationReason = data.revocation_reason ?? null;
    this.expired = data.expired;
    this.expiration = data.expiration ?? null;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
  }
  // </generated:AdminPortalLinkToken>
}
