import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of an agent task.
 * @public
 */
export interface AgentTaskJSON {
  // <generated:AgentTaskJSON>
  object: 'agent_task';
  agent_id: string;
  agent_task_id: string;
  /** @deprecated Same value as `agent_task_id`. */
  task_id: string;
  url?: string;
  // </generated:AgentTaskJSON>
}

/**
 * A task that lets an automated agent act for a user: visiting its URL starts a session as that user.
 * @public
 */
export class AgentTask extends ClerkModel<AgentTaskJSON> {
  // @model AgentTask from AgentTask
  // <generated:AgentTask>
  /** Stable id of the agent, derived from its name within the instance. */
  declare readonly agentId: string;
  /** Unique id of this task. */
  declare readonly agentTaskId: string;
  /**
   * Older name of the task id.
   * @deprecated Use {@link AgentTask.agentTaskId}.
   */
  declare readonly taskId: string;
  /** URL that creates the user's session when visited; only the create call returns it. */
  declare readonly url: string | null;
  /** Builds an AgentTask from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: AgentTaskJSON) => AgentTask;

  /** Maps the wire JSON; prefer {@link AgentTask.fromJSON}. */
  constructor(data: AgentTaskJSON) {
    super(data);
    this.agentId = data.agent_id;
    this.agentTaskId = data.agent_task_id;
    this.taskId = data.task_id;
    this.url = data.url ?? null;
  }
  // </generated:AgentTask>
}
