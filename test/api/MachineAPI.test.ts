import { describe, expect, it } from 'vitest';
import { ClerkAPIResponseError, ClerkSDKError, DeletedObject } from '../../src/index';
import { Machine } from '../../src/models/Machine';
import { MachineScope } from '../../src/models/MachineScope';
import { MachineSecretKey } from '../../src/models/MachineSecretKey';
import { captureBody, clerkApi, fixture, rejectionOf, testClient } from '../helpers/nock';

const f = (name: string) => fixture(`machines/${name}`);
const M1 = 'mch_2xhFjEI5X2qWRvtV13BzSj8H6Dk';
const M2 = 'mch_2yGkLpQ7Y3rXSwtU24CzTk9I7Em';
const M3 = 'mch_2zHmNqR8Z4sYTxvV35DaUl0J8Fn';

describe('machines.list', () => {
  it('GETs /v1/machines with snake_case query and maps the page, nested scoped machines and total', async () => {
    clerkApi().get('/v1/machines').query({ limit: '2', offset: '0', query: 'billing', order_by: '-name' }).reply(200, f('list-machines'));
    const list = await testClient().machines.list({ limit: 2, offset: 0, query: 'billing', orderBy: '-name' });
    expect(list).toHaveLength(2);
    expect(list.totalCount).toBe(3);
    const [first, second] = list;
    expect(first).toBeInstanceOf(Machine);
    expect(first).toMatchObject({
      id: M1,
      name: 'billing-worker',
      instanceId: 'ins_2kYx3cGf8HqR1mT5vW9zB4nL7pD',
      defaultTokenTtl: 900,
      createdAt: 1716900000000,
      updatedAt: 1718200000000,
      secretKey: null,
    });
    expect(first?.scopedMachines).toHaveLength(1);
    expect(first?.scopedMachines[0]).toBeInstanceOf(Machine);
    expect(first?.scopedMachines[0]).toMatchObject({ id: M2, name: 'ledger-api', scopedMachines: [] });
    expect(second?.scopedMachines).toEqual([]);
  });

  it('sends no query at all when called without arguments', async () => {
    clerkApi().get('/v1/machines').query({}).reply(200, { data: [], total_count: 0 });
    const list = await testClient().machines.list();
    expect(list).toEqual([]);
    expect(list.totalCount).toBe(0);
  });
});

describe('machines.create', () => {
  it('POSTs snake_case JSON and returns the machine with its one-time secret key', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/machines', sent.match).matchHeader('content-type', 'application/json').reply(200, f('create-machine'));
    const machine = await testClient().machines.create({ name: 'report-generator', scopedMachines: [M1], defaultTokenTtl: 600 });
    expect(sent.body).toEqual({ name: 'report-generator', scoped_machines: [M1], default_token_ttl: 600 });
    expect(machine).toBeInstanceOf(Machine);
    expect(machine.id).toBe(M3);
    expect(machine.secretKey).toBe('ak_live_7f3c9a1e5b2d4f6081a3c5e7d9b1f2a4');
    expect(machine.scopedMachines.map((m) => m.id)).toEqual([M1]);
    expect(machine.raw).toEqual(f('create-machine'));
  });

  it('rejects with the API error on 422', async () => {
    clerkApi()
      .post('/v1/machines')
      .reply(422, { errors: [{ code: 'form_param_missing', message: 'missing name', long_message: 'name must be present.', meta: { param_name: 'name' } }] });
    const error = await rejectionOf(testClient().machines.create({ name: '' }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(422);
    expect(error.errors[0]).toMatchObject({ code: 'form_param_missing', longMessage: 'name must be present.', meta: { paramName: 'name' } });
  });
});

describe('machines.get', () => {
  it('GETs the machine by encoded id', async () => {
    clerkApi().get('/v1/machines/mch_1%2F..%20x').reply(200, f('machine'));
    const machine = await testClient().machines.get('mch_1/.. x');
    expect(machine).toBeInstanceOf(Machine);
    expect(machine).toMatchObject({ id: M1, name: 'billing-worker', defaultTokenTtl: 900 });
  });

  it('rejects without a request when the id is empty', async () => {
    const error = await rejectionOf(testClient().machines.get(''));
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.code).toBe('invalid_argument');
  });

  it('rejects with a 404 for an unknown machine', async () => {
    clerkApi()
      .get(`/v1/machines/${M1}`)
      .reply(404, { errors: [{ code: 'resource_not_found', message: 'not found', long_message: 'Machine not found' }], clerk_trace_id: 'trace_1' });
    const error = await rejectionOf(testClient().machines.get(M1));
    expect(error.status).toBe(404);
    expect(error.clerkTraceId).toBe('trace_1');
  });
});

describe('machines.update', () => {
  it('PATCHes only the given fields, with the id in the path and not in the body', async () => {
    const sent = captureBody();
    clerkApi().patch(`/v1/machines/${M1}`, sent.match).reply(200, f('update-machine'));
    const machine = await testClient().machines.update({ machineId: M1, name: 'billing-worker-eu', defaultTokenTtl: 1800 });
    expect(sent.body).toEqual({ name: 'billing-worker-eu', default_token_ttl: 1800 });
    expect(machine).toMatchObject({ name: 'billing-worker-eu', defaultTokenTtl: 1800, updatedAt: 1718400000000 });
  });

  it('rejects without a request when machineId is missing', async () => {
    const error = await rejectionOf(testClient().machines.update({ name: 'x' } as never));
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.code).toBe('invalid_argument');
  });
});

describe('machines.delete', () => {
  it('DELETEs and returns a DeletedObject', async () => {
    clerkApi().delete(`/v1/machines/${M1}`).reply(200, f('delete-machine'));
    const deleted = await testClient().machines.delete(M1);
    expect(deleted).toBeInstanceOf(DeletedObject);
    expect(deleted).toMatchObject({ object: 'machine', id: M1, deleted: true });
  });
});

describe('machines.getSecretKey', () => {
  it('GETs the secret key', async () => {
    clerkApi().get(`/v1/machines/${M1}/secret_key`).reply(200, f('get-machine-secret-key'));
    const key = await testClient().machines.getSecretKey(M1);
    expect(key).toBeInstanceOf(MachineSecretKey);
    expect(key.secret).toBe('ak_live_3b8e1d7c2a9f4e6b0c5d8a1f7e3b9c2d');
    expect(key.raw.object).toBe('machine_secret_key');
  });
});

describe('machines.rotateSecretKey', () => {
  it('POSTs the grace period (0 included) and returns the new key', async () => {
    const sent = captureBody();
    clerkApi().post(`/v1/machines/${M1}/secret_key/rotate`, sent.match).reply(200, f('rotate-machine-secret-key'));
    const key = await testClient().machines.rotateSecretKey({ machineId: M1, previousTokenTtl: 0 });
    expect(sent.body).toEqual({ previous_token_ttl: 0 });
    expect(key.secret).toBe('ak_live_9d4a2c7e1f8b3d6a5c0e9f2b7d1a4c8e');
  });
});

describe('machines.createScope', () => {
  it('POSTs to_machine_id and maps the scope', async () => {
    const sent = captureBody();
    clerkApi().post(`/v1/machines/${M1}/scopes`, sent.match).reply(200, f('create-machine-scope'));
    const scope = await testClient().machines.createScope(M1, M3);
    expect(sent.body).toEqual({ to_machine_id: M3 });
    expect(scope).toBeInstanceOf(MachineScope);
    expect(scope).toMatchObject({ fromMachineId: M1, toMachineId: M3, createdAt: 1718500000000 });
  });
});

describe('machines.deleteScope', () => {
  it('DELETEs the scope between two machines and returns a DeletedObject that keeps both ids in raw', async () => {
    clerkApi().delete(`/v1/machines/${M1}/scopes/${M2}`).reply(200, f('delete-machine-scope'));
    const deleted = await testClient().machines.deleteScope(M1, M2);
    expect(deleted).toBeInstanceOf(DeletedObject);
    expect(deleted).toMatchObject({ object: 'machine_scope', deleted: true, id: null });
    expect(deleted.raw).toMatchObject({ from_machine_id: M1, to_machine_id: M2 });
  });

  it('rejects without a request when the second id is empty', async () => {
    const error = await rejectionOf(testClient().machines.deleteScope(M1, ''));
    expect(error.code).toBe('invalid_argument');
  });
});
