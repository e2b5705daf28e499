import { describe, expect, it } from 'vitest';
import { BillingSubscription, type BillingSubscriptionJSON } from '../../src/models/BillingSubscription';
import { BillingSubscriptionItem } from '../../src/models/BillingSubscriptionItem';
import { BillingSubscriptionNextPayment } from '../../src/models/BillingSubscriptionNextPayment';
import { fixture } from '../helpers/nock';

const json = fixture<BillingSubscriptionJSON>('billing/get-billing-subscription');

describe('BillingSubscription.fromJSON', () => {
  it('maps the subscription with its items and next payment', () => {
    const subscription = BillingSubscription.fromJSON(json);
    expect(subscription).toMatchObject({
      id: 'csub_2xKR3sub0000000000000000',
      instanceId: 'ins_2xJ8qR4sT6uV8wX0yZ2aB4c',
      status: 'active',
      payerId: 'cpayer_2xKB7nP9qR1sT3uV5wX7yZ9',
      createdAt: 1740900000000,
      updatedAt: 1746100000000,
      activeAt: 1740900000000,
      pastDueAt: null,
      eligibleForFreeTrial: false,
    });
    expect(subscription.subscriptionItems).toHaveLength(1);
    expect(subscription.subscriptionItems[0]).toBeInstanceOf(BillingSubscriptionItem);
    expect(subscription.nextPayment).toBeInstanceOf(BillingSubscriptionNextPayment);
    expect(subscription.nextPayment).toMatchObject({ date: 1748700000000, amount: { amount: 4900, currencySymbol: '$' }, perUnitTotals: [], totals: null });
    expect(subscription.raw).toBe(json);
  });

  it('turns a missing next payment and eligibility flag into null', () => {
    const { next_payment, eligible_for_free_trial, ...rest } = json;
    void next_payment;
    void eligible_for_free_trial;
    const subscription = BillingSubscription.fromJSON(rest as BillingSubscriptionJSON);
    expect(subscription.nextPayment).toBeNull();
    expect(subscription.eligibleForFreeTrial).toBeNull();
  });
});
