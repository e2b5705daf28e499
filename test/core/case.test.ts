import { describe, expect, it } from 'vitest';
import { toCamelCase, toCamelKeysDeep, toSnakeCase, toSnakeKeys, toSnakeKeysDeep } from '../../src/core/case';

describe('toSnakeCase', () => {
  it.each([
    ['firstName', 'first_name'],
    ['primaryEmailAddressID', 'primary_email_address_id'],
    ['primaryWeb3WalletID', 'primary_web3_wallet_id'],
    ['web3Wallet', 'web3_wallet'],
    ['m2mTokenId', 'm2m_token_id'],
    ['skipPasswordChecks', 'skip_password_checks'],
    ['already_snake', 'already_snake'],
    ['orderBy', 'order_by'],
    ['id', 'id'],
  ])('%s → %s', (input, expected) => {
    expect(toSnakeCase(input)).toBe(expected);
  });
});

describe('key conversion of bodies', () => {
  it('is shallow by default: nested user maps keep their keys', () => {
    const out = toSnakeKeys({ firstName: 'Ada', publicMetadata: { someKey: { innerKey: 1 }, snake_key: 2 }, skipMe: undefined });
    expect(out).toEqual({ first_name: 'Ada', public_metadata: { someKey: { innerKey: 1 }, snake_key: 2 } });
    expect(Object.keys(out)).not.toContain('skip_me');
  });

  it('deep conversion skips free-form maps', () => {
    const out = toSnakeKeysDeep({ samlConfig: { idpEntityId: 'x' }, publicMetadata: { keepMe: true }, list: [{ itemKey: 1 }] }, ['public_metadata']);
    expect(out).toEqual({ saml_config: { idp_entity_id: 'x' }, public_metadata: { keepMe: true }, list: [{ item_key: 1 }] });
  });

  it('camelCases API-owned maps deeply', () => {
    expect(toCamelCase('param_name')).toBe('paramName');
    expect(toCamelKeysDeep({ param_name: 'x', nested_list: [{ inner_key: 1 }] })).toEqual({ paramName: 'x', nestedList: [{ innerKey: 1 }] });
  });
});
