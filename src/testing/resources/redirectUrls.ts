import { bareOrPaginated, sortItems, type HandlerContext, type HandlerTable } from '../context';
import { formatInvalid, identifierExists, notFound } from '../errors';
import { redirectUrlJSON } from '../serialize';
import type { RedirectUrlRecord } from '../store';

function requireRedirectUrl(ctx: HandlerContext): RedirectUrlRecord {
  const record = ctx.store.redirectUrls.get(ctx.params.id ?? '');
  if (!record) throw notFound('redirect URL');
  return record;
}

function create(ctx: HandlerContext): unknown {
  const url = String(ctx.body.url).trim();
  // https:// URLs or a custom scheme for native apps (my-app://callback).
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || !/^[a-z][a-z0-9+.-]*:\/\//i.test(url) || (parsed.protocol === 'http:' && !/^(localhost|127\.0\.0\.1)$/.test(parsed.hostname))) {
    throw formatInvalid('url', 'must start with https:// or a custom scheme such as my-app://.');
  }
  for (const existing of ctx.store.redirectUrls.values()) {
    if (existing.url === url) throw identifierExists('url', 'redirect URL');
  }
  const now = ctx.store.now();
  const record: RedirectUrlRecord = { id: ctx.store.id('ru'), url, created_at: now, updated_at: now };
  ctx.store.redirectUrls.set(record.id, record);
  return redirectUrlJSON(record);
}

export const redirectUrlHandlers: HandlerTable = {
  ListRedirectURLs: (ctx) => {
    const sorted = sortItems([...ctx.store.redirectUrls.values()], '-created_at', { created_at: (r) => r.created_at });
    const page = bareOrPaginated(sorted, ctx.query);
    return Array.isArray(page) ? page.map(redirectUrlJSON) : { data: page.data.map(redirectUrlJSON), total_count: page.total_count };
  },
  CreateRedirectURL: create,
  GetRedirectURL: (ctx) => redirectUrlJSON(requireRedirectUrl(ctx)),
  DeleteRedirectURL: (ctx) => {
    const record = requireRedirectUrl(ctx);
    ctx.store.redirectUrls.delete(record.id);
    return { object: 'redirect_url', id: record.id, deleted: true };
  },
};
