import { describe, expect, it } from 'vitest';
import { ClerkAPIResponseError } from '../../src/index';
import { AgentTask } from '../../src/models/AgentTask';
import { captureBody, clerkApi, fixture, rejectionOf, testClient } from '../helpers/nock';

const f = (name: string) => fixture(`agent-tasks/${name}`);
const USER = 'user_2kZ7aQ1mN5bC8dE3fG6hJ9kL0pR';
const TASK = 'agtsk_2qUa0BkW6nYe2QfV4vOs8IzC1gH';

describe('agentTasks.create', () => {
  it('POSTs with nested keys snake_cased too and maps the task with its URL', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/agents/tasks', sent.match).matchHeader('content-type', 'application/json').reply(200, f('create-agent-task'));
    const task = await testClient().agentTasks.create({
      onBehalfOf: { userId: USER },
      permissions: '*',
      agentName: 'support-bot',
      taskDescription: 'Reset the billing address',
      redirectUrl: 'https://app.acme.dev/after-agent',
      sessionMaxDurationInSeconds: 900,
    });
    expect(sent.body).toEqual({
      on_behalf_of: { user_id: USER },
      permissions: '*',
      agent_name: 'support-bot',
      task_description: 'Reset the billing address',
      redirect_url: 'https://app.acme.dev/after-agent',
      session_max_duration_in_seconds: 900,
    });
    expect(task).toBeInstanceOf(AgentTask);
    expect(task).toMatchObject({ agentId: 'agt_2pTz9AjV5mXd1PeU3uNr7HyB0fG', agentTaskId: TASK, taskId: TASK });
    expect(task.url).toMatch(/^https:\/\/clerk\.acme\.dev\/v1\/agents\/tasks\/accept\?ticket=/);
  });

  it('accepts an identifier instead of a user id', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/agents/tasks', sent.match).reply(200, f('create-agent-task'));
    await testClient().agentTasks.create({
      onBehalfOf: { identifier: 'ada@example.com' },
      permissions: '*',
      agentName: 'support-bot',
      taskDescription: 'Look up invoices',
      redirectUrl: 'https://app.acme.dev/after-agent',
    });
    expect((sent.body as Record<string, unknown>).on_behalf_of).toEqual({ identifier: 'ada@example.com' });
  });

  it('rejects with the API error on 404', async () => {
    clerkApi()
      .post('/v1/agents/tasks')
      .reply(404, { errors: [{ code: 'resource_not_found', message: 'not found', long_message: 'User not found' }] });
    const error = await rejectionOf(
      testClient().agentTasks.create({
        onBehalfOf: { userId: 'user_missing' },
        permissions: '*',
        agentName: 'a',
        taskDescription: 'b',
        redirectUrl: 'https://app.acme.dev',
      }),
    );
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(404);
  });
});

describe('agentTasks.revoke', () => {
  it('POSTs to the encoded revoke path and maps the task without a URL', async () => {
    clerkApi().post('/v1/agents/tasks/agtsk_1%2F..%20/revoke').reply(200, f('revoke-agent-task'));
    const task = await testClient().agentTasks.revoke('agtsk_1/.. ');
    expect(task).toBeInstanceOf(AgentTask);
    expect(task).toMatchObject({ agentTaskId: TASK, url: null });
  });
});
