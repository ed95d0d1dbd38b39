/**
 * A document's status as stored (the papers' lower-case words, `approved`) in the API's enum (`APPROVED`);
 * plans are documents too.
 */
import type { DocumentStatus } from '../../generated/graphql.js';

export const statusOf = (status: string) => status.toUpperCase() as DocumentStatus;
