import { describe, expect, it } from 'vitest';
import { Machine, type MachineJSON } from '../../src/models/Machine';
import { fixture } from '../helpers/nock';

describe('Machine.fromJSON', () => {
  it('maps the full shape, nested scoped machines through Machine itself', () => {
    const json = fixture<MachineJSON>('machines/create-machine');
    const machine = Machine.fromJSON(json);
    expect(machine).toMatchObject({
      id: 'mch_2zHmNqR8Z4sYTxvV35DaUl0J8Fn',
      name: 'report-generator',
      instanceId: 'ins_2kYx3cGf8HqR1mT5vW9zB4nL7pD',
      defaultTokenTtl: 600,
      createdAt: 1718300000000,
      updatedAt: 1718300000000,
      secretKey: 'ak_live_7f3c9a1e5b2d4f6081a3c5e7d9b1f2a4',
    });
    const [nested] = machine.scopedMachines;
    expect(nested).toBeInstanceOf(Machine);
    expect(nested).toMatchObject({ id: 'mch_2xhFjEI5X2qWRvtV13BzSj8H6Dk', defaultTokenTtl: 900, scopedMachines: [], secretKey: null });
    expect(nested?.raw).toBe(json.scoped_machines[0]);
    expect(machine.raw).toBe(json);
  });

  it('tolerates the nested shape (no scoped_machines) and a missing default TTL', () => {
    const machine = Machine.fromJSON({
      object: 'machine',
      id: 'mch_x',
      name: 'bare',
      instance_id: 'ins_x',
      created_at: 1,
      updated_at: 2,
    });
    expect(machine.scopedMachines).toEqual([]);
    expect(machine.defaultTokenTtl).toBeNull();
    expect(machine.secretKey).toBeNull();
  });
});
