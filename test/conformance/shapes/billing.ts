// Call shapes of the billing / instance / webhooks / betaFeatures / proxyChecks methods (group G3). Every method
// takes the default arguments (path ids in path order, then one object); the billing lists set `paginated` themselves.
import type { CallShapes } from '../types';

const paginated = { paginated: 'always sent as true, so limit and offset apply and the total is real' };

export const shapes: CallShapes = {
  'billing.getPlanList': { omit: paginated },
  'billing.getPriceList': { omit: paginated },
  'billing.getSubscriptionItemList': { omit: paginated },
  'billing.getStatementList': { omit: paginated },
  'billing.getStatementPaymentAttemptList': { omit: paginated },
};
