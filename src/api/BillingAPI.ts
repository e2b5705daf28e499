import type { ListPromise, PaginationParams } from '../core/pagination';
import { BillingCreditBalance } from '../models/BillingCreditBalance';
import { BillingCreditLedgerEntry } from '../models/BillingCreditLedgerEntry';
import { BillingDiscountRedemption } from '../models/BillingDiscountRedemption';
import { BillingPaymentAttempt } from '../models/BillingPaymentAttempt';
import { BillingPlan } from '../models/BillingPlan';
import { BillingPrice, type BillingPricePeriods } from '../models/BillingPrice';
import { BillingPriceTransition } from '../models/BillingPriceTransition';
import { BillingStatement } from '../models/BillingStatement';
import { BillingSubscription } from '../models/BillingSubscription';
import { BillingSubscriptionItem } from '../models/BillingSubscriptionItem';
import { AbstractAPI } from './AbstractAPI';
import type { RequestOptions } from '../core/types';

/**
 * Kinds of payer a billing plan or subscription can be for.
 * @public
 */
export type BillingPayerType = 'user' | 'org';

/**
 * Subscription item states {@link BillingAPI.getSubscriptionItemList} can filter on.
 * @public
 */
export type BillingSubscriptionItemListStatus = 'active' | 'ended' | 'past_due' | 'upcoming' | 'free_trial';

/**
 * Parameters of {@link BillingAPI.getPlanList}.
 * @public
 */
export interface GetBillingPlanListParams extends PaginationParams {
  // @params type payerType?: BillingPayerType
  // <generated:GetBillingPlanListParams> from GetCommercePlanList
  /** Only plans for this kind of payer. */
  payerType?: BillingPayerType;
  // </generated:GetBillingPlanListParams>
}

/**
 * Parameters of {@link BillingAPI.getPriceList}.
 * @public
 */
export interface GetBillingPriceListParams extends PaginationParams {
  // <generated:GetBillingPriceListParams> from GetBillingPriceList
  /** Only prices of this plan. */
  planId?: string;
  // </generated:GetBillingPriceListParams>
}

/**
 * Parameters of {@link BillingAPI.createPrice}.
 * @public
 */
export interface CreateBillingPriceParams {
  // @params type supportedBillingPeriods?: BillingPricePeriods
  // <generated:CreateBillingPriceParams> from CreateBillingPrice
  /** Plan the new price belongs to. */
  planId: string;
  /** ISO 4217 currency code; the API uses `USD` when left out. */
  currency?: string;
  /** Monthly amount in cents: `0` makes the plan free for whoever gets this price, otherwise at least 100. */
  amount: number | null;
  /** Monthly equivalent in cents when billed yearly: `0` for free, otherwise at least 100. */
  annualMonthlyAmount?: number | null;
  /** Internal note about why this price exists. */
  description?: string;
  /** Billing periods the price may be used with; the API works it out from the amounts when left out. */
  supportedBillingPeriods?: BillingPricePeriods;
  // </generated:CreateBillingPriceParams>
}

/**
 * Parameters of {@link BillingAPI.getSubscriptionItemList}.
 * @public
 */
export interface GetBillingSubscriptionItemListParams extends PaginationParams {
  // @params type status?: BillingSubscriptionItemListStatus
  // @params type payerType?: BillingPayerType
  // <generated:GetBillingSubscriptionItemListParams> from GetCommerceSubscriptionItemList
  /** Only items in this state. */
  status?: BillingSubscriptionItemListStatus;
  /** Only items paid for by this kind of payer. */
  payerType?: BillingPayerType;
  /** Only items on this plan. */
  planId?: string;
  /** Also list items on free plans (left out by default). */
  includeFree?: boolean;
  /** Free-text search over the items. */
  query?: string;
  // </generated:GetBillingSubscriptionItemListParams>
}

/**
 * Parameters of {@link BillingAPI.cancelSubscriptionItem}.
 * @public
 */
export interface CancelBillingSubscriptionItemParams {
  // <generated:CancelBillingSubscriptionItemParams> from CancelCommerceSubscriptionItem
  /** End the item right away instead of at the end of the period already paid for (the default). */
  endNow?: boolean;
  // </generated:CancelBillingSubscriptionItemParams>
}

/**
 * Parameters of {@link BillingAPI.extendSubscriptionItemFreeTrial}.
 * @public
 */
export interface ExtendBillingSubscriptionItemFreeTrialParams {
  // @params type extendTo: Date | string
  // <generated:ExtendBillingSubscriptionItemFreeTrialParams> from ExtendBillingSubscriptionItemFreeTrial
  /**
   * New end of the trial: a `Date` (sent as an ISO 8601 string) or an RFC 3339 string. It must lie in the future and
   * at most 365 days past the current trial end.
   */
  extendTo: Date | string;
  // </generated:ExtendBillingSubscriptionItemFreeTrialParams>
}

/**
 * Parameters of {@link BillingAPI.createSubscriptionItemPriceTransition}.
 * @public
 */
export interface CreateBillingPriceTransitionParams {
  // <generated:CreateBillingPriceTransitionParams> from CreateBillingPriceTransition
  /** Price the item is on now. */
  fromPriceId: string;
  /** Price to move the item to. */
  toPriceId: string;
  // </generated:CreateBillingPriceTransitionParams>
}

/**
 * Parameters of {@link BillingAPI.applySubscriptionItemDiscount}.
 * @public
 */
export interface ApplyBillingSubscriptionItemDiscountParams {
  // <generated:ApplyBillingSubscriptionItemDiscountParams> from ApplyBillingSubscriptionItemDiscount
  /** Discount to apply. It replaces any other discount active on the item. */
  discountId: string;
  // </generated:ApplyBillingSubscriptionItemDiscountParams>
}

/**
 * Parameters of {@link BillingAPI.getStatementList}.
 * @public
 */
export type GetBillingStatementListParams = PaginationParams;

/**
 * Parameters of {@link BillingAPI.getStatementPaymentAttemptList}.
 * @public
 */
export type GetBillingStatementPaymentAttemptListParams = PaginationParams;

/**
 * Parameters of {@link BillingAPI.adjustUserBillingCreditBalance} and
 * {@link BillingAPI.adjustOrganizationBillingCreditBalance}.
 * @public
 */
export interface AdjustBillingCreditBalanceParams {
  // <generated:AdjustBillingCreditBalanceParams> from AdjustUserBillingCreditBalance, AdjustOrganizationBillingCreditBalance
  /** Size of the change in cents; must be above zero. */
  amount: number;
  /** Whether to add to or take from the balance. */
  action: 'increase' | 'decrease';
  /** ISO 4217 currency code; the API uses `USD` when left out. */
  currency?: string;
  /** Your own unique key for this change: repeating a request with the same key returns the first entry instead of applying it twice. */
  idempotencyKey: string;
  /** Note stored with the ledger entry. */
  note?: string;
  // </generated:AdjustBillingCreditBalanceParams>
}

/**
 * Billing: plans, prices, subscriptions and their items, statements, payment attempts and credit balances.
 *
 * The list methods always send `paginated=true`, so `limit` and `offset` apply and the total is the API's own.
 * @public
 */
export class BillingAPI extends AbstractAPI {
  /**
   * Lists the billing plans of the instance, newest first, free plans included.
   * @param params - Page and payer-type filter.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers), applied to every page fetched.
   * @returns A list promise of {@link BillingPlan}: await it for one page, or iterate it with `for await` for all.
   */
  getPlanList(params: GetBillingPlanListParams = {}, options?: RequestOptions): ListPromise<BillingPlan> {
    const rejected = this.checkParams('billing.getPlanList', params, 'optional');
    if (rejected) return this.failedList(rejected);
    return this.sendList('billing.getPlanList GET /billing/plans', [], { ...params, paginated: true }, BillingPlan.fromJSON, options);
  }

  /**
   * Lists plan prices, default and custom ones, cheapest first.
   * @param params - Page and plan filter.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers), applied to every page fetched.
   * @returns A list promise of {@link BillingPrice}.
   */
  getPriceList(params: GetBillingPriceListParams = {}, options?: RequestOptions): ListPromise<BillingPrice> {
    const rejected = this.checkParams('billing.getPriceList', params, 'optional');
    if (rejected) return this.failedList(rejected);
    return this.sendList('billing.getPriceList GET /billing/prices', [], { ...params, paginated: true }, BillingPrice.fromJSON, options);
  }

  /**
   * Creates a custom price for a plan, so chosen customers can pay a different amount for the same plan.
   * @param params - The plan and the amounts.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The new {@link BillingPrice}.
   * @throws {@link ClerkAPIResponseError} 404 when the plan does not exist, 400/422 when an amount is out of range.
   */
  createPrice(params: CreateBillingPriceParams, options?: RequestOptions): Promise<BillingPrice> {
    return this.send('billing.createPrice POST /billing/prices jr', [], params, BillingPrice.fromJSON, options, 'required');
  }

  /**
   * Lists subscription items across all users and organizations, newest first.
   * @param params - Page and filters (state, payer type, plan, free plans, search text).
   * @param options - Per-call request options (signal, timeout, maxRetries, headers), applied to every page fetched.
   * @returns A list promise of {@link BillingSubscriptionItem}.
   */
  getSubscriptionItemList(params: GetBillingSubscriptionItemListParams = {}, options?: RequestOptions): ListPromise<BillingSubscriptionItem> {
    const rejected = this.checkParams('billing.getSubscriptionItemList', params, 'optional');
    if (rejected) return this.failedList(rejected);
    return this.sendList(
      'billing.getSubscriptionItemList GET /billing/subscription_items',
      [],
      { ...params, paginated: true },
      BillingSubscriptionItem.fromJSON,
      options,
    );
  }

  /**
   * Cancels a subscription item, at the end of the paid period unless `endNow` is set.
   * @param subscriptionItemId - The item to cancel.
   * @param params - Whether to end it right away.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The canceled {@link BillingSubscriptionItem}.
   * @throws {@link ClerkAPIResponseError} 404 when no such item exists.
   */
  cancelSubscriptionItem(
    subscriptionItemId: string,
    params: CancelBillingSubscriptionItemParams = {},
    options?: RequestOptions,
  ): Promise<BillingSubscriptionItem> {
    return this.send(
      'billing.cancelSubscriptionItem DELETE /billing/subscription_items/{}',
      [subscriptionItemId],
      params,
      BillingSubscriptionItem.fromJSON,
      options,
      'optional',
    );
  }

  /**
   * Moves the end of a subscription item's free trial later. Asking twice for the same end time changes nothing.
   * @param subscriptionItemId - An item that is in a free trial.
   * @param params - The new trial end.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link BillingSubscriptionItem} (this endpoint answers the older item shape, so the
   *   `paymentSource`, `amount` and `nextInvoice` fields are the ones set).
   * @throws {@link ClerkAPIResponseError} 404 when no such item exists, 400/422 when it is not in a trial or the date is out of range.
   */
  extendSubscriptionItemFreeTrial(
    subscriptionItemId: string,
    params: ExtendBillingSubscriptionItemFreeTrialParams,
    options?: RequestOptions,
  ): Promise<BillingSubscriptionItem> {
    const rejected = this.checkParams('billing.extendSubscriptionItemFreeTrial', params);
    if (rejected) return rejected;
    const extendTo = params?.extendTo instanceof Date ? params.extendTo.toISOString() : params?.extendTo;
    return this.send(
      'billing.extendSubscriptionItemFreeTrial POST /billing/subscription_items/{}/extend_free_trial jr',
      [subscriptionItemId],
      { ...params, extendTo },
      BillingSubscriptionItem.fromJSON,
      options,
    );
  }

  /**
   * Moves a subscription item from one price to another, right away or at the end of the period depending on
   * the plan and payer rules.
   * @param subscriptionItemId - The item to move.
   * @param params - The current and the target price.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns A {@link BillingPriceTransition}: the item on its new price and what it replaced.
   * @throws {@link ClerkAPIResponseError} 404 when the item or a price does not exist, 409/422 when the move is not allowed.
   */
  createSubscriptionItemPriceTransition(
    subscriptionItemId: string,
    params: CreateBillingPriceTransitionParams,
    options?: RequestOptions,
  ): Promise<BillingPriceTransition> {
    return this.send(
      'billing.createSubscriptionItemPriceTransition POST /billing/subscription_items/{}/price_transition jr',
      [subscriptionItemId],
      params,
      BillingPriceTransition.fromJSON,
      options,
      'required',
    );
  }

  /**
   * Applies an existing discount to a subscription item, replacing the discount active on it, if any.
   * @param subscriptionItemId - The item to discount.
   * @param params - The discount to apply.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The resulting {@link BillingDiscountRedemption}.
   * @throws {@link ClerkAPIResponseError} 409 when that discount is already active on the item.
   */
  applySubscriptionItemDiscount(
    subscriptionItemId: string,
    params: ApplyBillingSubscriptionItemDiscountParams,
    options?: RequestOptions,
  ): Promise<BillingDiscountRedemption> {
    return this.send(
      'billing.applySubscriptionItemDiscount POST /billing/subscription_items/{}/discounts jr',
      [subscriptionItemId],
      params,
      BillingDiscountRedemption.fromJSON,
      options,
      'required',
    );
  }

  /**
   * Removes a discount from a subscription item.
   * @param subscriptionItemId - The discounted item.
   * @param discountId - The discount to remove.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link BillingDiscountRedemption}, now with status `removed`.
   * @throws {@link ClerkAPIResponseError} 404 when the discount is not applied to the item.
   */
  removeSubscriptionItemDiscount(subscriptionItemId: string, discountId: string, options?: RequestOptions): Promise<BillingDiscountRedemption> {
    return this.send(
      'billing.removeSubscriptionItemDiscount DELETE /billing/subscription_items/{}/discounts/{}',
      [subscriptionItemId, discountId],
      undefined,
      BillingDiscountRedemption.fromJSON,
      options,
    );
  }

  /**
   * Lists the billing statements of the instance, newest first.
   * @param params - Page.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers), applied to every page fetched.
   * @returns A list promise of {@link BillingStatement}.
   */
  getStatementList(params: GetBillingStatementListParams = {}, options?: RequestOptions): ListPromise<BillingStatement> {
    const rejected = this.checkParams('billing.getStatementList', params, 'optional');
    if (rejected) return this.failedList(rejected);
    return this.sendList('billing.getStatementList GET /billing/statements', [], { ...params, paginated: true }, BillingStatement.fromJSON, options);
  }

  /**
   * Retrieves one billing statement with its payment attempts.
   * @param statementId - The statement to read.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link BillingStatement}.
   * @throws {@link ClerkAPIResponseError} 404 when no such statement exists.
   */
  getStatement(statementId: string, options?: RequestOptions): Promise<BillingStatement> {
    return this.send('billing.getStatement GET /billing/statements/{}', [statementId], undefined, BillingStatement.fromJSON, options);
  }

  /**
   * Lists the payment attempts of a billing statement, newest first.
   * @param statementId - The statement whose attempts to list.
   * @param params - Page.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers), applied to every page fetched.
   * @returns A list promise of {@link BillingPaymentAttempt}.
   * @throws {@link ClerkAPIResponseError} 404 when no such statement exists.
   */
  getStatementPaymentAttemptList(
    statementId: string,
    params: GetBillingStatementPaymentAttemptListParams = {},
    options?: RequestOptions,
  ): ListPromise<BillingPaymentAttempt> {
    const rejected = this.checkParams('billing.getStatementPaymentAttemptList', params, 'optional');
    if (rejected) return this.failedList(rejected);
    return this.sendList(
      'billing.getStatementPaymentAttemptList GET /billing/statements/{}/payment_attempts',
      [statementId],
      { ...params, paginated: true },
      BillingPaymentAttempt.fromJSON,
      options,
    );
  }

  /**
   * Retrieves the billing subscription of a user.
   * @param userId - The user whose subscription to read.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The user's {@link BillingSubscription}.
   * @throws {@link ClerkAPIResponseError} 404 when the user or their subscription does not exist.
   */
  getUserBillingSubscription(userId: string, options?: RequestOptions): Promise<BillingSubscription> {
    return this.send('billing.getUserBillingSubscription GET /users/{}/billing/subscription', [userId], undefined, BillingSubscription.fromJSON, options);
  }

  /**
   * Retrieves the billing subscription of an organization.
   * @param organizationId - The organization whose subscription to read.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The organization's {@link BillingSubscription}.
   * @throws {@link ClerkAPIResponseError} 404 when the organization or its subscription does not exist.
   */
  getOrganizationBillingSubscription(organizationId: string, options?: RequestOptions): Promise<BillingSubscription> {
    return this.send(
      'billing.getOrganizationBillingSubscription GET /organizations/{}/billing/subscription',
      [organizationId],
      undefined,
      BillingSubscription.fromJSON,
      options,
    );
  }

  /**
   * Retrieves the credit balance of a user.
   * @param userId - The user whose balance to read.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The user's {@link BillingCreditBalance}.
   * @throws {@link ClerkAPIResponseError} 404 when no such user exists.
   */
  getUserBillingCreditBalance(userId: string, options?: RequestOptions): Promise<BillingCreditBalance> {
    return this.send('billing.getUserBillingCreditBalance GET /users/{}/billing/credits', [userId], undefined, BillingCreditBalance.fromJSON, options);
  }

  /**
   * Adds credit to, or takes credit from, a user's balance and records the change in the ledger.
   * @param userId - The user whose balance to change.
   * @param params - Direction, amount and an idempotency key.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link BillingCreditLedgerEntry} recording the change (the first one again when the key was seen before).
   * @throws {@link ClerkAPIResponseError} 404 when no such user exists, 422 when the amount or action is invalid.
   */
  adjustUserBillingCreditBalance(userId: string, params: AdjustBillingCreditBalanceParams, options?: RequestOptions): Promise<BillingCreditLedgerEntry> {
    return this.send(
      'billing.adjustUserBillingCreditBalance POST /users/{}/billing/credits jr',
      [userId],
      params,
      BillingCreditLedgerEntry.fromJSON,
      options,
      'required',
    );
  }

  /**
   * Retrieves the credit balance of an organization.
   * @param organizationId - The organization whose balance to read.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The organization's {@link BillingCreditBalance}.
   * @throws {@link ClerkAPIResponseError} 404 when no such organization exists.
   */
  getOrganizationBillingCreditBalance(organizationId: string, options?: RequestOptions): Promise<BillingCreditBalance> {
    return this.send(
      'billing.getOrganizationBillingCreditBalance GET /organizations/{}/billing/credits',
      [organizationId],
      undefined,
      BillingCreditBalance.fromJSON,
      options,
    );
  }

  /**
   * Adds credit to, or takes credit from, an organization's balance and records the change in the ledger.
   * @param organizationId - The organization whose balance to change.
   * @param params - Direction, amount and an idempotency key.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link BillingCreditLedgerEntry} recording the change (the first one again when the key was seen before).
   * @throws {@link ClerkAPIResponseError} 404 when no such organization exists, 422 when the amount or action is invalid.
   */
  adjustOrganizationBillingCreditBalance(
    organizationId: string,
    params: AdjustBillingCreditBalanceParams,
    options?: RequestOptions,
  ): Promise<BillingCreditLedgerEntry> {
    return this.send(
      'billing.adjustOrganizationBillingCreditBalance POST /organizations/{}/billing/credits jr',
      [organizationId],
      params,
      BillingCreditLedgerEntry.fromJSON,
      options,
      'required',
    );
  }
}
