import { describe, expect, it } from 'vitest';
import { BillingPayer } from '../../src/models/BillingPayer';
import { BillingPaymentAttempt } from '../../src/models/BillingPaymentAttempt';
import { BillingPaymentMethod } from '../../src/models/BillingPaymentMethod';
import { BillingStatement, type BillingStatementJSON } from '../../src/models/BillingStatement';
import { BillingStatementGroup } from '../../src/models/BillingStatementGroup';
import { BillingTotals } from '../../src/models/BillingTotals';
import { fixture } from '../helpers/nock';

const json = fixture<BillingStatementJSON>('billing/get-statement');

describe('BillingStatement.fromJSON', () => {
  const statement = BillingStatement.fromJSON(json);

  it('maps the statement, its payer and its totals', () => {
    expect(statement).toMatchObject({
      id: 'cstmt_2xKP9may0000000000000000',
      instanceId: 'ins_2xJ8qR4sT6uV8wX0yZ2aB4c',
      status: 'closed',
      timestamp: 1746057600000,
    });
    expect(statement.payer).toBeInstanceOf(BillingPayer);
    expect(statement.payer).toMatchObject({ email: 'billing@acme.test', organizationId: 'org_2xJ9cD4eF6gH8iJ0kL2mN4o', creditsBalance: { amount: 1500 } });
    expect(statement.totals).toBeInstanceOf(BillingTotals);
    expect(statement.totals).toMatchObject({
      subtotal: { amount: 4900 },
      baseFee: { amount: 4900 },
      grandTotal: { amountFormatted: '49.00' },
      discounts: null,
    });
    expect(statement.raw).toBe(json);
  });

  it('maps groups and their payment attempts', () => {
    const group = statement.groups[0] as BillingStatementGroup;
    expect(group).toBeInstanceOf(BillingStatementGroup);
    expect(group.timestamp).toBe(1746057600000);
    const attempt = group.items[0] as BillingPaymentAttempt;
    expect(attempt).toBeInstanceOf(BillingPaymentAttempt);
    expect(attempt).toMatchObject({
      id: 'cpa_2xKL3att0000000000000000',
      paymentId: 'cpay_2xKM5pay0000000000000000',
      chargeType: 'recurring',
      statementId: 'cstmt_2xKP9may0000000000000000',
      status: 'paid',
      paidAt: 1746100050000,
      failedAt: null,
      gatewayExternalId: 'pi_3PqRsTuV',
    });
    expect(attempt.paymentMethod).toBeInstanceOf(BillingPaymentMethod);
    expect(attempt.totals?.discounts).toMatchObject({ proration: null, total: { amount: 0 } });
  });

  it('copies the untyped payee and subscription_item verbatim, snake_case keys included', () => {
    const attempt = statement.groups[0]?.items[0] as BillingPaymentAttempt;
    expect(attempt.payee).toBe(json.groups[0]?.items[0]?.payee);
    expect(attempt.payee).toHaveProperty('gateway_external_id', 'acct_1AcMe');
    expect(attempt.payee).not.toHaveProperty('gatewayExternalId');
    expect(attempt.subscriptionItem).toEqual({
      id: 'csubi_2xKD9fG1hI3jK5lM7nO9pQ1',
      plan_period: 'month',
      status: 'active',
      plan: { id: 'cplan_2xK9mN3pQ5rS7tU9vW1xY3z', name: 'Team' },
    });
  });

  it('tolerates a statement without groups', () => {
    const { groups, ...rest } = json;
    void groups;
    expect(BillingStatement.fromJSON(rest as BillingStatementJSON).groups).toEqual([]);
  });
});
