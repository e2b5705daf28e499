// Call shapes of the v4 methods whose arguments are not "path ids, then one object" (their signatures are v4's).
import type { CallShapes } from '../types';

export const shapes: CallShapes = {
  'clients.verifyClient': { args: (p) => [p.token] },
  CreateSessionToken: { args: (p) => [p.sessionId, undefined, p.expiresInSeconds] },
  CreateSessionTokenFromTemplate: { args: (p) => [p.sessionId, p.templateName, p.expiresInSeconds] },
  'users.getUserOauthAccessToken': {
    // v4 took the provider with its `oauth_` prefix, which is also the form the path expects.
    path: { provider: 'oauth_google' },
    args: (p) => [p.userId, p.provider],
    omit: { limit: 'v4 signature: (userId, provider)', offset: 'v4 signature: (userId, provider)', paginated: 'always sent as true' },
  },
  'users.getOrganizationMembershipList': { args: ({ userId, ...rest }) => [{ userId, ...rest }] },
  'users.verifyPassword': { args: (p) => [{ userId: p.userId, password: p.password }] },
  'users.verifyTOTP': { args: (p) => [{ userId: p.userId, code: p.code }] },
};
