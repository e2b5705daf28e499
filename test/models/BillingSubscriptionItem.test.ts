import { describe, expect, it } from 'vitest';
import { BillingCredits } from '../../src/models/BillingCredits';
import { BillingMoneyAmount } from '../../src/models/BillingMoneyAmount';
import { BillingPayer } from '../../src/models/BillingPayer';
import { BillingPaymentMethod } from '../../src/models/BillingPaymentMethod';
import { BillingPaymentSource } from '../../src/models/BillingPaymentSource';
import { BillingPerUnitTotal } from '../../src/models/BillingPerUnitTotal';
import { BillingPlan } from '../../src/models/BillingPlan';
import { BillingSubscriptionCredit } from '../../src/models/BillingSubscriptionCredit';
import { BillingSubscriptionItem, type BillingSubscriptionItemJSON } from '../../src/models/BillingSubscriptionItem';
import { BillingSubscriptionItemNextPayment } from '../../src/models/BillingSubscriptionItemNextPayment';
import { BillingSubscriptionItemSeats } from '../../src/models/BillingSubscriptionItemSeats';
import { BillingTotals } from '../../src/models/BillingTotals';
import { fixture } from '../helpers/nock';

const current = fixture<{ data: BillingSubscriptionItemJSON[] }>('billing/get-subscription-item-list').data[0] as BillingSubscriptionItemJSON;
const older = fixture<BillingSubscriptionItemJSON>('billing/extend-subscription-item-free-trial');

describe('BillingSubscriptionItem.fromJSON, current shape', () => {
  const item = BillingSubscriptionItem.fromJSON(current);

  it('maps scalars to camelCase', () => {
    expect(item).toMatchObject({
      id: 'csubi_2xKD9fG1hI3jK5lM7nO9pQ1',
      instanceId: 'ins_2xJ8qR4sT6uV8wX0yZ2aB4c',
      status: 'active',
      planId: 'cplan_2xK9mN3pQ5rS7tU9vW1xY3z',
      priceId: 'cprice_2xK9default0000000000',
      planPeriod: 'month',
      payerId: 'cpayer_2xKB7nP9qR1sT3uV5wX7yZ9',
      isFreeTrial: false,
      periodStart: 1746100000000,
      periodEnd: 1748700000000,
      prorationDate: '2025-05-01',
      canceledAt: null,
      pastDueAt: null,
      endedAt: null,
      createdAt: 1740900000000,
      updatedAt: 1746100000000,
    });
    expect(item.raw).toBe(current);
  });

  it('maps every nested object through its own model', () => {
    expect(item.credit).toBeInstanceOf(BillingSubscriptionCredit);
    expect(item.credit?.cycleRemainingPercent).toBe(10);
    expect(item.plan).toBeInstanceOf(BillingPlan);
    expect(item.paymentMethod).toBeInstanceOf(BillingPaymentMethod);
    expect(item.lifetimePaid).toBeInstanceOf(BillingMoneyAmount);
    expect(item.nextPayment).toBeInstanceOf(BillingSubscriptionItemNextPayment);
    expect(item.payer).toBeInstanceOf(BillingPayer);
    expect(item.seats).toBeInstanceOf(BillingSubscriptionItemSeats);
    expect(item.seats?.tiers[0]).toMatchObject({ quantity: 10, feePerBlock: { amount: 800 }, total: { amount: 8000 } });
    expect(item.totals).toBeInstanceOf(BillingTotals);
    expect(item.totals?.perUnitTotals[0]).toBeInstanceOf(BillingPerUnitTotal);
    expect(item.totals?.perUnitTotals[0]?.tiers[1]).toMatchObject({ quantity: null, feePerBlock: { amount: 800 } });
    expect(item.totals?.credits).toBeInstanceOf(BillingCredits);
    expect(item.totals?.credits?.proration).toMatchObject({ cycleDaysRemaining: 3, cycleDaysTotal: 30, amount: { amount: 500 } });
    expect(item.totals?.discounts).toBeNull();
  });

  it('leaves the fields of the older shape null', () => {
    expect(item).toMatchObject({ paymentSourceId: null, paymentSource: null, amount: null, nextInvoice: null });
  });
});

describe('BillingSubscriptionItem.fromJSON, older shape (free-trial extension, price transition)', () => {
  const item = BillingSubscriptionItem.fromJSON(older);

  it('maps the payment source, amount and next invoice', () => {
    expect(item.paymentSourceId).toBe('csrc_2xKG5card0000000000000');
    expect(item.paymentSource).toBeInstanceOf(BillingPaymentSource);
    expect(item.paymentSource).toMatchObject({ paymentMethod: 'card', last4: '4242', walletType: '', isRemovable: true });
    expect(item.amount).toMatchObject({ amount: 2500, currency: 'USD' });
    expect(item.nextInvoice).toMatchObject({ amount: { amount: 2500 }, date: 1750000000000, perUnitTotals: [], totals: null });
  });

  it('maps the flat prices of the older plan shape', () => {
    expect(item.plan).toMatchObject({
      amount: 2500,
      annualAmount: 24000,
      annualMonthlyAmountFormatted: '20.00',
      currency: 'USD',
      payerType: ['user'],
      unitPrices: [],
    });
    expect(item.plan?.features[0]).toMatchObject({ slug: 'csv_exports', avatarUrl: 'https://img.clerk.com/features/csv.png' });
  });

  it('leaves the fields of the current shape null', () => {
    expect(item).toMatchObject({ credit: null, credits: null, paymentMethod: null, seats: null, totals: null });
  });
});

describe('BillingSubscriptionItem.fromJSON with only the required fields', () => {
  it('turns everything optional into null, and nested lists into []', () => {
    const item = BillingSubscriptionItem.fromJSON({
      object: 'commerce_subscription_item',
      id: 'csubi_min',
      instance_id: 'ins_1',
      status: 'upcoming',
      plan_id: null,
      plan_period: 'annual',
      payer_id: 'cpayer_1',
      is_free_trial: false,
    });
    expect(item).toMatchObject({
      planId: null,
      plan: null,
      priceId: null,
      payer: null,
      periodStart: null,
      createdAt: null,
      nextPayment: null,
      lifetimePaid: null,
    });
  });
});
