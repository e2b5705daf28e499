import { AgentTask } from '../models/AgentTask';
import { AbstractAPI } from './AbstractAPI';
import type { RequestOptions } from '../core/types';

/**
 * The user an agent task acts for: give exactly one of `userId` or `identifier`.
 * @public
 */
export type AgentTaskOnBehalfOf =
  | {
      /** Id of the user. */
      userId: string;
      identifier?: never;
    }
  | {
      /** A verified identifier of the user, such as an email address. */
      identifier: string;
      userId?: never;
    };

/**
 * Parameters of {@link AgentTaskAPI.create}.
 * @public
 */
export interface CreateAgentTaskParams {
  // @params type onBehalfOf: AgentTaskOnBehalfOf
  // <generated:CreateAgentTaskParams> from CreateAgentTask
  /** The user the agent acts for. */
  onBehalfOf: AgentTaskOnBehalfOf;
  /** Permissions granted to the agent; `*` (everything) is the only value the API accepts. */
  permissions: '*';
  /** Name of the agent; the agent's stable id is derived from it. Recorded for auditing. */
  agentName: string;
  /** What the agent is doing. Recorded for auditing. */
  taskDescription: string;
  /** Absolute URL (https in production) on one of the instance's domains, opened once the task is accepted. */
  redirectUrl: string;
  /** How long the session the task creates may last, in seconds (the API's default is 1800). */
  sessionMaxDurationInSeconds?: number;
  // </generated:CreateAgentTaskParams>
}

/**
 * Creates and revokes agent tasks, which let automated agents sign in as a user (an experimental Clerk feature).
 * Requests go to `/v1/agents/tasks…`.
 * @public
 */
export class AgentTaskAPI extends AbstractAPI {
  /**
   * Creates an agent task; visiting the returned URL starts a session as the given user. Nested keys
   * (`onBehalfOf.userId`) are converted to snake_case too.
   * @param params - The user, permissions, agent details and redirect URL.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The new {@link AgentTask}, with `url` set.
   * @throws {@link ClerkAPIResponseError} 404 when the user does not exist, 422 when a field is invalid.
   */
  create(params: CreateAgentTaskParams, options?: RequestOptions): Promise<AgentTask> {
    return this.send('agentTasks.create POST /agents/tasks jd', [], params, AgentTask.fromJSON, options, 'required');
  }

  /**
   * Revokes an agent task so its URL no longer works.
   * @param agentTaskId - Id of the task.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The revoked {@link AgentTask}.
   * @throws {@link ClerkAPIResponseError} 404 when no such task exists.
   */
  revoke(agentTaskId: string, options?: RequestOptions): Promise<AgentTask> {
    return this.send('agentTasks.revoke POST /agents/tasks/{}/revoke', [agentTaskId], undefined, AgentTask.fromJSON, options);
  }
}
