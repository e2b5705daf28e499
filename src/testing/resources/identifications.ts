import type { HandlerContext, HandlerTable } from '../context';
import { notFound, valueInvalid } from '../errors';
import { identificationJSON, identificationsOf } from '../serialize';
import type { IdentificationRecord } from '../store';
import { addIdentification, checkEmail, checkPhone, ensureIdentifierFree, PRIMARY_KEY, refreshDefaultSecondFactor, requireUser } from './users';

type Kind = 'email_address' | 'phone_number';

const LABEL: Record<Kind, string> = { email_address: 'email address', phone_number: 'phone number' };
const PARAM: Record<Kind, string> = { email_address: 'email_address_id', phone_number: 'phone_number_id' };

function requireIdentification(ctx: HandlerContext, kind: Kind): IdentificationRecord {
  const record = ctx.store.identifications.get(ctx.params[PARAM[kind]] ?? '');
  if (!record || record.kind !== kind) throw notFound(LABEL[kind]);
  return record;
}

function create(kind: Kind) {
  return (ctx: HandlerContext): unknown => {
    const { store, body } = ctx;
    const user = requireUser(store, body.user_id);
    const value = kind === 'email_address' ? checkEmail(kind, body[kind]) : checkPhone(kind, body[kind]);
    ensureIdentifierFree(store, kind, value, kind);
    const verified = body.verified === true;
    if (body.primary === true && !verified) throw valueInvalid('primary', `needs a verified ${LABEL[kind]}.`);
    if (body.reserved_for_second_factor === true && !verified) {
      throw valueInvalid('reserved_for_second_factor', 'needs a verified phone number.');
    }
    const record = addIdentification(store, user, kind, value, {
      verified,
      primary: body.primary ?? undefined,
      reservedForSecondFactor: body.reserved_for_second_factor ?? undefined,
    });
    return identificationJSON(record);
  };
}

function update(kind: Kind) {
  return (ctx: HandlerContext): unknown => {
    const { store, body } = ctx;
    const record = requireIdentification(ctx, kind);
    const user = requireUser(store, record.user_id);
    const verified = typeof body.verified === 'boolean' ? body.verified : record.verified;
    if (body.primary === true && !verified) throw valueInvalid('primary', `needs a verified ${LABEL[kind]}.`);
    if (body.reserved_for_second_factor === true && !verified) {
      throw valueInvalid('reserved_for_second_factor', 'needs a verified phone number.');
    }
    const now = store.now();
    record.verified = verified;
    if (body.primary === true) user[PRIMARY_KEY[kind]] = record.id;
    if (typeof body.reserved_for_second_factor === 'boolean') {
      record.reserved_for_second_factor = body.reserved_for_second_factor;
      refreshDefaultSecondFactor(store, user.id);
    }
    record.updated_at = now;
    user.updated_at = now;
    return identificationJSON(record);
  };
}

function remove(kind: Kind) {
  return (ctx: HandlerContext): unknown => {
    const { store } = ctx;
    const record = requireIdentification(ctx, kind);
    store.identifications.delete(record.id);
    const user = store.users.get(record.user_id);
    if (user) {
      if (user[PRIMARY_KEY[kind]] === record.id) {
        // The next verified identification of the same kind becomes primary, if any.
        user[PRIMARY_KEY[kind]] = identificationsOf(store, user.id, kind).find((other) => other.verified)?.id ?? null;
      }
      if (kind === 'phone_number') refreshDefaultSecondFactor(store, user.id);
      user.updated_at = store.now();
    }
    return { object: kind, id: record.id, deleted: true };
  };
}

/** Swaps all of a user's email addresses (or phone numbers) for one new primary one. */
function replace(kind: Kind) {
  return (ctx: HandlerContext): unknown => {
    const { store, body } = ctx;
    const user = requireUser(store, ctx.params.user_id);
    const value = kind === 'email_address' ? checkEmail(kind, body[kind]) : checkPhone(kind, body[kind]);
    for (const record of store.identifications.values()) {
      if (record.kind === kind && record.value === value && record.user_id !== user.id) ensureIdentifierFree(store, kind, value, kind);
    }
    for (const record of identificationsOf(store, user.id, kind)) store.identifications.delete(record.id);
    user[PRIMARY_KEY[kind]] = null;
    const status = body.identification_status ?? 'verified';
    const record = addIdentification(store, user, kind, value, {
      verified: status === 'verified',
      reserved: status === 'reserved',
      primary: true,
    });
    return identificationJSON(record);
  };
}

export const identificationHandlers: HandlerTable = {
  ReplaceUserEmailAddress: replace('email_address'),
  ReplaceUserPhoneNumber: replace('phone_number'),
  CreateEmailAddress: create('email_address'),
  GetEmailAddress: (ctx) => identificationJSON(requireIdentification(ctx, 'email_address')),
  UpdateEmailAddress: update('email_address'),
  DeleteEmailAddress: remove('email_address'),
  CreatePhoneNumber: create('phone_number'),
  GetPhoneNumber: (ctx) => identificationJSON(requireIdentification(ctx, 'phone_number')),
  UpdatePhoneNumber: update('phone_number'),
  DeletePhoneNumber: remove('phone_number'),
};
