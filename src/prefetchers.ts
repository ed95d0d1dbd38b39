/** Every domain's look-ahead prefetchers (src/shared/prefetch.ts), merged, for the root fields to use. */
import { mergePrefetchers } from './shared/prefetch.js';
import { financePrefetchers } from './domains/finance/finance.prefetch.js';
import { partnerPrefetchers } from './domains/partners/partners.prefetch.js';
import { planPrefetchers } from './domains/plans/plans.prefetch.js';
import { traceabilityPrefetchers } from './domains/traceability/traceability.prefetch.js';

export const prefetchers = mergePrefetchers([planPrefetchers, traceabilityPrefetchers, partnerPrefetchers, financePrefetchers]);
