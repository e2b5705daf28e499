// Models of the machines / apiKeys / m2m / idPOAuthAccessToken / oauthApplications / agentTasks responses.
// The API-key, M2M-token and IdP access-token payloads are inline in the spec (no component schema), so they are
// not listed here; test/api covers their mapping.
import { AgentTask } from '../../../src/models/AgentTask';
import { Machine } from '../../../src/models/Machine';
import { MachineScope } from '../../../src/models/MachineScope';
import { OAuthApplication } from '../../../src/models/OAuthApplication';
import { OAuthApplicationWithSecret } from '../../../src/models/OAuthApplicationWithSecret';
import type { ModelRegistry } from '../types';

export const models: ModelRegistry = {
  Machine: Machine.fromJSON,
  // Entries of Machine.scoped_machines; the same class maps them, with an empty scopedMachines.
  MachineWithoutScopedMachines: Machine.fromJSON,
  MachineScope: MachineScope.fromJSON,
  OAuthApplication: OAuthApplication.fromJSON,
  OAuthApplicationWithSecret: OAuthApplicationWithSecret.fromJSON,
  AgentTask: AgentTask.fromJSON,
};
