// Call shapes of the small resources (group G6) whose arguments are not "path ids, then one object": the ones
// that take @clerk/backend's signature (path id inside the params object, bulk endpoints taking the array itself),
// plus the spec parameters a method fills in itself or deliberately leaves out.
import type { CallShapes } from '../types';

const paginated = { paginated: 'always sent as true, so limit and offset apply and the total is real' };
const bulk = { args: (_p: Record<string, any>, context: { body: unknown }) => [context.body] };

export const shapes: CallShapes = {
  'invitations.createInvitationBulk': bulk,
  'waitlistEntries.createBulk': bulk,
  // @clerk/backend signatures: one object holding the path id and the body fields.
  'domains.update': { args: ({ domainId, ...rest }) => [{ domainId, ...rest }] },
  'jwtTemplates.update': { args: ({ templateId, ...rest }) => [{ templateId, ...rest }] },
  'signUps.update': { args: ({ id, ...rest }) => [{ signUpAttemptId: id, ...rest }] },
  'jwtTemplates.list': { omit: paginated },
  'templates.getTemplateList': { omit: paginated },
  'interstitial.getPublicInterstitial': {
    omit: { frontendApi: 'the deprecated camelCase spelling of frontend_api; the frontendApi option is sent as frontend_api' },
  },
};
