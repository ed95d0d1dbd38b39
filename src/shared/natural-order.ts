/**
 * Orders references as people read them (AC2 before AC12, 9.3 before 9.10). One collator for the process:
 * `a.localeCompare(b, 'en', { numeric: true })` builds a new one on every call, which a CPU profile of the
 * savings views showed as 5% of the API's time (hundreds of comparisons per request).
 */
const collator = new Intl.Collator('en', { numeric: true });

export const naturalCompare = (a: string, b: string): number => collator.compare(a, b);
