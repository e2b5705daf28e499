import { bareOrPaginated, sortItems, type HandlerContext, type HandlerTable } from '../context';
import { formatInvalid, identifierExists, notFound } from '../errors';
import { identifierJSON } from '../serialize';
import type { IdentifierRecord } from '../store';
import { createInvitationRecord } from './invitations';
import { checkEmail, checkPhone, checkWeb3 } from './users';

/** Works out what kind of identifier a string is, normalised; `*@domain` wildcards are allowed for emails. */
function classify(raw: string): { identifier: string; type: IdentifierRecord['identifier_type'] } {
  const value = raw.trim();
  if (value.startsWith('0x')) return { identifier: checkWeb3('identifier', value), type: 'web3_wallet' };
  if (value.startsWith('+')) return { identifier: checkPhone('identifier', value), type: 'phone_number' };
  if (value.includes('@')) {
    if (/^\*@[^\s@]+\.[^\s@]+$/.test(value)) return { identifier: value.toLowerCase(), type: 'email_address' };
    return { identifier: checkEmail('identifier', value), type: 'email_address' };
  }
  throw formatInvalid('identifier', 'must be an email address, a phone number in E.164 format or a web3 wallet.');
}

function handlers(kind: 'allowlist' | 'blocklist', prefix: string): HandlerTable {
  const map = (ctx: HandlerContext) => (kind === 'allowlist' ? ctx.store.allowlist : ctx.store.blocklist);
  const toJSON = (ctx: HandlerContext) => (record: IdentifierRecord) => identifierJSON(ctx.store, kind, record);
  const sorted = (ctx: HandlerContext) => sortItems([...map(ctx).values()], '-created_at', { created_at: (r) => r.created_at });
  const name = kind === 'allowlist' ? 'Allowlist' : 'Blocklist';
  return {
    [`List${name}Identifiers`]: (ctx) => {
      if (kind === 'blocklist') {
        // This list has no paging parameters: it always answers every identifier.
        const all = sorted(ctx);
        return { data: all.map(toJSON(ctx)), total_count: all.length };
      }
      const page = bareOrPaginated(sorted(ctx), ctx.query);
      return Array.isArray(page) ? page.map(toJSON(ctx)) : { data: page.data.map(toJSON(ctx)), total_count: page.total_count };
    },
    [`Create${name}Identifier`]: (ctx) => {
      const { identifier, type } = classify(ctx.body.identifier);
      for (const existing of map(ctx).values()) {
        if (existing.identifier === identifier) throw identifierExists('identifier', `${kind} identifier`);
      }
      let invitationId: string | null = null;
      if (kind === 'allowlist' && ctx.body.notify === true && type === 'email_address' && !identifier.startsWith('*')) {
        invitationId = createInvitationRecord(ctx, { email_address: identifier, ignore_existing: true }, 'identifier').id;
      }
      const now = ctx.store.now();
      const record: IdentifierRecord = {
        id: ctx.store.id(prefix),
        identifier,
        identifier_type: type,
        invitation_id: invitationId,
        created_at: now,
        updated_at: now,
      };
      map(ctx).set(record.id, record);
      return identifierJSON(ctx.store, kind, record);
    },
    [`Delete${name}Identifier`]: (ctx) => {
      const record = map(ctx).get(ctx.params.identifier_id ?? '');
      if (!record) throw notFound(`${kind} identifier`);
      map(ctx).delete(record.id);
      return { object: `${kind}_identifier`, id: record.id, deleted: true };
    },
  };
}

export const identifierHandlers: HandlerTable = { ...handlers('allowlist', 'alid'), ...handlers('blocklist', 'blid') };
