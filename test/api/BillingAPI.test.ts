import { describe, expect, it } from 'vitest';
import { ClerkAPIResponseError, ClerkSDKError } from '../../src/index';
import { BillingCreditBalance } from '../../src/models/BillingCreditBalance';
import { BillingCreditLedgerEntry } from '../../src/models/BillingCreditLedgerEntry';
import { BillingDiscountRedemption } from '../../src/models/BillingDiscountRedemption';
import { BillingMoneyAmount } from '../../src/models/BillingMoneyAmount';
import { BillingPaymentAttempt } from '../../src/models/BillingPaymentAttempt';
import { BillingPaymentSource } from '../../src/models/BillingPaymentSource';
import { BillingPlan } from '../../src/models/BillingPlan';
import { BillingPrice } from '../../src/models/BillingPrice';
import { BillingPriceTransition } from '../../src/models/BillingPriceTransition';
import { BillingStatement } from '../../src/models/BillingStatement';
import { BillingSubscription } from '../../src/models/BillingSubscription';
import { BillingSubscriptionItem } from '../../src/models/BillingSubscriptionItem';
import { captureBody, clerkApi, fixture, rejectionOf, testClient } from '../helpers/nock';

const planList = fixture('billing/get-plan-list');
const priceList = fixture('billing/get-price-list');
const createdPrice = fixture('billing/create-price');
const itemList = fixture('billing/get-subscription-item-list');
const canceledItem = fixture('billing/cancel-subscription-item');
const trialItem = fixture('billing/extend-subscription-item-free-trial');
const transition = fixture('billing/create-subscription-item-price-transition');
const applied = fixture('billing/apply-subscription-item-discount');
const removed = fixture('billing/remove-subscription-item-discount');
const statementList = fixture('billing/get-statement-list');
const statement = fixture('billing/get-statement');
const attempts = fixture('billing/get-statement-payment-attempt-list');
const subscription = fixture('billing/get-billing-subscription');
const balance = fixture('billing/get-billing-credit-balance');
const ledgerEntry = fixture('billing/adjust-billing-credit-balance');

const notFound = { errors: [{ code: 'resource_not_found', message: 'not found', long_message: 'No subscription item was found with that id.' }] };

describe('billing.getPlanList', () => {
  it('sends the payer filter with paginated=true and maps plans with the total', async () => {
    clerkApi().get('/v1/billing/plans').query({ payer_type: 'org', limit: '20', offset: '0', paginated: 'true' }).reply(200, planList);
    const plans = await testClient().billing.getPlanList({ payerType: 'org', limit: 20, offset: 0 });
    expect(plans.totalCount).toBe(3);
    expect(plans).toHaveLength(1);
    const plan = plans[0] as BillingPlan;
    expect(plan).toBeInstanceOf(BillingPlan);
    expect(plan).toMatchObject({ id: 'cplan_2xK9mN3pQ5rS7tU9vW1xY3z', name: 'Team', forPayerType: 'org', freeTrialDays: 14, hasBaseFee: true });
    expect(plan.fee).toBeInstanceOf(BillingMoneyAmount);
    expect(plan.fee).toMatchObject({ amount: 4900, amountFormatted: '49.00', currency: 'USD', currencySymbol: '$' });
    expect(plan.unitPrices[0]?.tiers[1]).toMatchObject({ startsAtBlock: 6, endsAfterBlock: null, feePerBlock: { amount: 800 } });
    expect(plan.features[0]).toMatchObject({ slug: 'priority_support', avatarUrl: null });
    expect(plan.amount).toBeNull();
  });

  it('sends only paginated=true when called without arguments', async () => {
    clerkApi().get('/v1/billing/plans').query({ paginated: 'true' }).reply(200, { data: [], total_count: 0 });
    const plans = await testClient().billing.getPlanList();
    expect(plans).toEqual([]);
    expect(plans.totalCount).toBe(0);
  });

  it('rejects with the API error on 401', async () => {
    clerkApi()
      .get('/v1/billing/plans')
      .query(true)
      .reply(401, {
        errors: [{ code: 'authentication_invalid', message: 'unauthorized', long_message: 'The secret key is not valid.' }],
        clerk_trace_id: 'trace_bill_1',
      });
    const error = await rejectionOf(testClient().billing.getPlanList());
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(401);
    expect(error.errors[0].code).toBe('authentication_invalid');
    expect(error.clerkTraceId).toBe('trace_bill_1');
  });
});

describe('billing.getPriceList', () => {
  it('filters by plan and maps prices', async () => {
    clerkApi().get('/v1/billing/prices').query({ plan_id: 'cplan_2xK9mN3pQ5rS7tU9vW1xY3z', paginated: 'true' }).reply(200, priceList);
    const prices = await testClient().billing.getPriceList({ planId: 'cplan_2xK9mN3pQ5rS7tU9vW1xY3z' });
    expect(prices.totalCount).toBe(2);
    expect(prices[0]).toBeInstanceOf(BillingPrice);
    expect(prices[0]).toMatchObject({
      id: 'cprice_2xKA1bC2dE3fG4hI5jK6lM7',
      planId: 'cplan_2xK9mN3pQ5rS7tU9vW1xY3z',
      amount: 2900,
      annualMonthlyAmount: 2400,
      supportedBillingPeriods: 'both',
      description: 'Nonprofit pricing',
      createdAt: 1746000000000,
    });
  });
});

describe('billing.createPrice', () => {
  it('posts a snake_case body and maps the price', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/billing/prices', sent.match).matchHeader('content-type', 'application/json').reply(200, createdPrice);
    const price = await testClient().billing.createPrice({
      planId: 'cplan_2xK9mN3pQ5rS7tU9vW1xY3z',
      amount: 2900,
      annualMonthlyAmount: 2400,
      currency: 'USD',
      description: 'Nonprofit pricing',
      supportedBillingPeriods: 'both',
    });
    expect(sent.body).toEqual({
      plan_id: 'cplan_2xK9mN3pQ5rS7tU9vW1xY3z',
      amount: 2900,
      annual_monthly_amount: 2400,
      currency: 'USD',
      description: 'Nonprofit pricing',
      supported_billing_periods: 'both',
    });
    expect(price).toBeInstanceOf(BillingPrice);
    expect(price.fee).toMatchObject({ amount: 2900, amountFormatted: '29.00' });
    expect(price.raw).toEqual(createdPrice);
  });

  it('sends amount 0 and null as given', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/billing/prices', sent.match).reply(200, createdPrice);
    await testClient().billing.createPrice({ planId: 'cplan_1', amount: 0, annualMonthlyAmount: null });
    expect(sent.body).toEqual({ plan_id: 'cplan_1', amount: 0, annual_monthly_amount: null });
  });
});

describe('billing.getSubscriptionItemList', () => {
  it('sends every filter and maps items in the current shape', async () => {
    clerkApi()
      .get('/v1/billing/subscription_items')
      .query({
        status: 'active',
        payer_type: 'org',
        plan_id: 'cplan_2xK9mN3pQ5rS7tU9vW1xY3z',
        include_free: 'false',
        query: 'acme',
        limit: '10',
        offset: '10',
        paginated: 'true',
      })
      .reply(200, itemList);
    const items = await testClient().billing.getSubscriptionItemList({
      status: 'active',
      payerType: 'org',
      planId: 'cplan_2xK9mN3pQ5rS7tU9vW1xY3z',
      includeFree: false,
      query: 'acme',
      limit: 10,
      offset: 10,
    });
    expect(items.totalCount).toBe(41);
    const item = items[0] as BillingSubscriptionItem;
    expect(item).toBeInstanceOf(BillingSubscriptionItem);
    expect(item).toMatchObject({ id: 'csubi_2xKD9fG1hI3jK5lM7nO9pQ1', status: 'active', planPeriod: 'month', isFreeTrial: false, periodEnd: 1748700000000 });
    expect(item.plan).toBeInstanceOf(BillingPlan);
    expect(item.paymentMethod).toMatchObject({ last4: '4242', cardType: 'visa', paymentType: 'card' });
    expect(item.seats).toMatchObject({ quantity: 10 });
    expect(item.totals?.credits?.payer).toMatchObject({ appliedAmount: { amount: 1000 } });
    expect(item.paymentSource).toBeNull();
    expect(item.nextInvoice).toBeNull();
  });
});

describe('billing.cancelSubscriptionItem', () => {
  it('sends DELETE with end_now and an encoded id', async () => {
    clerkApi().delete('/v1/billing/subscription_items/csubi_1%2F..').query({ end_now: 'true' }).reply(200, canceledItem);
    const item = await testClient().billing.cancelSubscriptionItem('csubi_1/..', { endNow: true });
    expect(item).toBeInstanceOf(BillingSubscriptionItem);
    expect(item).toMatchObject({ status: 'canceled', canceledAt: 1746600000000 });
  });

  it('sends no query without params', async () => {
    clerkApi().delete('/v1/billing/subscription_items/csubi_1').query({}).reply(200, canceledItem);
    const item = await testClient().billing.cancelSubscriptionItem('csubi_1');
    expect(item.id).toBe(canceledItem.id);
  });

  it('rejects with the API error on 404', async () => {
    clerkApi().delete('/v1/billing/subscription_items/csubi_missing').reply(404, notFound);
    const error = await rejectionOf(testClient().billing.cancelSubscriptionItem('csubi_missing'));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(404);
    expect(error.errors[0].longMessage).toBe('No subscription item was found with that id.');
  });

  it('rejects an empty id without sending anything', async () => {
    const error = await rejectionOf(testClient().billing.cancelSubscriptionItem(''));
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.code).toBe('invalid_argument');
  });
});

describe('billing.extendSubscriptionItemFreeTrial', () => {
  it('sends a Date as an ISO string and maps the older item shape', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/billing/subscription_items/csubi_2xKF3trial0000000000000/extend_free_trial', sent.match).reply(200, trialItem);
    const item = await testClient().billing.extendSubscriptionItemFreeTrial('csubi_2xKF3trial0000000000000', {
      extendTo: new Date(Date.UTC(2025, 5, 15)),
    });
    expect(sent.body).toEqual({ extend_to: '2025-06-15T00:00:00.000Z' });
    expect(item).toBeInstanceOf(BillingSubscriptionItem);
    expect(item).toMatchObject({ isFreeTrial: true, paymentSourceId: 'csrc_2xKG5card0000000000000', prorationDate: '2025-04-30' });
    expect(item.paymentSource).toBeInstanceOf(BillingPaymentSource);
    expect(item.amount).toMatchObject({ amount: 2500 });
    expect(item.nextInvoice).toMatchObject({ date: 1750000000000, perUnitTotals: [] });
    expect(item.plan).toMatchObject({ amount: 2500, amountFormatted: '25.00', payerType: ['user'], period: 'month', interval: 1, unitPrices: [] });
    expect(item.payer).toMatchObject({ firstName: 'Ada', creditsBalance: null });
    expect(item.paymentMethod).toBeNull();
  });

  it('sends a string as given', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/billing/subscription_items/csubi_1/extend_free_trial', sent.match).reply(200, trialItem);
    await testClient().billing.extendSubscriptionItemFreeTrial('csubi_1', { extendTo: '2026-01-08T00:00:00Z' });
    expect(sent.body).toEqual({ extend_to: '2026-01-08T00:00:00Z' });
  });
});

describe('billing.createSubscriptionItemPriceTransition', () => {
  it('posts both price ids and maps the transition', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/billing/subscription_items/csubi_2xKF3trial0000000000000/price_transition', sent.match).reply(200, transition);
    const result = await testClient().billing.createSubscriptionItemPriceTransition('csubi_2xKF3trial0000000000000', {
      fromPriceId: 'cprice_2xK9pro00000000000000',
      toPriceId: 'cprice_2xKA1bC2dE3fG4hI5jK6lM7',
    });
    expect(sent.body).toEqual({ from_price_id: 'cprice_2xK9pro00000000000000', to_price_id: 'cprice_2xKA1bC2dE3fG4hI5jK6lM7' });
    expect(result).toBeInstanceOf(BillingPriceTransition);
    expect(result.subscriptionItem).toBeInstanceOf(BillingSubscriptionItem);
    expect(result.subscriptionItem).toMatchObject({ status: 'upcoming', priceId: 'cprice_2xKA1bC2dE3fG4hI5jK6lM7' });
    expect(result.transition).toMatchObject({
      effectiveMode: 'end_of_period',
      chargedImmediately: false,
      immediateCharge: null,
      previousSubscriptionItemStatus: 'canceled',
      previousSubscriptionItemId: 'csubi_2xKF3trial0000000000000',
    });
    expect(result.transition.previousPlan).toBeInstanceOf(BillingPlan);
    expect(result.transition.previousPrice).toBeInstanceOf(BillingPrice);
    expect(result.transition.previousPrice).toMatchObject({ isDefault: true, description: null });
  });
});

describe('billing.applySubscriptionItemDiscount', () => {
  it('posts the discount id and maps the redemption', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/billing/subscription_items/csubi_2xKD9fG1hI3jK5lM7nO9pQ1/discounts', sent.match).reply(200, applied);
    const redemption = await testClient().billing.applySubscriptionItemDiscount('csubi_2xKD9fG1hI3jK5lM7nO9pQ1', {
      discountId: 'cdisc_2xKK1spring2025000000000',
    });
    expect(sent.body).toEqual({ discount_id: 'cdisc_2xKK1spring2025000000000' });
    expect(redemption).toBeInstanceOf(BillingDiscountRedemption);
    expect(redemption).toMatchObject({
      discountId: 'cdisc_2xKK1spring2025000000000',
      source: 'manual',
      effect: 'percentage',
      percentOff: 20,
      amountOff: null,
      cyclesRemaining: 2,
      cyclesApplied: 1,
      status: 'active',
      redeemedBy: 'user_2xJ7admin000000000000000',
      promoCode: null,
    });
    expect(redemption.amount).toMatchObject({ amount: 980 });
  });

  it('rejects with the API error on 409', async () => {
    clerkApi()
      .post('/v1/billing/subscription_items/csubi_1/discounts')
      .reply(409, { errors: [{ code: 'conflict', message: 'conflict', long_message: 'That discount is already active on the item.' }] });
    const error = await rejectionOf(testClient().billing.applySubscriptionItemDiscount('csubi_1', { discountId: 'cdisc_1' }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(409);
  });
});

describe('billing.removeSubscriptionItemDiscount', () => {
  it('sends DELETE with both ids encoded', async () => {
    clerkApi().delete('/v1/billing/subscription_items/csubi_1/discounts/cdisc%20a%2Fb').reply(200, removed);
    const redemption = await testClient().billing.removeSubscriptionItemDiscount('csubi_1', 'cdisc a/b');
    expect(redemption).toBeInstanceOf(BillingDiscountRedemption);
    expect(redemption.status).toBe('removed');
  });
});

describe('billing.getStatementList', () => {
  it('pages with paginated=true and maps statements', async () => {
    clerkApi().get('/v1/billing/statements').query({ limit: '1', paginated: 'true' }).reply(200, statementList);
    const statements = await testClient().billing.getStatementList({ limit: 1 });
    expect(statements.totalCount).toBe(12);
    expect(statements[0]).toBeInstanceOf(BillingStatement);
    expect(statements[0]?.groups[0]?.items).toHaveLength(2);
  });
});

describe('billing.getStatement', () => {
  it('reads one statement by encoded id', async () => {
    clerkApi().get('/v1/billing/statements/cstmt_2xKP9may0000000000000000').reply(200, statement);
    const result = await testClient().billing.getStatement('cstmt_2xKP9may0000000000000000');
    expect(result).toBeInstanceOf(BillingStatement);
    expect(result).toMatchObject({ id: 'cstmt_2xKP9may0000000000000000', status: 'closed', timestamp: 1746057600000 });
    expect(result.totals).toMatchObject({ grandTotal: { amount: 4900 }, taxTotal: { amount: 0 }, perUnitTotals: [], credits: null });
    expect(result.payer).toMatchObject({ organizationName: 'Acme Inc', userId: null });
  });
});

describe('billing.getStatementPaymentAttemptList', () => {
  it('lists the attempts of a statement, keeping payee and subscription_item verbatim', async () => {
    clerkApi()
      .get('/v1/billing/statements/cstmt_2xKP9may0000000000000000/payment_attempts')
      .query({ limit: '50', offset: '0', paginated: 'true' })
      .reply(200, attempts);
    const list = await testClient().billing.getStatementPaymentAttemptList('cstmt_2xKP9may0000000000000000', { limit: 50, offset: 0 });
    expect(list.totalCount).toBe(2);
    const [paid, failed] = list as unknown as [BillingPaymentAttempt, BillingPaymentAttempt];
    expect(paid).toBeInstanceOf(BillingPaymentAttempt);
    expect(paid.payee).toEqual({ id: 'cpayee_2xKN7acme000000000000000', gateway_type: 'stripe', gateway_external_id: 'acct_1AcMe', gateway_status: 'active' });
    expect(paid.subscriptionItem).toEqual(attempts.data[0].subscription_item);
    expect(failed).toMatchObject({ status: 'failed', paidAt: null, failedAt: 1746010000000, gatewayExternalUrl: null, totals: null });
  });
});

describe('billing.getUserBillingSubscription', () => {
  it('reads the subscription of a user', async () => {
    clerkApi().get('/v1/users/user_2xJ7aB2cD4eF6gH8iJ0kL2m/billing/subscription').reply(200, subscription);
    const result = await testClient().billing.getUserBillingSubscription('user_2xJ7aB2cD4eF6gH8iJ0kL2m');
    expect(result).toBeInstanceOf(BillingSubscription);
    expect(result).toMatchObject({
      id: 'csub_2xKR3sub0000000000000000',
      status: 'active',
      activeAt: 1740900000000,
      pastDueAt: null,
      eligibleForFreeTrial: false,
    });
    expect(result.subscriptionItems[0]).toBeInstanceOf(BillingSubscriptionItem);
    expect(result.nextPayment).toMatchObject({ date: 1748700000000, amount: { amount: 4900 }, totals: null });
  });
});

describe('billing.getOrganizationBillingSubscription', () => {
  it('reads the subscription of an organization by encoded id', async () => {
    clerkApi().get('/v1/organizations/org%2F1/billing/subscription').reply(200, subscription);
    const result = await testClient().billing.getOrganizationBillingSubscription('org/1');
    expect(result).toBeInstanceOf(BillingSubscription);
    expect(result.payerId).toBe('cpayer_2xKB7nP9qR1sT3uV5wX7yZ9');
  });
});

describe('billing credit balances', () => {
  it('getUserBillingCreditBalance reads the balance of a user', async () => {
    clerkApi().get('/v1/users/user_1/billing/credits').reply(200, balance);
    const result = await testClient().billing.getUserBillingCreditBalance('user_1');
    expect(result).toBeInstanceOf(BillingCreditBalance);
    expect(result.balance).toMatchObject({ amount: 1500, amountFormatted: '15.00' });
  });

  it('getOrganizationBillingCreditBalance maps an empty balance to null', async () => {
    clerkApi().get('/v1/organizations/org_1/billing/credits').reply(200, { object: 'commerce_credit_balance', balance: null });
    const result = await testClient().billing.getOrganizationBillingCreditBalance('org_1');
    expect(result.balance).toBeNull();
  });

  it('adjustUserBillingCreditBalance posts the adjustment and maps the ledger entry', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/users/user_1/billing/credits', sent.match).reply(200, ledgerEntry);
    const entry = await testClient().billing.adjustUserBillingCreditBalance('user_1', {
      amount: 1000,
      action: 'increase',
      currency: 'USD',
      idempotencyKey: 'refund-2025-05-0042',
      note: 'Goodwill credit for the May outage',
    });
    expect(sent.body).toEqual({
      amount: 1000,
      action: 'increase',
      currency: 'USD',
      idempotency_key: 'refund-2025-05-0042',
      note: 'Goodwill credit for the May outage',
    });
    expect(entry).toBeInstanceOf(BillingCreditLedgerEntry);
    expect(entry).toMatchObject({
      sourceType: 'manual_adjustment',
      sourceId: 'refund-2025-05-0042',
      createdAt: '2025-05-06T09:30:00Z',
      amount: { amount: 1000 },
    });
  });

  it('adjustOrganizationBillingCreditBalance posts to the organization path', async () => {
    const sent = captureBody();
    clerkApi()
      .post('/v1/organizations/org_1/billing/credits', sent.match)
      .reply(200, { ...ledgerEntry, note: null });
    const entry = await testClient().billing.adjustOrganizationBillingCreditBalance('org_1', { amount: 250, action: 'decrease', idempotencyKey: 'k-1' });
    expect(sent.body).toEqual({ amount: 250, action: 'decrease', idempotency_key: 'k-1' });
    expect(entry.note).toBeNull();
  });
});
