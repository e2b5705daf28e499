// Models of the billing / instance / webhooks / betaFeatures / proxyChecks responses (group G3) and everything
// nested in them. Pairs the spec declares twice (`X` and `X-2`, or a `Commerce…`/`Billing…` twin) share one model,
// which maps the fields of both shapes.
import { BillingCreditBalance } from '../../../src/models/BillingCreditBalance';
import { BillingCreditLedgerEntry } from '../../../src/models/BillingCreditLedgerEntry';
import { BillingCredits } from '../../../src/models/BillingCredits';
import { BillingDiscountRedemption } from '../../../src/models/BillingDiscountRedemption';
import { BillingDiscounts } from '../../../src/models/BillingDiscounts';
import { BillingFeature } from '../../../src/models/BillingFeature';
import { BillingMoneyAmount } from '../../../src/models/BillingMoneyAmount';
import { BillingPayer } from '../../../src/models/BillingPayer';
import { BillingPayerCredit } from '../../../src/models/BillingPayerCredit';
import { BillingPaymentAttempt } from '../../../src/models/BillingPaymentAttempt';
import { BillingPaymentMethod } from '../../../src/models/BillingPaymentMethod';
import { BillingPaymentSource } from '../../../src/models/BillingPaymentSource';
import { BillingPerUnitTotal } from '../../../src/models/BillingPerUnitTotal';
import { BillingPerUnitTotalTier } from '../../../src/models/BillingPerUnitTotalTier';
import { BillingPlan } from '../../../src/models/BillingPlan';
import { BillingPlanUnitPrice } from '../../../src/models/BillingPlanUnitPrice';
import { BillingPlanUnitPriceTier } from '../../../src/models/BillingPlanUnitPriceTier';
import { BillingPrice } from '../../../src/models/BillingPrice';
import { BillingPriceTransition } from '../../../src/models/BillingPriceTransition';
import { BillingPriceTransitionDetails } from '../../../src/models/BillingPriceTransitionDetails';
import { BillingProrationCredit } from '../../../src/models/BillingProrationCredit';
import { BillingProrationDiscount } from '../../../src/models/BillingProrationDiscount';
import { BillingStatement } from '../../../src/models/BillingStatement';
import { BillingSubscription } from '../../../src/models/BillingSubscription';
import { BillingSubscriptionCredit } from '../../../src/models/BillingSubscriptionCredit';
import { BillingSubscriptionItem } from '../../../src/models/BillingSubscriptionItem';
import { BillingSubscriptionItemNextPayment } from '../../../src/models/BillingSubscriptionItemNextPayment';
import { BillingSubscriptionItemSeats } from '../../../src/models/BillingSubscriptionItemSeats';
import { BillingSubscriptionNextPayment } from '../../../src/models/BillingSubscriptionNextPayment';
import { BillingTotals } from '../../../src/models/BillingTotals';
import { Instance } from '../../../src/models/Instance';
import { InstanceCommunication } from '../../../src/models/InstanceCommunication';
import { InstanceProtect } from '../../../src/models/InstanceProtect';
import { InstanceRestrictions } from '../../../src/models/InstanceRestrictions';
import { OAuthApplicationSettings } from '../../../src/models/OAuthApplicationSettings';
import { OrganizationSettings } from '../../../src/models/OrganizationSettings';
import { ProxyCheck } from '../../../src/models/ProxyCheck';
import { SvixURL } from '../../../src/models/SvixURL';
import type { ModelRegistry } from '../types';

export const models: ModelRegistry = {
  CommerceMoneyResponse: BillingMoneyAmount.fromJSON,
  FeatureResponse: BillingFeature.fromJSON,
  'FeatureResponse-2': BillingFeature.fromJSON,
  CommercePlanUnitPriceTier: BillingPlanUnitPriceTier.fromJSON,
  CommercePlanUnitPrice: BillingPlanUnitPrice.fromJSON,
  CommercePlan: BillingPlan.fromJSON,
  'CommercePlan-2': BillingPlan.fromJSON,
  BillingPriceResponse: BillingPrice.fromJSON,
  CommercePayerResponse: BillingPayer.fromJSON,
  'CommercePayerResponse-2': BillingPayer.fromJSON,
  CommercePaymentMethodResponse: BillingPaymentMethod.fromJSON,
  CommercePaymentSourceResponse: BillingPaymentSource.fromJSON,
  CommercePerUnitTotalTier: BillingPerUnitTotalTier.fromJSON,
  'CommercePerUnitTotalTier-2': BillingPerUnitTotalTier.fromJSON,
  CommercePerUnitTotal: BillingPerUnitTotal.fromJSON,
  'CommercePerUnitTotal-2': BillingPerUnitTotal.fromJSON,
  CommerceProrationCreditDetailResponse: BillingProrationCredit.fromJSON,
  CommercePayerCreditResponse: BillingPayerCredit.fromJSON,
  CommerceCreditsResponse: BillingCredits.fromJSON,
  CommerceProrationDiscountResponse: BillingProrationDiscount.fromJSON,
  BillingProrationDiscountDetail: BillingProrationDiscount.fromJSON,
  CommerceDiscountsResponse: BillingDiscounts.fromJSON,
  BillingDiscountsResponse: BillingDiscounts.fromJSON,
  CommerceTotalsResponse: BillingTotals.fromJSON,
  'CommerceTotalsResponse-2': BillingTotals.fromJSON,
  CommerceSubscriptionItemNextPaymentResponse: BillingSubscriptionItemNextPayment.fromJSON,
  CommerceSubscriptionItemSeatsResponse: BillingSubscriptionItemSeats.fromJSON,
  CommerceSubscriptionCreditResponse: BillingSubscriptionCredit.fromJSON,
  CommerceSubscriptionItem: BillingSubscriptionItem.fromJSON,
  'CommerceSubscriptionItem-2': BillingSubscriptionItem.fromJSON,
  CommerceSubscriptionNextPayment: BillingSubscriptionNextPayment.fromJSON,
  CommerceSubscription: BillingSubscription.fromJSON,
  CommerceCreditBalanceResponse: BillingCreditBalance.fromJSON,
  CommerceCreditLedgerResponse: BillingCreditLedgerEntry.fromJSON,
  CommerceDiscountRedemptionResponse: BillingDiscountRedemption.fromJSON,
  CommercePriceTransitionDetails: BillingPriceTransitionDetails.fromJSON,
  CommercePriceTransitionResponse: BillingPriceTransition.fromJSON,
  BillingPaymentAttempt: BillingPaymentAttempt.fromJSON,
  BillingStatement: BillingStatement.fromJSON,
  Instance: Instance.fromJSON,
  InstanceRestrictions: InstanceRestrictions.fromJSON,
  InstanceProtect: InstanceProtect.fromJSON,
  InstanceCommunication: InstanceCommunication.fromJSON,
  OAuthApplicationSettings: OAuthApplicationSettings.fromJSON,
  OrganizationSettings: OrganizationSettings.fromJSON,
  SvixURL: SvixURL.fromJSON,
  ProxyCheck: ProxyCheck.fromJSON,
};
