import { randomBytes } from 'node:crypto';
import { bareOrPaginated, contains, sortItems, stringParam, type HandlerContext, type HandlerTable } from '../context';
import { EmulatorError, identifierExists, notFound } from '../errors';
import { invitationJSON } from '../serialize';
import type { InvitationRecord, Store } from '../store';
import { checkEmail } from './users';

const DAY = 86_400_000;

/** Pending invitations past their expiry read as `expired`. */
function refreshExpiry(store: Store): void {
  const now = Date.now();
  for (const invitation of store.invitations.values()) {
    if (invitation.status === 'pending' && invitation.expires_at !== null && invitation.expires_at < now) invitation.status = 'expired';
  }
}

/** Creates an application invitation (also used by allowlist identifiers with `notify`). */
export function createInvitationRecord(ctx: HandlerContext, input: Record<string, any>, param = 'email_address'): InvitationRecord {
  const { store } = ctx;
  const email = checkEmail(param, input.email_address);
  if (input.ignore_existing !== true) {
    for (const record of store.identifications.values()) {
      if (record.kind === 'email_address' && record.value === email) throw identifierExists(param, 'email address');
    }
    refreshExpiry(store);
    for (const existing of store.invitations.values()) {
      if (existing.status === 'pending' && existing.email_address === email) {
        throw identifierExists(param, 'pending invitation for this email address');
      }
    }
  }
  const now = store.now();
  const base = typeof input.redirect_url === 'string' && input.redirect_url !== '' ? input.redirect_url : `${ctx.baseUrl}/v1/tickets/accept`;
  const invitation: InvitationRecord = {
    id: store.id('inv'),
    email_address: email,
    public_metadata: input.public_metadata ?? {},
    status: 'pending',
    url: `${base}${base.includes('?') ? '&' : '?'}__clerk_ticket=${randomBytes(24).toString('base64url')}`,
    expires_at: now + (input.expires_in_days ?? 30) * DAY,
    created_at: now,
    updated_at: now,
  };
  store.invitations.set(invitation.id, invitation);
  return invitation;
}

function listInvitations(ctx: HandlerContext): unknown {
  refreshExpiry(ctx.store);
  const status = stringParam(ctx.query, 'status');
  const q = stringParam(ctx.query, 'query');
  const invitations = sortItems(
    [...ctx.store.invitations.values()].filter((i) => (status === undefined || i.status === status) && (!q || contains([i.email_address], q))),
    stringParam(ctx.query, 'order_by') ?? '-created_at',
    { created_at: (i) => i.created_at, email_address: (i) => i.email_address, expires_at: (i) => i.expires_at },
  );
  const page = bareOrPaginated(invitations, ctx.query);
  return Array.isArray(page) ? page.map(invitationJSON) : { data: page.data.map(invitationJSON), total_count: page.total_count };
}

function createBulk(ctx: HandlerContext): unknown {
  const snapshot = new Map(ctx.store.invitations);
  try {
    return (ctx.body as Array<Record<string, any>>).map((input, i) => invitationJSON(createInvitationRecord(ctx, input, `[${i}].email_address`)));
  } catch (error) {
    // All or nothing.
    ctx.store.invitations = snapshot;
    throw error;
  }
}

function revoke(ctx: HandlerContext): unknown {
  refreshExpiry(ctx.store);
  const invitation = ctx.store.invitations.get(ctx.params.invitation_id ?? '');
  if (!invitation) throw notFound('invitation');
  if (invitation.status !== 'pending') {
    throw new EmulatorError(400, 'invitation_not_pending', 'not pending', `Only pending invitations can be revoked; this one is ${invitation.status}.`);
  }
  invitation.status = 'revoked';
  invitation.updated_at = ctx.store.now();
  return invitationJSON(invitation);
}

export const invitationHandlers: HandlerTable = {
  CreateInvitation: (ctx) => invitationJSON(createInvitationRecord(ctx, ctx.body)),
  ListInvitations: listInvitations,
  CreateBulkInvitations: createBulk,
  RevokeInvitation: revoke,
};
