// ClerkModel holds what every model shares: the JSON it was built from (`raw`) and the `fromJSON` function each
// model class is given on first use. These tests pin the parts a regression would break silently.
import { describe, expect, it } from 'vitest';
import { ClerkModel } from '../../src/models/ClerkModel';
import { EmailAddress, type EmailAddressJSON } from '../../src/models/EmailAddress';
import { Machine, type MachineJSON } from '../../src/models/Machine';
import { OAuthApplication } from '../../src/models/OAuthApplication';
import { OAuthApplicationWithSecret, type OAuthApplicationWithSecretJSON } from '../../src/models/OAuthApplicationWithSecret';
import { User, type UserJSON } from '../../src/models/User';
import { fixture } from '../helpers/nock';

describe('ClerkModel', () => {
  it('gives each model class a fromJSON that needs no `this`, builds that class, and is the same function each time', () => {
    const json = fixture<UserJSON>('users/get-user');
    const { fromJSON } = User;
    const user = fromJSON(json);
    expect(user).toBeInstanceOf(User);
    expect(user).toBeInstanceOf(ClerkModel);
    expect(user.id).toBe(json.id);
    expect(User.fromJSON).toBe(fromJSON);
    expect([json, json].map(User.fromJSON).every((each) => each instanceof User)).toBe(true);
    // Another class gets a function of its own, building its own instances.
    expect(EmailAddress.fromJSON).not.toBe(User.fromJSON);
    const address = EmailAddress.fromJSON(json.email_addresses[0] as EmailAddressJSON);
    expect(address).toBeInstanceOf(EmailAddress);
    expect(address).not.toBeInstanceOf(User);
  });

  it('keeps the JSON a model was built from as `raw`, nested models included', () => {
    const json = fixture<UserJSON>('users/get-user');
    const user = User.fromJSON(json);
    expect(user.raw).toBe(json);
    expect(user.emailAddresses[0]?.raw).toBe(json.email_addresses[0]);
    // raw is a getter on the base, not an own field: it does not show up in the model's keys or its JSON.
    expect(Object.keys(user)).not.toContain('raw');
    expect(JSON.stringify(user)).not.toContain('"raw"');
  });

  it('builds the subclass from the subclass and the parent from the parent, in either order of first use', () => {
    const json = fixture<OAuthApplicationWithSecretJSON>('oauth-applications/create-oauth-application');
    const parent = OAuthApplication.fromJSON(json);
    const child = OAuthApplicationWithSecret.fromJSON(json);
    expect(parent).not.toBeInstanceOf(OAuthApplicationWithSecret);
    expect(child).toBeInstanceOf(OAuthApplicationWithSecret);
    expect(child).toBeInstanceOf(OAuthApplication);
    expect(child.raw).toBe(json);
  });

  it('maps a model nested in a model of the same class (Machine.scopedMachines)', () => {
    const json = {
      object: 'machine',
      id: 'mch_1',
      name: 'a',
      instance_id: 'ins_1',
      created_at: 1,
      updated_at: 2,
      scoped_machines: [{ object: 'machine', id: 'mch_2', name: 'b', instance_id: 'ins_1', created_at: 3, updated_at: 4 }],
    } as MachineJSON;
    const machine = Machine.fromJSON(json);
    expect(machine.scopedMachines[0]).toBeInstanceOf(Machine);
    expect(machine.scopedMachines[0]?.raw).toBe(json.scoped_machines[0]);
  });
});
