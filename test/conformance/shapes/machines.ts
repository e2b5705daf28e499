// Call shapes of the machines / apiKeys / m2m / idPOAuthAccessToken / oauthApplications / agentTasks methods whose
// arguments are not "path ids, then one object". Their signatures are @clerk/backend's.
import type { CallShapes } from '../types';

export const shapes: CallShapes = {
  // One object carrying the id with the body fields.
  'machines.update': { args: ({ machineId, ...body }) => [{ machineId, ...body }] },
  'machines.rotateSecretKey': { args: (p) => [{ machineId: p.machineId, previousTokenTtl: p.previousTokenTtl }] },
  // Positional: (machineId, toMachineId).
  'machines.createScope': { args: (p) => [p.machineId, p.toMachineId] },
  'apiKeys.update': { args: ({ apiKeyID, ...body }) => [{ apiKeyId: apiKeyID, ...body }] },
  'apiKeys.revoke': { args: (p) => [{ apiKeyId: p.apiKeyID, revocationReason: p.revocationReason }] },
  // The secret alone.
  'apiKeys.verify': { args: (p) => [p.secret] },
  'm2m.revokeToken': { args: (p) => [{ m2mTokenId: p.m2mTokenId, revocationReason: p.revocationReason }] },
  'idPOAuthAccessToken.verify': {
    args: (p) => [p.accessToken],
    omit: { secret: 'deprecated alias of access_token; the method sends access_token only' },
  },
  'oauthApplications.update': { args: ({ oauthApplicationId, ...body }) => [{ oauthApplicationId, ...body }] },
  'oauthApplications.revokeToken': { args: (p) => [{ oauthApplicationId: p.oauthApplicationId, token: p.token }] },
};
