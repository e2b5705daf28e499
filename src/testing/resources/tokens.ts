import { randomBytes } from 'node:crypto';
import type { HandlerContext, HandlerTable } from '../context';
import { notFound, paramMissing } from '../errors';
import { actorTokenJSON, signInTokenJSON } from '../serialize';
import type { TicketRecord } from '../store';
import { requireUser } from './users';

function ticket(ctx: HandlerContext, prefix: string, lifetimeSeconds: number, actor?: Record<string, unknown>): TicketRecord {
  const user = requireUser(ctx.store, ctx.body.user_id);
  const token = randomBytes(32).toString('base64url');
  const now = ctx.store.now();
  return {
    id: ctx.store.id(prefix),
    user_id: user.id,
    status: 'pending',
    token,
    url: `${ctx.baseUrl}/v1/tickets/accept?ticket=${token}`,
    ...(actor ? { actor } : {}),
    expires_at: now + lifetimeSeconds * 1000,
    created_at: now,
    updated_at: now,
  };
}

function revoke(map: (ctx: HandlerContext) => Map<string, TicketRecord>, param: string, what: string, toJSON: (r: TicketRecord, t: boolean) => unknown) {
  return (ctx: HandlerContext): unknown => {
    const record = map(ctx).get(ctx.params[param] ?? '');
    if (!record) throw notFound(what);
    if (record.status === 'pending') {
      record.status = 'revoked';
      record.updated_at = ctx.store.now();
    }
    return toJSON(record, false);
  };
}

export const tokenHandlers: HandlerTable = {
  CreateSignInToken: (ctx) => {
    if (typeof ctx.body.org_id === 'string' && !ctx.store.organizations.has(ctx.body.org_id)) throw notFound('organization');
    const record = ticket(ctx, 'sit', ctx.body.expires_in_seconds ?? 30 * 86_400);
    ctx.store.signInTokens.set(record.id, record);
    return signInTokenJSON(record, true);
  },
  RevokeSignInToken: revoke((ctx) => ctx.store.signInTokens, 'sign_in_token_id', 'sign-in token', signInTokenJSON),
  CreateActorToken: (ctx) => {
    const actor = ctx.body.actor as Record<string, unknown>;
    if (typeof actor.sub !== 'string' || actor.sub === '') throw paramMissing('actor.sub');
    const record = ticket(ctx, 'act', ctx.body.expires_in_seconds ?? 3600, actor);
    ctx.store.actorTokens.set(record.id, record);
    return actorTokenJSON(record, true);
  },
  RevokeActorToken: revoke((ctx) => ctx.store.actorTokens, 'actor_token_id', 'actor token', actorTokenJSON),
  CreateTestingToken: () => {
    // Testing tokens are short-lived and stateless; their expiry is in Unix seconds, as the spec's example shows.
    const issued = Math.floor(Date.now() / 1000);
    return { object: 'testing_token', token: `${issued}-${randomBytes(24).toString('base64url')}`, expires_at: issued + 3600 };
  },
};
