import { bareOrPaginated, sortItems, type HandlerContext, type HandlerTable } from '../context';
import { identifierExists, notFound, paramMissing, valueInvalid } from '../errors';
import { checkCustomSigningKey } from '../jwt';
import { jwtTemplateJSON } from '../serialize';
import type { JwtTemplateRecord } from '../store';

/** Claims a template may not set: the token's own registered claims. */
const RESERVED = ['azp', 'exp', 'iat', 'iss', 'jti', 'nbf', 'sid', 'sub'];

function requireTemplate(ctx: HandlerContext): JwtTemplateRecord {
  const record = ctx.store.jwtTemplates.get(ctx.params.template_id ?? '');
  if (!record) throw notFound('JWT template');
  return record;
}

/** Validates a create/update body and returns the fields to store. */
function fields(ctx: HandlerContext, self?: JwtTemplateRecord): Omit<JwtTemplateRecord, 'id' | 'created_at' | 'updated_at'> {
  const body = ctx.body;
  const name = String(body.name).trim();
  if (name === '') throw paramMissing('name');
  for (const existing of ctx.store.jwtTemplates.values()) {
    if (existing !== self && existing.name === name) throw identifierExists('name', 'JWT template name');
  }
  const reserved = Object.keys(body.claims).filter((claim) => RESERVED.includes(claim));
  if (reserved.length > 0) throw valueInvalid('claims', `cannot set the reserved claims ${reserved.join(', ')}.`);
  const custom = body.custom_signing_key === true;
  if (custom) {
    if (typeof body.signing_algorithm !== 'string') throw paramMissing('signing_algorithm');
    if (typeof body.signing_key !== 'string') throw paramMissing('signing_key');
    checkCustomSigningKey(body.signing_algorithm, body.signing_key);
  }
  return {
    name,
    claims: body.claims,
    lifetime: body.lifetime ?? self?.lifetime ?? 60,
    allowed_clock_skew: body.allowed_clock_skew ?? self?.allowed_clock_skew ?? 5,
    custom_signing_key: custom,
    signing_algorithm: custom ? body.signing_algorithm : 'RS256',
    signing_key: custom ? body.signing_key : null,
  };
}

export const jwtTemplateHandlers: HandlerTable = {
  ListJWTTemplates: (ctx) => {
    const sorted = sortItems([...ctx.store.jwtTemplates.values()], '-created_at', { created_at: (t) => t.created_at });
    const page = bareOrPaginated(sorted, ctx.query);
    return Array.isArray(page) ? page.map(jwtTemplateJSON) : { data: page.data.map(jwtTemplateJSON), total_count: page.total_count };
  },
  CreateJWTTemplate: (ctx) => {
    const values = fields(ctx);
    if (ctx.fixedId !== undefined && ctx.store.jwtTemplates.has(ctx.fixedId)) throw identifierExists('id', 'JWT template ID');
    const now = ctx.store.now();
    const record: JwtTemplateRecord = { id: ctx.store.id('jtmp', ctx.fixedId), ...values, created_at: now, updated_at: now };
    ctx.store.jwtTemplates.set(record.id, record);
    return jwtTemplateJSON(record);
  },
  GetJWTTemplate: (ctx) => jwtTemplateJSON(requireTemplate(ctx)),
  UpdateJWTTemplate: (ctx) => {
    const record = requireTemplate(ctx);
    Object.assign(record, fields(ctx, record), { updated_at: ctx.store.now() });
    return jwtTemplateJSON(record);
  },
  DeleteJWTTemplate: (ctx) => {
    const record = requireTemplate(ctx);
    ctx.store.jwtTemplates.delete(record.id);
    return { object: 'jwt_template', id: record.id, deleted: true };
  },
};
